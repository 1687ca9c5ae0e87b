import { describe, expect, it } from 'vitest';
import { balancedSubset, gather, splitIndices } from '../../src/lib/mnist';
import { loadShippedMnist } from './mnistData';

describe('shipped MNIST digits', () => {
  it('holds 10,000 labelled 28x28 digits with every class present', async () => {
    const set = await loadShippedMnist();
    expect(set.count).toBe(10000);
    const perClass = new Array(10).fill(0);
    for (const l of set.labels) perClass[l]++;
    expect(Math.min(...perClass)).toBeGreaterThan(800);
    expect(perClass.reduce((a, b) => a + b, 0)).toBe(10000);
  });

  it('splits off 2,000 held-out digits and draws class-balanced subsets from the rest', async () => {
    const set = await loadShippedMnist();
    const { train, heldOut } = splitIndices(set);
    expect(heldOut.length).toBe(2000);
    expect(train.length).toBe(8000);
    const subset = balancedSubset(set, train, 3);
    expect(subset.length).toBe(30);
    const labels = Array.from(subset, (i) => set.labels[i]).sort();
    expect(labels).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9]);
    const { x, y } = gather(set, subset);
    expect(x.length).toBe(30 * 784);
    expect(Math.max(...x)).toBeLessThanOrEqual(1);
    expect(Math.max(...x)).toBeGreaterThan(0.9);
    expect(y[0]).toBe(set.labels[subset[0]]);
  });
});
