/**
 * The swarm layer: every racer's × 10,000 particles drawn on a <canvas> that sits exactly on
 * the map's plot area. SVG would need 60,000 elements per frame; writing pixels into one
 * ImageData takes a few milliseconds. This is only a drawing layer: positions are mapped with
 * the same linear scales Plot uses for the frame (mapFrame.ts), so particles land on the heat map.
 *
 * Takes in: per racer its colour and positions [x0, y0, x1, y1, …]; the frame; the device
 * pixel ratio. `swarmPixels` is the pure part (tested); `drawSwarm` writes to a context.
 */
import { frameScales, type MapFrame } from './mapFrame';

export interface SwarmRacer {
  color: string;
  positions: ArrayLike<number>;
}

/**
 * Pixel indices (row-major, canvas of `frame.width × frame.height` scaled by `dpr`) of the
 * finite particles that fall inside the plot area; the rest are skipped, not clamped, so a
 * diverged particle vanishes instead of piling up on the border.
 */
export function swarmPixels(positions: ArrayLike<number>, frame: MapFrame, dpr = 1): Int32Array {
  const scale = frameScales(frame);
  const width = Math.round(frame.width * dpr);
  const left = frame.marginLeft * dpr;
  const right = (frame.width - frame.marginRight) * dpr;
  const top = frame.marginTop * dpr;
  const bottom = (frame.height - frame.marginBottom) * dpr;
  const out = new Int32Array(Math.floor(positions.length / 2));
  let count = 0;
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const x = positions[i];
    const y = positions[i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const px = Math.floor(scale.x(x) * dpr);
    const py = Math.floor(scale.y(y) * dpr);
    if (px < left || px >= right || py < top || py >= bottom) continue;
    out[count++] = py * width + px;
  }
  return out.subarray(0, count);
}

/** Opacity one particle adds to its pixels: a lone particle stays faint, a crowd turns solid. */
export const PARTICLE_ALPHA = 0.22;

/** Opacity (0–255) of a pixel `count` particles sit on: 1 − (1 − PARTICLE_ALPHA)^count, as if each were painted over the others. */
export function densityAlpha(count: number): number {
  return count <= 0 ? 0 : Math.round(255 * (1 - (1 - PARTICLE_ALPHA) ** count));
}

/**
 * Clears the canvas and draws every racer's particles as small squares (about 2 CSS px). Where
 * racers share a pixel their colours are averaged, so no racer hides under the one drawn last;
 * a pixel's opacity grows with how many particles sit on it (densityAlpha), so the swarm reads
 * as density, where the crowd settles, rather than as confetti of scattered dots.
 */
export function drawSwarm(context: CanvasRenderingContext2D, racers: readonly SwarmRacer[], frame: MapFrame, dpr = 1): void {
  const width = Math.round(frame.width * dpr);
  const height = Math.round(frame.height * dpr);
  const blob = Math.max(2, Math.round(2 * dpr));
  const { sums, image } = buffers(context, width, height);
  for (const racer of racers) {
    const n = Number.parseInt(racer.color.replace('#', '').slice(0, 6), 16);
    const rgb = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
    for (const index of swarmPixels(racer.positions, frame, dpr)) {
      for (let dy = 0; dy < blob; dy++) {
        for (let dx = 0; dx < blob; dx++) {
          const o = (index + dy * width + dx) * 4;
          if (o + 3 >= sums.length) continue;
          sums[o] += rgb[0];
          sums[o + 1] += rgb[1];
          sums[o + 2] += rgb[2];
          sums[o + 3] += 1;
        }
      }
    }
  }
  const data = image.data;
  for (let o = 0; o < sums.length; o += 4) {
    const count = sums[o + 3];
    if (count === 0) {
      data[o + 3] = 0;
      continue;
    }
    data[o] = sums[o] / count;
    data[o + 1] = sums[o + 1] / count;
    data[o + 2] = sums[o + 2] / count;
    data[o + 3] = densityAlpha(count);
  }
  context.putImageData(image, 0, 0);
}

/** Per canvas, the last frame's sums and image, reused (zeroed) while the size holds: 10 MB of fresh arrays every frame kept the collector busy. */
const reused = new WeakMap<CanvasRenderingContext2D, { sums: Float32Array; image: ImageData }>();

function buffers(context: CanvasRenderingContext2D, width: number, height: number): { sums: Float32Array; image: ImageData } {
  const kept = reused.get(context);
  if (kept && kept.image.width === width && kept.image.height === height) {
    kept.sums.fill(0);
    return kept;
  }
  const fresh = { sums: new Float32Array(width * height * 4), image: context.createImageData(width, height) };
  reused.set(context, fresh);
  return fresh;
}
