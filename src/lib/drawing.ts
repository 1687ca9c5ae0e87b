/**
 * Turns a drawing into an MNIST-like digit image, the way MNIST's own digits (and the glyphs the
 * transfer network was pretrained on) were made: crop to the ink, scale so the longer side is
 * 20 px (keeping the aspect), and place it in 28 x 28 with its centre of mass at the centre.
 * Without this, a small drawing in a corner would look nothing like anything the network saw.
 * Pure: takes ink values (0 = empty, 1 = full) of a w x h canvas, row-major.
 */
import { IMAGE_SIZE, PIXELS } from './mnist';

const BOX = 20;

/** The 784 pixels in [0, 1] of the normalised drawing, or null when the canvas has no ink. */
export function normalizeDrawing(ink: ArrayLike<number>, width: number, height: number): Float32Array | null {
  if (ink.length !== width * height) throw new Error(`Expected ${width * height} ink values for ${width}x${height}, but got ${ink.length}`);
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (ink[y * width + x] > 0.05) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  if (x1 < 0) return null;
  const side = Math.max(x1 - x0 + 1, y1 - y0 + 1);
  const scale = BOX / side;
  const w = Math.max(1, Math.round((x1 - x0 + 1) * scale));
  const h = Math.max(1, Math.round((y1 - y0 + 1) * scale));
  // Box-filter downsampling: each small pixel averages the source pixels it covers.
  const small = new Float32Array(w * h);
  for (let sy = 0; sy < h; sy++) {
    for (let sx = 0; sx < w; sx++) {
      const ya = y0 + Math.floor(sy / scale);
      const yb = Math.min(y1 + 1, y0 + Math.max(Math.floor((sy + 1) / scale), Math.floor(sy / scale) + 1));
      const xa = x0 + Math.floor(sx / scale);
      const xb = Math.min(x1 + 1, x0 + Math.max(Math.floor((sx + 1) / scale), Math.floor(sx / scale) + 1));
      let sum = 0;
      for (let y = ya; y < yb; y++) for (let x = xa; x < xb; x++) sum += ink[y * width + x];
      small[sy * w + sx] = Math.min(1, sum / Math.max(1, (yb - ya) * (xb - xa)));
    }
  }
  let mass = 0;
  let cx = 0;
  let cy = 0;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) [mass, cx, cy] = [mass + small[y * w + x], cx + x * small[y * w + x], cy + y * small[y * w + x]];
  const left = clamp(Math.round(IMAGE_SIZE / 2 - cx / mass - 0.5), 0, IMAGE_SIZE - w);
  const top = clamp(Math.round(IMAGE_SIZE / 2 - cy / mass - 0.5), 0, IMAGE_SIZE - h);
  const out = new Float32Array(PIXELS);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[(top + y) * IMAGE_SIZE + left + x] = small[y * w + x];
  return out;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
