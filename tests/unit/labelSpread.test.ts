import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../src/lib/labelSpread';

const frame = { x: [-1, 1] as const, y: [-2, 2] as const, width: 260, height: 180 };
const box = { width: 16, height: 20 };
/** Pixel boxes of the labels that overlap another. */
function overlapping(labels: { labelX: number; labelY: number }[]): number {
  const px = labels.map((l) => [((l.labelX + 1) / 2) * frame.width, ((l.labelY + 2) / 4) * frame.height]);
  let count = 0;
  for (let i = 0; i < px.length; i++)
    for (let j = i + 1; j < px.length; j++) if (Math.abs(px[i][0] - px[j][0]) < box.width - 1e-6 && Math.abs(px[i][1] - px[j][1]) < box.height - 1e-6) count++;
  return count;
}

describe('spreadLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    const anchors = [{ x: -0.5, y: 0 }, { x: 0.5, y: 1 }];
    expect(spreadLabels(anchors, frame, box).map((l) => [l.labelX, l.labelY])).toEqual([[-0.5, 0], [0.5, 1]].map(([x, y]) => [expect.closeTo(x, 3), expect.closeTo(y, 3)]));
  });

  it('parts ten labels crowded near one point (random features) and keeps them inside the area, near their anchors', () => {
    const anchors = Array.from({ length: 10 }, (_, digit) => ({ digit, x: 0.02 * Math.sin(digit), y: 0.03 * Math.cos(digit * 3) }));
    const labels = spreadLabels(anchors, frame, box);
    expect(overlapping(labels)).toBe(0);
    for (const l of labels) {
      expect(Math.abs(l.labelX)).toBeLessThanOrEqual(1);
      expect(Math.abs(l.labelY)).toBeLessThanOrEqual(2);
      expect(Math.abs(l.labelX - l.x)).toBeLessThan(0.8);
    }
    expect(labels.map((l) => l.digit)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('parts labels on exactly the same point and in a corner', () => {
    expect(overlapping(spreadLabels(Array.from({ length: 10 }, () => ({ x: 0, y: 0 })), frame, box))).toBe(0);
    expect(overlapping(spreadLabels(Array.from({ length: 6 }, (_, i) => ({ x: 1, y: 2 - i * 0.001 })), frame, box))).toBe(0);
  });
});
