/**
 * Model ensembles on MNIST, three ways, each a stepped run the page advances a few updates per
 * frame (step(k), then tf.nextFrame / requestAnimationFrame), so training never freezes it:
 *
 *   independent  K small MLPs, each from its own seed (its own initial weights and its own
 *                mini-batch order), each trained S steps with one cosine cycle of the learning
 *                rate, one after another; the ensemble averages their softmax probabilities.
 *   snapshots    ONE model trained K cycles of S steps with a cosine-restart schedule (SGDR);
 *                the weights at the end of each cycle are a snapshot, and the snapshots'
 *                probabilities are averaged. Same number of updates as `independent`.
 *   averaging    ONE model trained S steps at a constant rate (so the iterates keep bouncing
 *                around the basin); at test time the raw final weights are compared with an
 *                EMA of the weights and with the Polyak mean of the second half of the run.
 *
 * Member 1, snapshot 1's run and the averaging run share the first seed, so they start from the
 * same weights and see the same first mini-batches: the modes differ only where they must.
 *
 *   created --step(k)--> training --(all updates done)--> done --dispose()--> disposed
 *
 * Takes in: the decoded digits and EnsembleConfig. Returns: { step(k), snapshot(), dispose() };
 * snapshot() is plain data (see ensembleTypes.ts). Every tensor is freed by dispose().
 */
import * as tf from '@tensorflow/tfjs';
import { CLASSES, splitIndices } from '../lib/mnist';
import { createRng } from '../lib/rng';
import { scheduledRate } from '../lib/schedules';
import { createParameterAverager, type ParameterAverager } from './ensembleAveraging';
import { averageProbabilities, errorCorrelation, gainCurve, meanCrossEntropy, memberVotes, probabilityAccuracy, rescuedAndLost } from '../lib/ensembleMath';
import { heldOutProbabilities, releaseTrainee, startTrainee, updateTrainee, type Trainee } from './ensembleTrainee';
import { checkEnsembleConfig, MAX_MEMBERS, RESCUED_SHOWN, type EnsembleConfig, type EnsembleSnapshot, type MemberResult } from '../lib/ensembleTypes';
import { disposeWeights, type MlpWeights } from './mlp';
import { digitTensors, disposeDigitTensors } from './mnistLoader';
import { resolveHyper } from './optimizers';

export * from '../lib/ensembleTypes';
export { heldOutProbabilities } from './ensembleTrainee';

export interface EnsembleLab {
  /** Up to k more updates (fewer at the end); returns the new snapshot. */
  step(k: number): EnsembleSnapshot;
  /** The current results (fresh plain objects: safe to keep). */
  snapshot(): EnsembleSnapshot;
  /**
   * The batch loss of the latest update, read back asynchronously. Awaiting it is also the
   * page's fence: on WebGL the updates only queue up until something is read.
   */
  latestLoss(): Promise<number | null>;
  /** Frees every tensor; later step() calls throw. */
  dispose(): void;
}

/** Builds a run; see the file comment for what each mode trains. */
export function createEnsembleLab(config: EnsembleConfig): EnsembleLab {
  const split = splitIndices(config.digits);
  checkEnsembleConfig(config, split.train.length, split.heldOut.length);
  const { mode, members: K, stepsPerMember: S, batchSize, trainCount } = config;
  const hyper = resolveHyper('momentum', { learningRate: config.learningRate, momentum: config.momentum });
  const data = digitTensors(config.digits, trainCount, config.heldOutCount);
  const labels = Int32Array.from(data.heldOutY.dataSync());
  const sizes = [784, config.hidden, CLASSES];
  // One child seed per member, drawn up front, so member m's run does not depend on K.
  const root = createRng(config.seed);
  const seeds = Array.from({ length: MAX_MEMBERS }, () => ({ init: root.seed(), batches: root.seed() }));
  const runLength = mode === 'snapshots' ? K * S : S;
  const totalSteps = mode === 'independent' ? K * S : runLength;

  const start = (m: number) => startTrainee(sizes, seeds[m], runLength, trainCount, batchSize);

  let trainee: Trainee | null = start(0);
  const averager: ParameterAverager | null =
    mode === 'averaging' ? createParameterAverager(trainee.weights, config.emaDecay, Math.floor(S / 2) + 1) : null;
  const memberProbs: Float32Array[] = [];
  const results: MemberResult[] = [];
  const curve: { step: number; raw: number; ema: number }[] = [];
  const evalEvery = Math.max(1, Math.round(S / (config.evalPoints ?? 12)));
  let done = 0;
  let disposed = false;
  let lastLoss: tf.Scalar | null = null;

  /** Accuracy of weights that this function then frees (the averaged copies are fresh tensors). */
  const accuracyOf = (weights: MlpWeights, free: boolean) => {
    const acc = probabilityAccuracy(heldOutProbabilities(weights, data), labels, CLASSES);
    if (free) disposeWeights(weights);
    return acc;
  };

  const learningRate = (t: number) =>
    mode === 'averaging'
      ? config.learningRate
      : // Cosine from the base rate to 0 within each S-step cycle; a restart jumps back up.
        scheduledRate('cosine', { floorFraction: 0 }, config.learningRate, t % S, S);

  const finishMember = (current: Trainee) => {
    const probs = heldOutProbabilities(current.weights, data);
    memberProbs.push(probs);
    results.push({
      kind: mode === 'snapshots' ? 'snapshot' : 'member',
      index: results.length + 1,
      heldOut: probabilityAccuracy(probs, labels, CLASSES),
      heldOutLoss: meanCrossEntropy(probs, labels, CLASSES),
      step: done,
    });
  };

  const finishAveraging = (current: Trainee) => {
    const raw = accuracyOf(current.weights, false);
    results.push({ kind: 'raw', index: 1, heldOut: raw, step: done });
    results.push({ kind: 'ema', index: 2, heldOut: accuracyOf(averager!.ema(), true), step: done });
    const polyak = averager!.polyak();
    if (polyak) results.push({ kind: 'polyak', index: 3, heldOut: accuracyOf(polyak, true), step: done });
  };

  const update = (current: Trainee) => {
    const loss = updateTrainee(current, data, { ...hyper, learningRate: learningRate(current.t) });
    lastLoss?.dispose();
    lastLoss = loss;
    done++;
  };

  const step = (k: number): EnsembleSnapshot => {
    if (disposed) throw new Error('This ensemble run has been disposed');
    if (!Number.isInteger(k) || k < 0) throw new Error(`Expected k to be a non-negative integer, but got ${k}`);
    for (let i = 0; i < k && done < totalSteps; i++) {
      trainee ??= start(results.length);
      update(trainee);
      if (averager) {
        averager.update(trainee.weights, trainee.t);
        if (trainee.t % evalEvery === 0 || trainee.t === S) {
          curve.push({ step: trainee.t, raw: accuracyOf(trainee.weights, false), ema: accuracyOf(averager.ema(), true) });
        }
        if (trainee.t === S) finishAveraging(trainee);
      } else if (trainee.t % S === 0) {
        finishMember(trainee);
        if (mode === 'independent') {
          releaseTrainee(trainee);
          trainee = null;
        }
      }
    }
    return snapshot();
  };

  // The ensemble numbers change only when a member finishes; the page asks every frame.
  let summary = { members: -1, gain: [] as number[], ensemble: null as number | null, ensembleLoss: null as number | null, rho: null as number | null, rescued: [] as number[], lost: [] as number[], rescuedVotes: [] as number[][] };
  const summarise = () => {
    if (summary.members === memberProbs.length) return summary;
    const has = memberProbs.length > 0;
    const average = has ? averageProbabilities(memberProbs) : null;
    const split = has ? rescuedAndLost(memberProbs, labels, CLASSES) : { rescued: [], lost: [] };
    summary = {
      members: memberProbs.length,
      gain: has ? gainCurve(memberProbs, labels, CLASSES) : [],
      ensemble: average ? probabilityAccuracy(average, labels, CLASSES) : null,
      ensembleLoss: average ? meanCrossEntropy(average, labels, CLASSES) : null,
      rho: errorCorrelation(memberProbs, labels, CLASSES),
      ...split,
      rescuedVotes: memberVotes(memberProbs, split.rescued.slice(0, RESCUED_SHOWN), CLASSES),
    };
    return summary;
  };

  const snapshot = (): EnsembleSnapshot => {
    const { gain, ensemble, ensembleLoss, rho, rescued, lost, rescuedVotes } = summarise();
    return {
      mode,
      step: done,
      totalSteps,
      done: done >= totalSteps,
      members: results.map((r) => ({ ...r })),
      gain: gain.map((accuracy, i) => ({ k: i + 1, accuracy })),
      ensemble,
      ensembleLoss,
      errorCorrelation: rho,
      rescued: [...rescued],
      lost: [...lost],
      rescuedVotes: rescuedVotes.map((v) => [...v]),
      curve: curve.map((p) => ({ ...p })),
      heldOutCount: labels.length,
    };
  };

  const dispose = () => {
    if (disposed) return;
    disposed = true;
    if (trainee) releaseTrainee(trainee);
    trainee = null;
    lastLoss?.dispose();
    lastLoss = null;
    averager?.dispose();
    disposeDigitTensors(data);
  };

  const latestLoss = async () => {
    if (!lastLoss) return null;
    const held = lastLoss.clone();
    // A clone, so a later update (or dispose) cannot free it while it is being read.
    const value = (await held.data())[0];
    held.dispose();
    return value;
  };

  return { step, snapshot, latestLoss, dispose };
}
