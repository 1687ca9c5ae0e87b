/**
 * Labels that must not cover each other: each starts at its anchor (a class centre, say) and is
 * pushed apart from every label it overlaps, along the axis that needs the shorter move, until
 * none overlap, staying inside the plotted area. Works in screen pixels, since overlap is a matter
 * of drawn size; anchors and results are in data units. Pure and deterministic.
 */

export interface Anchor {
  x: number;
  y: number;
}

/** Where the data lies and the pixel box it is drawn into. */
export interface LabelFrame {
  x: readonly [number, number];
  y: readonly [number, number];
  width: number;
  height: number;
}

const ROUNDS = 400;

/** Each anchor with `labelX, labelY`: near the anchor, no two label boxes (`box`, in px) overlapping. */
export function spreadLabels<T extends Anchor>(anchors: readonly T[], frame: LabelFrame, box: { width: number; height: number }): (T & { labelX: number; labelY: number })[] {
  const spanX = frame.x[1] - frame.x[0] || 1;
  const spanY = frame.y[1] - frame.y[0] || 1;
  const clamp = (v: number, size: number, room: number) => Math.min(Math.max(v, Math.min(size / 2, room / 2)), Math.max(room - size / 2, room / 2));
  const n = anchors.length;
  // Coincident anchors get a small start apart, in a direction of their own, so that pushes have a side.
  const at = anchors.map((a, i) => ({
    x: clamp(((a.x - frame.x[0]) / spanX) * frame.width + 0.01 * Math.cos((2 * Math.PI * i) / Math.max(n, 1)), box.width, frame.width),
    y: clamp(((a.y - frame.y[0]) / spanY) * frame.height + 0.01 * Math.sin((2 * Math.PI * i) / Math.max(n, 1)), box.height, frame.height),
  }));
  for (let round = 0; round < ROUNDS; round++) {
    let overlapped = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = at[j].x - at[i].x;
        const dy = at[j].y - at[i].y;
        const overX = box.width - Math.abs(dx);
        const overY = box.height - Math.abs(dy);
        if (overX <= 0 || overY <= 0) continue;
        overlapped = true;
        // Alternate the axis on rounds where one is stuck against the edge of the area.
        const alongX = overX / box.width < overY / box.height !== (round % 7 === 6);
        if (alongX) {
          const push = (overX / 2 + 0.25) * (dx < 0 ? -1 : 1);
          at[i].x = clamp(at[i].x - push, box.width, frame.width);
          at[j].x = clamp(at[j].x + push, box.width, frame.width);
        } else {
          const push = (overY / 2 + 0.25) * (dy < 0 ? -1 : 1);
          at[i].y = clamp(at[i].y - push, box.height, frame.height);
          at[j].y = clamp(at[j].y + push, box.height, frame.height);
        }
      }
    }
    if (!overlapped) break;
  }
  return anchors.map((a, i) => ({ ...a, labelX: frame.x[0] + (at[i].x / frame.width) * spanX, labelY: frame.y[0] + (at[i].y / frame.height) * spanY }));
}
