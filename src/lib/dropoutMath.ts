/**
 * The arithmetic of dropout, with no tfjs: the keep flags of one mask and the expected output of
 * one unit under each scaling scheme. engines/dropout.ts builds its tensors from these, and the
 * DropoutVisualiser uses them directly, so the page can draw masks without loading tfjs.
 *
 * p is the DROP probability throughout: a unit is switched off with probability p and kept
 * with probability 1 − p.
 */
import type { Rng } from './rng';

/** Throws unless p is a drop probability the code can use (1 would drop everything). */
export function checkDropProbability(p: number): void {
  if (!Number.isFinite(p) || p < 0 || p >= 1) {
    throw new Error(`Expected the drop probability p to be in [0, 1), but got ${p}`);
  }
}

/** `count` independent keep flags (1 = kept with probability 1 − p, 0 = dropped with probability p). */
export function sampleKeepMask(count: number, dropProbability: number, rng: Rng): Uint8Array {
  checkDropProbability(dropProbability);
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`Expected the mask size to be a non-negative integer, but got ${count}`);
  }
  const keep = new Uint8Array(count);
  // next() is uniform in [0, 1): it falls below p with probability p, and that unit is dropped.
  // So with one seed a larger p drops a superset of the units a smaller p drops.
  for (let i = 0; i < count; i++) keep[i] = rng.next() < dropProbability ? 0 : 1;
  return keep;
}

/** The three ways to reconcile train and test time that the chapter compares. */
export type ScalingScheme = 'none' | 'inverted' | 'testTime';

export const scalingSchemes: readonly ScalingScheme[] = ['none', 'inverted', 'testTime'];

/**
 * Expected output of one unit with activation h under `scheme`, at train time (averaged over
 * masks: E[m·h] = (1 − p)·h, and h when kept units are scaled by 1/(1 − p)) and at test time
 * (no mask; only the 'testTime' scheme multiplies by 1 − p there).
 */
export function expectedActivation(h: number, dropProbability: number, scheme: ScalingScheme): { train: number; test: number } {
  checkDropProbability(dropProbability);
  const keep = 1 - dropProbability;
  switch (scheme) {
    case 'none':
      return { train: keep * h, test: h };
    case 'inverted':
      return { train: h, test: h };
    case 'testTime':
      return { train: keep * h, test: keep * h };
  }
}

/** What one unit outputs on one pass: 0 when dropped, h (scaled by 1/(1 − p) if inverted) when kept. */
export function maskedActivation(h: number, kept: boolean, dropProbability: number, inverted: boolean): number {
  if (!kept) return 0;
  return inverted ? h / (1 - dropProbability) : h;
}
