/**
 * How well frozen features separate classes, without training anything: nearest-centroid
 * accuracy and a 2-D PCA projection for the FeatureProjection figure. Pure arrays, no tfjs, so
 * the numbers are checked against hand-computed ones in the tests.
 */
import { createRng } from '../../lib/rng';

/** Rows of a feature matrix: one Float32Array (or number[]) per example, all the same length. */
export type Rows = readonly ArrayLike<number>[];

function checkRows(features: Rows, labels: ArrayLike<number>): number {
  if (features.length === 0) throw new Error('Expected at least one feature row, but got none');
  if (features.length !== labels.length) {
    throw new Error(`Expected one label per feature row, but got ${labels.length} labels for ${features.length} rows`);
  }
  const dim = features[0].length;
  if (features.some((r) => r.length !== dim)) throw new Error('Expected every feature row to have the same length');
  return dim;
}

/** Mean feature vector of each label present (a Map from label to centroid). */
export function centroids(features: Rows, labels: ArrayLike<number>): Map<number, Float64Array> {
  const dim = checkRows(features, labels);
  const sums = new Map<number, { sum: Float64Array; count: number }>();
  features.forEach((row, i) => {
    const entry = sums.get(labels[i]) ?? { sum: new Float64Array(dim), count: 0 };
    for (let d = 0; d < dim; d++) entry.sum[d] += row[d];
    entry.count++;
    sums.set(labels[i], entry);
  });
  return new Map([...sums].map(([label, { sum, count }]) => [label, sum.map((v) => v / count)]));
}

/**
 * Fraction of examples whose nearest class centroid (Euclidean) is their own class's. Centroids
 * come from `features` themselves unless `reference` rows and labels are given (then the
 * examples are classified by the reference's centroids: a train/held-out split).
 */
export function nearestCentroidAccuracy(
  features: Rows,
  labels: ArrayLike<number>,
  reference?: { features: Rows; labels: ArrayLike<number> },
): number {
  checkRows(features, labels);
  const means = centroids(reference?.features ?? features, reference?.labels ?? labels);
  let hits = 0;
  features.forEach((row, i) => {
    let best = -1;
    let bestDist = Infinity;
    for (const [label, c] of means) {
      let dist = 0;
      for (let d = 0; d < c.length; d++) dist += (row[d] - c[d]) ** 2;
      if (dist < bestDist) [best, bestDist] = [label, dist];
    }
    if (best === labels[i]) hits++;
  });
  return hits / features.length;
}

/**
 * Projection of the rows on their first two principal components ([x, y] per row) by power
 * iteration with deflation; the start vector is seeded, and each axis's sign is fixed so that
 * its largest loading is positive (the same picture on every run).
 */
export function pca2d(features: Rows, seed = 1): [number, number][] {
  const n = features.length;
  const dim = checkRows(features, new Array(n).fill(0));
  const mean = new Float64Array(dim);
  for (const row of features) for (let d = 0; d < dim; d++) mean[d] += row[d] / n;
  const centred = features.map((row) => Float64Array.from({ length: dim }, (_, d) => row[d] - mean[d]));
  const cov = new Float64Array(dim * dim);
  for (const r of centred) for (let a = 0; a < dim; a++) for (let b = 0; b < dim; b++) cov[a * dim + b] += (r[a] * r[b]) / n;
  const rng = createRng(seed);
  const axes: Float64Array[] = [];
  for (let k = 0; k < 2; k++) {
    let v = unit(orthogonal(Float64Array.from({ length: dim }, () => rng.normal()), axes));
    for (let it = 0; it < 200; it++) {
      const next = new Float64Array(dim);
      for (let a = 0; a < dim; a++) for (let b = 0; b < dim; b++) next[a] += cov[a * dim + b] * v[b];
      const rest = orthogonal(next, axes);
      // No variance left beside the axes found so far: any orthogonal direction projects to 0.
      if (Math.hypot(...rest) < 1e-12) break;
      v = unit(rest);
    }
    const biggest = v.reduce((best, x, d) => (Math.abs(x) > Math.abs(v[best]) ? d : best), 0);
    if (v[biggest] < 0) v = v.map((x) => -x);
    axes.push(v);
  }
  return centred.map((r) => [r.reduce((s, x, d) => s + x * axes[0][d], 0), r.reduce((s, x, d) => s + x * axes[1][d], 0)]);
}

function orthogonal(v: Float64Array, axes: readonly Float64Array[]): Float64Array {
  const out = Float64Array.from(v);
  for (const axis of axes) {
    const dot = out.reduce((s, x, d) => s + x * axis[d], 0);
    for (let d = 0; d < out.length; d++) out[d] -= dot * axis[d];
  }
  return out;
}

function unit(v: Float64Array): Float64Array {
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}
