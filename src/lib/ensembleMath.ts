/**
 * The arithmetic of prediction ensembles on plain arrays: averaging members' class
 * probabilities, the accuracy and the cross-entropy of an average, the gain curve (the first k members' ensemble for
 * k = 1..K) and how correlated the members' mistakes are. Pure: no tfjs, no DOM, so the engine,
 * the charts and the tests share it and the tests can check it against hand-computed values.
 *
 * Layout: a member's probabilities are one Float32Array of n × classes, row-major (row i is
 * the softmax output for held-out example i), exactly what `tensor.dataSync()` gives back.
 */

/** Checks that every member has n × classes probabilities, naming the first one that does not. */
function checkShapes(members: readonly Float32Array[], labels: ArrayLike<number>, classes: number): void {
  if (members.length === 0) throw new Error('Expected at least one member, but got none');
  members.forEach((p, i) => {
    if (p.length !== labels.length * classes) {
      throw new Error(`Expected member ${i} to have ${labels.length} × ${classes} probabilities, but got ${p.length}`);
    }
  });
}

/** The element-wise mean of the members' probabilities (the ensemble's prediction). */
export function averageProbabilities(members: readonly Float32Array[]): Float32Array {
  if (members.length === 0) throw new Error('Expected at least one member, but got none');
  const out = new Float32Array(members[0].length);
  for (const p of members) for (let j = 0; j < out.length; j++) out[j] += p[j];
  for (let j = 0; j < out.length; j++) out[j] /= members.length;
  return out;
}

/** Whether each row's most probable class equals its label (ties go to the lower class). */
export function correctness(probabilities: Float32Array, labels: ArrayLike<number>, classes: number): Uint8Array {
  const right = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (probabilities[i * classes + c] > probabilities[i * classes + best]) best = c;
    right[i] = best === labels[i] ? 1 : 0;
  }
  return right;
}

/** Fraction of rows whose most probable class is the label. */
export function probabilityAccuracy(probabilities: Float32Array, labels: ArrayLike<number>, classes: number): number {
  const right = correctness(probabilities, labels, classes);
  let hits = 0;
  for (const r of right) hits += r;
  return hits / Math.max(1, labels.length);
}

/** Smallest probability the loss reads, so one confident mistake costs a finite −log(1e-12) ≈ 27.6 nats. */
const FLOOR = 1e-12;

/** Mean cross-entropy −log p(label) over the rows, in nats (the loss the chapter's Jensen argument is about). */
export function meanCrossEntropy(probabilities: Float32Array, labels: ArrayLike<number>, classes: number): number {
  checkShapes([probabilities], labels, classes);
  let sum = 0;
  for (let i = 0; i < labels.length; i++) sum -= Math.log(Math.max(FLOOR, probabilities[i * classes + labels[i]]));
  return sum / Math.max(1, labels.length);
}

/**
 * Accuracy of the ensemble of the first k members for k = 1..K, kept as a running sum so the
 * whole curve costs one pass per member rather than K² / 2.
 */
export function gainCurve(members: readonly Float32Array[], labels: ArrayLike<number>, classes: number): number[] {
  checkShapes(members, labels, classes);
  const sum = new Float32Array(members[0].length);
  return members.map((p) => {
    for (let j = 0; j < sum.length; j++) sum[j] += p[j];
    // Dividing by k does not change the arg-max, so the running sum's accuracy is the mean's.
    return probabilityAccuracy(sum, labels, classes);
  });
}

/**
 * Mean Pearson correlation, over every pair of members, of their 0/1 "got it wrong" indicators
 * on the held-out examples: the ρ of the chapter's variance formula, measured. Null with fewer
 * than two members or when a member is right (or wrong) everywhere (no variance to correlate).
 */
export function errorCorrelation(members: readonly Float32Array[], labels: ArrayLike<number>, classes: number): number | null {
  if (members.length < 2) return null;
  checkShapes(members, labels, classes);
  const n = labels.length;
  const wrong = members.map((p) => correctness(p, labels, classes).map((r) => 1 - r));
  const stats = wrong.map((w) => {
    let s = 0;
    for (const v of w) s += v;
    const mean = s / n;
    return { mean, sd: Math.sqrt(mean * (1 - mean)) };
  });
  let total = 0;
  let pairs = 0;
  for (let a = 0; a < wrong.length; a++) {
    for (let b = a + 1; b < wrong.length; b++) {
      if (stats[a].sd === 0 || stats[b].sd === 0) return null;
      let both = 0;
      for (let i = 0; i < n; i++) both += wrong[a][i] & wrong[b][i];
      total += (both / n - stats[a].mean * stats[b].mean) / (stats[a].sd * stats[b].sd);
      pairs++;
    }
  }
  return total / pairs;
}

/** The mean, best and worst of a list of accuracies (null fields for an empty list). */
export function spread(values: readonly number[]): { mean: number | null; best: number | null; worst: number | null } {
  if (values.length === 0) return { mean: null, best: null, worst: null };
  return {
    mean: values.reduce((s, v) => s + v, 0) / values.length,
    best: Math.max(...values),
    worst: Math.min(...values),
  };
}

/**
 * Held-out positions the ensemble gets right although most members (more than half) get them
 * wrong ("rescued"), and those it gets wrong although most members get them right ("lost").
 * Ties (exactly half right) count as neither.
 */
export function rescuedAndLost(
  members: readonly Float32Array[],
  labels: ArrayLike<number>,
  classes: number,
): { rescued: number[]; lost: number[] } {
  if (members.length === 0) return { rescued: [], lost: [] };
  checkShapes(members, labels, classes);
  const votes = new Uint8Array(labels.length);
  for (const p of members) correctness(p, labels, classes).forEach((r, i) => (votes[i] += r));
  const ensemble = correctness(averageProbabilities(members), labels, classes);
  const rescued: number[] = [];
  const lost: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (ensemble[i] && 2 * votes[i] < members.length) rescued.push(i);
    if (!ensemble[i] && 2 * votes[i] > members.length) lost.push(i);
  }
  return { rescued, lost };
}

/** The most probable class of each member at each of `positions` (ties go to the lower class): each member's vote. */
export function memberVotes(members: readonly Float32Array[], positions: readonly number[], classes: number): number[][] {
  return positions.map((i) =>
    members.map((p) => {
      let best = 0;
      for (let c = 1; c < classes; c++) if (p[i * classes + c] > p[i * classes + best]) best = c;
      return best;
    }),
  );
}
