/**
 * The trail lines of the race map on a <canvas> under the SVG layer of arrows, heads and names
 * (trailChart.ts). A path of up to MAX_TRAIL_POINTS points per racer, drawn on every result,
 * costs a few hundred canvas calls; as SVG it cost a Plot render and a DOM swap each time.
 * Same frame and scales as the other layers (mapFrame.ts), clipped to the plot area.
 *
 * Takes in: per racer its colour and path; the frame; the device pixel ratio; the paper (the
 * halo under each line) and whether the swarm is on (lines fade). `trailPolylines` is the pure
 * part (tested); `drawTrails` writes to a context.
 */
import { frameScales, type MapFrame } from './mapFrame';
import { finitePoints, thinPoints, type TrailRacer } from './trailChart';

/** One racer's line in CSS px of the frame. */
export interface Polyline {
  color: string;
  points: { x: number; y: number }[];
}

/** Each racer's thinned, finite path in screen coordinates (racers with no point are left out). */
export function trailPolylines(racers: readonly Pick<TrailRacer, 'color' | 'path'>[], frame: MapFrame): Polyline[] {
  const s = frameScales(frame);
  return racers
    .map((racer) => ({ color: racer.color, points: thinPoints(finitePoints(racer.path, frame)).map((p) => ({ x: s.x(p.x), y: s.y(p.y) })) }))
    .filter((line) => line.points.length > 0);
}

/** Clears the canvas and draws every racer's path: a wide halo of `paper`, then its colour; fainter in swarm mode. */
export function drawTrails(
  context: CanvasRenderingContext2D,
  racers: readonly Pick<TrailRacer, 'color' | 'path'>[],
  frame: MapFrame,
  dpr: number,
  paper: string,
  swarm: boolean,
): void {
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.setTransform(dpr, 0, 0, dpr, 0, 0);
  context.save();
  context.beginPath();
  context.rect(frame.marginLeft, frame.marginTop, frame.width - frame.marginLeft - frame.marginRight, frame.height - frame.marginTop - frame.marginBottom);
  context.clip();
  context.lineJoin = 'round';
  context.lineCap = 'round';
  for (const line of trailPolylines(racers, frame)) {
    for (const [stroke, width, alpha] of [
      [paper, 4.5, swarm ? 0.3 : 0.85],
      [line.color, 2, swarm ? 0.45 : 0.95],
    ] as const) {
      context.beginPath();
      line.points.forEach((p, i) => (i === 0 ? context.moveTo(p.x, p.y) : context.lineTo(p.x, p.y)));
      context.strokeStyle = stroke;
      context.lineWidth = width;
      context.globalAlpha = alpha;
      context.stroke();
    }
  }
  context.restore();
}
