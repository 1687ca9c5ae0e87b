/**
 * The DropoutVisualiser's toy network and its run of forward passes, in plain numbers (a 4–6–6–3
 * network is too small to be worth a tensor). Each pass draws a fresh keep mask for every
 * hidden layer with dropoutMath's sampler, the same one engines/dropout.ts builds its tensors
 * from; p is the DROP probability.
 *
 * Takes in: layer sizes (input, hidden…, output), p and a seed.
 * Returns: a session with next() (one more pass), the current masks, how many distinct
 * sub-networks (mask combinations) have been seen out of the 2^(hidden units) possible, and the
 * running mean of one followed unit's output with and without inverted scaling.
 *
 *   created (pass 1 drawn) --next()--> pass 2 --next()--> …   (a new setting: a new session)
 */
import type { DropoutCell } from './cell/cellDropout';
import type { CellError } from './cell/cellProblems';
import { createRng } from './rng';
import { checkDropProbability, maskedActivation, sampleKeepMask } from './dropoutMath';

export interface ToyNetwork {
  sizes: readonly number[];
  /** weights[l][i * sizes[l + 1] + j]: from unit i of layer l to unit j of layer l + 1. */
  weights: Float64Array[];
  /** Test-time activations of every layer (ReLU on hidden layers, nothing masked). */
  clean: number[][];
  /** The hidden unit the widget follows: the most active unit of the first hidden layer. */
  tracked: { layer: number; unit: number; h: number };
}

/** Checks sizes at the boundary: an input, at least one hidden layer, an output. */
function checkSizes(sizes: readonly number[]): void {
  if (sizes.length < 3 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`Expected layer sizes [input, hidden…, output] of positive integers, but got [${sizes.join(', ')}]`);
  }
}

/**
 * A seeded toy network (He-scaled weights, no biases) with a fixed positive input, scaled so
 * that the followed unit has h = 1 exactly: a bias-free ReLU network is linear in the scale of
 * its input, so this changes no pattern, and "(1 − p)·h" reads as "1 − p".
 */
export function createToyNetwork(sizes: readonly number[], seed: number): ToyNetwork {
  checkSizes(sizes);
  const rng = createRng(seed);
  const raw = Array.from({ length: sizes[0] }, () => 0.5 + rng.next());
  const weights = sizes.slice(1).map((out, l) => {
    const fanIn = sizes[l];
    return Float64Array.from({ length: fanIn * out }, () => rng.normal() * Math.sqrt(2 / fanIn));
  });
  let first = affine(raw, weights[0], sizes[1]);
  // All first-layer units off (rare with few units): flip that layer's weights so some are on.
  if (Math.max(...first) <= 0) {
    weights[0] = weights[0].map((v) => -v);
    first = first.map((v) => -v);
  }
  const peak = Math.max(...first);
  const input = raw.map((v) => v / peak);
  const clean = [input];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const z = affine(clean[l], weights[l], sizes[l + 1]);
    clean.push(l + 2 < sizes.length ? z.map((v) => Math.max(0, v)) : z);
  }
  const unit = clean[1].indexOf(Math.max(...clean[1]));
  return { sizes, weights, clean, tracked: { layer: 1, unit, h: clean[1][unit] } };
}

function affine(x: readonly number[], w: Float64Array, out: number): number[] {
  const z = new Array<number>(out).fill(0);
  for (let i = 0; i < x.length; i++) for (let j = 0; j < out; j++) z[j] += x[i] * w[i * out + j];
  return z;
}

/** Hidden units in all: the exponent n of the 2^n sub-networks. */
export function hiddenUnits(sizes: readonly number[]): number {
  return sizes.slice(1, -1).reduce((a, b) => a + b, 0);
}

/** How many distinct sub-networks (keep masks over all hidden units) the sizes allow: 2^n. */
export function subNetworkCount(sizes: readonly number[]): bigint {
  return 2n ** BigInt(hiddenUnits(sizes));
}

/** A string naming one mask combination, e.g. "101101|011110", to count distinct ones. */
export function maskKey(masks: readonly Uint8Array[]): string {
  return masks.map((m) => m.join('')).join('|');
}

export interface DropoutSession {
  network: ToyNetwork;
  dropProbability: number;
  /** Passes drawn so far (the current one included). */
  passes: number;
  /** Keep flags of the current pass, one array per hidden layer (1 = kept). */
  masks: Uint8Array[];
  /** Distinct mask combinations seen so far. */
  distinct: number;
  /** Mean over the passes so far of the followed unit's output, without and with 1/(1 − p). */
  measuredMean: { none: number; inverted: number };
  /** With the reader's dropout cell: the followed unit's mean output under their code (null without one). */
  readerMean: number | null;
  /** What went wrong in the reader's code (the pass and the variable); from then on the built-in masks are drawn. */
  readerProblem: CellError | null;
  /** Draws the next forward pass's masks. */
  next(): void;
}

/**
 * A run of forward passes with fresh masks, starting with pass 1 already drawn. With `reader`
 * (the reader's compiled dropout cell) each hidden layer's mask and scaled outputs come from
 * their code: run once on activations of 1 (a unit is kept where its output is not 0) and once,
 * with the same draws, on the layer's real activations.
 */
export function createDropoutSession(sizes: readonly number[], dropProbability: number, seed: number, reader?: DropoutCell): DropoutSession {
  checkDropProbability(dropProbability);
  const network = createToyNetwork(sizes, seed);
  // Masks come from their own stream, so p and the sizes do not change the network's weights.
  const rng = createRng(seed ^ 0x5bd1e995);
  const seen = new Set<string>();
  const sums = { none: 0, inverted: 0, reader: 0 };
  const { layer, unit, h } = network.tracked;
  const builtIn = (n: number) => sampleKeepMask(n, dropProbability, rng);
  /** The reader's mask of hidden layer `l` (1-based), adding the followed unit's output to the sum. */
  const readerMask = (n: number, l: number): Uint8Array | null => {
    const draws: number[] = [];
    const ones = reader!.forward(new Float64Array(n).fill(1), dropProbability, () => draws[draws.push(rng.next()) - 1], session.passes + 1);
    let at = 0;
    const real = ones.ok ? reader!.forward(Float64Array.from(network.clean[l]), dropProbability, () => draws[at++] ?? rng.next(), session.passes + 1) : ones;
    if (!ones.ok || !real.ok) {
      session.readerProblem = ones.ok ? (real as { error: CellError }).error : ones.error;
      return null;
    }
    if (l === layer) sums.reader += real.out[unit];
    return Uint8Array.from(ones.out, (v) => (v !== 0 ? 1 : 0));
  };

  const session: DropoutSession = {
    network,
    dropProbability,
    passes: 0,
    masks: [],
    distinct: 0,
    measuredMean: { none: 0, inverted: 0 },
    readerMean: reader ? 0 : null,
    readerProblem: null,
    next() {
      const hidden = sizes.slice(1, -1);
      const fromReader = reader && !session.readerProblem ? hidden.map((n, i) => readerMask(n, i + 1)) : null;
      const masks = fromReader && fromReader.every((m) => m !== null) ? (fromReader as Uint8Array[]) : hidden.map(builtIn);
      const kept = masks[layer - 1][unit] === 1;
      sums.none += maskedActivation(h, kept, dropProbability, false);
      sums.inverted += maskedActivation(h, kept, dropProbability, true);
      seen.add(maskKey(masks));
      session.passes += 1;
      session.masks = masks;
      session.distinct = seen.size;
      session.measuredMean = { none: sums.none / session.passes, inverted: sums.inverted / session.passes };
      if (reader) session.readerMean = sums.reader / session.passes;
    },
  };
  session.next();
  return session;
}
