import { describe, expect, it } from 'vitest';
import { comparisonRow, withRow } from '../../src/lib/ensembleComparison';
import { memberVotes } from '../../src/lib/ensembleMath';
import type { EnsembleSnapshot } from '../../src/lib/ensembleTypes';

const f32 = (rows: number[][]) => Float32Array.from(rows.flat());

const base: EnsembleSnapshot = {
  mode: 'independent',
  step: 30,
  totalSteps: 30,
  done: true,
  members: [
    { kind: 'member', index: 1, heldOut: 0.88, step: 10 },
    { kind: 'member', index: 2, heldOut: 0.9, step: 20 },
    { kind: 'member', index: 3, heldOut: 0.86, step: 30 },
  ],
  gain: [],
  ensemble: 0.92,
  ensembleLoss: 0.3,
  errorCorrelation: 0.5,
  rescued: [],
  lost: [],
  rescuedVotes: [],
  curve: [],
  heldOutCount: 1000,
};

describe("the ensemble lab's comparison of its modes", () => {
  it('reads each member\u2019s vote at the given positions (ties to the lower class)', () => {
    const a = f32([[0.9, 0.1, 0], [0.2, 0.3, 0.5]]);
    const b = f32([[0.1, 0.1, 0.8], [0.5, 0.5, 0]]);
    expect(memberVotes([a, b], [1, 0], 3)).toEqual([[2, 0], [0, 2]]);
    expect(memberVotes([a, b], [], 3)).toEqual([]);
  });

  it('turns a finished ensemble run into updates, mean model, ensemble and models at test time', () => {
    expect(comparisonRow(base)).toEqual({
      mode: 'independent', members: 3, updates: 30, single: expect.closeTo(0.88, 10), combined: 0.92, combinedKind: null, testModels: 3,
    });
    expect(comparisonRow({ ...base, done: false })).toBeNull();
  });

  it('compares averaging\u2019s raw weights with the better of EMA and Polyak, one model at test time', () => {
    const averaging: EnsembleSnapshot = {
      ...base,
      mode: 'averaging',
      ensemble: null,
      members: [
        { kind: 'raw', index: 1, heldOut: 0.87, step: 30 },
        { kind: 'ema', index: 2, heldOut: 0.89, step: 30 },
        { kind: 'polyak', index: 3, heldOut: 0.9, step: 30 },
      ],
    };
    expect(comparisonRow(averaging)).toMatchObject({ single: 0.87, combined: 0.9, combinedKind: 'polyak', testModels: 1, members: 1 });
  });

  it('keeps the latest run of each mode, one row per mode', () => {
    const first = withRow({}, comparisonRow(base));
    const again = withRow(first, comparisonRow({ ...base, ensemble: 0.95 }));
    expect(Object.keys(again)).toEqual(['independent']);
    expect(again.independent?.combined).toBe(0.95);
    expect(withRow(again, null)).toBe(again);
    expect(withRow(again, comparisonRow({ ...base, ensemble: 0.95 }))).toBe(again);
  });
});
