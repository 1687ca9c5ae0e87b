/** First-layer weight tiles: one shared scale per unit, a diverging colour map with the page colour at zero. */
import { describe, expect, it } from 'vitest';
import { tilePixels, unitScales } from '../../src/charts/weightTiles';

const unit = (fill: (i: number) => number) => Float32Array.from({ length: 784 }, (_, i) => fill(i));

describe('weight tiles', () => {
  it('scales each unit by its largest |weight| over every racer, skipping diverged ones (null)', () => {
    const a = Float32Array.from([...unit(() => 0.1), ...unit((i) => (i === 5 ? -0.4 : 0))]);
    const b = Float32Array.from([...unit((i) => (i === 0 ? 0.3 : 0)), ...unit(() => 0)]);
    expect(unitScales([a, null, b], 2).map((v) => Number(v.toFixed(6)))).toEqual([0.3, 0.4]);
    expect(unitScales([Float32Array.from(unit(() => 0))], 1)).toEqual([1]);
  });

  it('paints zero in the page colour, +scale red, −scale blue, clamped beyond, row by row as the digit', () => {
    const weights = unit((i) => [0, 1, -1, 5][i] ?? 0);
    const px = tilePixels(weights, 0, 1, 'light');
    const at = (i: number) => Array.from(px.slice(4 * i, 4 * i + 4));
    expect(at(0)).toEqual([247, 247, 247, 255]);
    expect(at(1)).toEqual([178, 24, 43, 255]);
    expect(at(2)).toEqual([33, 102, 172, 255]);
    expect(at(3)).toEqual(at(1));
    expect(Array.from(tilePixels(weights, 0, 1, 'dark').slice(0, 4))).toEqual([32, 37, 43, 255]);
  });
});
