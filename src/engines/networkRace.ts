/**
 * The fair race of optimizers on a real network (MNIST MLP). Fair means: every racer starts
 * from a clone of ONE initialisation and trains on the SAME mini-batch tensor at every step,
 * with its own optimizer, its own base learning rate and the shared schedule.
 *
 * Takes in: digits, sizes, racers ({name, hyper}), a schedule and a seed. Returns: { step(k),
 * snapshot(), dispose() }. Call step(k) with small k from a requestAnimationFrame / tf.nextFrame
 * loop: it reads each racer's k losses back in one transfer. Timing (examples per second) is the
 * caller's, who knows the frame clock; snapshots give the counts.
 *
 *   racing --(loss NaN, ±Inf or > divergeAbove)--> diverged (weights freed, history frozen)
 *   racing --(step = steps)--> finished
 */
import * as tf from '@tensorflow/tfjs';
import type { Label } from '../lib/params';
import { splitIndices, type DigitSet } from '../lib/mnist';
import { createRng } from '../lib/rng';
import { getSchedule, scheduledRate, type ScheduleParams } from '../lib/schedules';
import { accuracy, disposeWeights, initMlp } from './mlp';
import { optimizers, resolveHyper, type Hyper, type OptimizerName } from './optimizers';
import { cellOptimizer, type CellRuleSettings } from './cellRule';
import { cellMessage } from '../lib/cell/cellProblems';
import { scheduleForRun, type ScheduleCell, type ScheduleCellSettings } from '../lib/cell/cellSchedule';
import { digitTensors, disposeDigitTensors } from './mnistLoader';
import {
  advanceRun, batchStream, createRun, releaseRun, settleLosses, type LossRecord, type TrainingRun,
} from './trainLoop';

export interface NetworkRaceConfig {
  digits: DigitSet;
  /** Digits taken from the start of the training pool (classes are interleaved there). */
  trainCount: number;
  /** Digits of the held-out tail used for accuracy; at least 1,000. */
  heldOutCount: number;
  /** Hidden layer width(s); 64 gives 784 -> 64 -> 10. */
  hidden?: number | readonly number[];
  batchSize: number;
  /** Missing hyper-parameters come from lib/optimizerTable.ts (the learning rate: its network context). */
  /**
   * The racers, any number (list-driven). `id` is each one's unique key (default `name`); with
   * `cell` set the racer runs the reader's compiled cell, `name` giving its default hyper-parameters.
   */
  optimizers: readonly { name: OptimizerName; hyper?: Partial<Hyper>; id?: string; cell?: CellRuleSettings }[];
  /** A built-in schedule, or with `cell` the reader's schedule cell (compiled here, where the race runs). */
  schedule: { name: string; params?: ScheduleParams; cell?: ScheduleCellSettings };
  steps: number;
  seed: number;
  /** Held-out accuracy is measured every this many steps (and at 0 and at the end). */
  evalEvery?: number;
  /** EMA factor of the smoothed loss curve. */
  smoothing?: number;
  /** A batch loss above this (cross-entropy starts near ln 10 ≈ 2.3) counts as diverged. */
  divergeAbove?: number;
  weightDecay?: number;
  /** Observer called for each racer's update with the digit indices it trains on (for tests). */
  onBatch?: (racer: number, step: number, digitIndices: Int32Array) => void;
}

/** One optimizer's run: `loss` and `smoothedLoss` hold one finite value per update done. */
export interface RacerSnapshot extends Omit<LossRecord, 'average'> {
  /** Unique key of the racer (a built-in's name or a reader cell's key). */
  id: string;
  name: OptimizerName;
  label: Label;
  color: string;
  /** Updates done (frozen at the divergence step). */
  step: number;
  examplesSeen: number;
  /** Learning rate of the latest update, after the schedule. */
  learningRate: number;
  heldOutAccuracy: { step: number; accuracy: number }[];
}

export interface RaceSnapshot {
  step: number;
  totalSteps: number;
  done: boolean;
  racers: RacerSnapshot[];
}

/** The first `units` hidden units of one racer's first layer: their incoming weights, unit after unit. */
export interface FirstLayer {
  name: OptimizerName;
  units: number;
  /** units × 784 numbers, unit-major (unit u's 28×28 image is [u·784, (u+1)·784)); null once the racer diverged. */
  weights: Float32Array | null;
}

export interface NetworkRace {
  /** Advances every live racer by up to k updates and returns the new snapshot. */
  step(k: number): RaceSnapshot;
  /**
   * The incoming weights of the first `units` hidden units of every racer's network, read back
   * in one transfer (plain typed arrays, so they can cross a worker boundary). Meant for a few
   * reads a second, not every step.
   */
  firstLayer(units: number): FirstLayer[];
  /** The current snapshot (copies: safe to keep). */
  snapshot(): RaceSnapshot;
  /** Frees every tensor of the race. */
  dispose(): void;
}

interface Racer extends TrainingRun {
  id: string;
  name: OptimizerName;
  learningRate: number;
  heldOutAccuracy: { step: number; accuracy: number }[];
}

/** Checks the configuration at the boundary, naming the offending field. */
function checkConfig(c: NetworkRaceConfig, trainPool: number, heldOutPool: number): void {
  const ranges: [keyof NetworkRaceConfig, number, number][] = [
    ['batchSize', 1, trainPool],
    ['trainCount', c.batchSize, trainPool],
    ['heldOutCount', 1000, Math.max(1000, heldOutPool)],
    ['steps', 1, 1e6],
  ];
  for (const [field, lo, hi] of ranges) {
    const v = c[field] as number;
    if (!Number.isInteger(v) || v < lo || v > hi) {
      throw new Error(`Expected ${field} to be an integer from ${lo} to ${hi}, but got ${v}`);
    }
  }
  if (c.optimizers.length === 0) throw new Error('Expected at least one optimizer in the race');
  for (const o of c.optimizers) if (!(o.name in optimizers)) throw new Error(`Unknown optimizer "${o.name}"`);
  getSchedule(c.schedule.name);
}

/** The reader's schedule cell for this run, or an Error with its first problem (step and variable). */
function readerSchedule(settings: ScheduleCellSettings, steps: number, baseRates: number[]): ScheduleCell {
  const checked = scheduleForRun(settings, steps, baseRates);
  if (!checked.ok) throw new Error(`The schedule cell: ${cellMessage('en', checked.error)}`);
  return checked.schedule;
}

/** A copy of one racer's public state. */
function racerSnapshot(r: Racer, batchSize: number): RacerSnapshot {
  const steps = r.record.loss.length;
  return {
    id: r.id,
    name: r.name,
    label: r.rule.label,
    color: r.rule.color,
    step: steps,
    examplesSeen: steps * batchSize,
    learningRate: r.learningRate,
    loss: r.record.loss.slice(),
    smoothedLoss: r.record.smoothedLoss.slice(),
    heldOutAccuracy: r.heldOutAccuracy.map((a) => ({ ...a })),
    diverged: r.record.diverged && { ...r.record.diverged },
  };
}

/** Builds a race; see the file comment for what makes it fair. */
export function createNetworkRace(config: NetworkRaceConfig): NetworkRace {
  const { digits, batchSize, steps, schedule } = config;
  const split = splitIndices(digits);
  checkConfig(config, split.train.length, split.heldOut.length);
  const baseRates = config.optimizers.map(({ name, hyper }) => resolveHyper(name, hyper, 'network').learningRate);
  const cellSchedule = schedule.cell ? readerSchedule(schedule.cell, steps, baseRates) : null;
  const evalEvery = config.evalEvery ?? 25;
  const smoothing = config.smoothing ?? 0.9;
  const divergeAbove = config.divergeAbove ?? 100;
  const hidden = typeof config.hidden === 'number' ? [config.hidden] : [...(config.hidden ?? [64])];

  const data = digitTensors(digits, config.trainCount, config.heldOutCount);
  const { trainIndices, heldOutX, heldOutY } = data;
  const rng = createRng(config.seed);
  const init = initMlp([784, ...hidden, 10], rng.seed());
  // Made epoch by epoch as the race reaches it (same batches as batchOrder, little memory).
  const batches = batchStream(trainIndices.length, batchSize, rng);
  const startAccuracy = accuracy(init, heldOutX, heldOutY);
  const racers: Racer[] = config.optimizers.map(({ name, hyper, id, cell }) => ({
    ...createRun(init, cell ? cellOptimizer(cell) : optimizers[name], resolveHyper(name, hyper, 'network')),
    id: id ?? name,
    name,
    learningRate: 0,
    heldOutAccuracy: [{ step: 0, accuracy: startAccuracy }],
  }));
  disposeWeights(init);
  let t = 0;
  const live = () => racers.filter((r) => r.record.diverged === null);

  const settleAndEvaluate = () => {
    settleLosses(racers, smoothing, divergeAbove);
    for (const r of live()) r.heldOutAccuracy.push({ step: t, accuracy: accuracy(r.weights, heldOutX, heldOutY) });
  };

  const snapshot = (): RaceSnapshot => ({
    step: t,
    totalSteps: steps,
    done: t >= steps || live().length === 0,
    racers: racers.map((r) => racerSnapshot(r, batchSize)),
  });

  const step = (k: number): RaceSnapshot => {
    if (!Number.isInteger(k) || k < 0) throw new Error(`Expected k to be a non-negative integer, but got ${k}`);
    for (let i = 0; i < k && t < steps && live().length > 0; i++) {
      const positions = batches.at(t);
      // One batch tensor per step, shared by every racer: the fairness is structural.
      const batch = tf.tidy(() => {
        const rows = tf.tensor1d(positions, 'int32');
        return { x: tf.gather(data.trainX, rows) as tf.Tensor2D, y: tf.gather(data.trainY, rows) as tf.Tensor1D };
      });
      for (const [index, r] of racers.entries()) {
        if (r.record.diverged) continue;
        config.onBatch?.(index, t, positions.map((p) => trainIndices[p]));
        r.learningRate = cellSchedule
          ? (cellSchedule.at(t, steps, r.hyper.learningRate) as { rate: number }).rate
          : scheduledRate(schedule.name, schedule.params ?? {}, r.hyper.learningRate, t, steps);
        advanceRun(r, batch, r.learningRate, { weightDecay: config.weightDecay });
      }
      tf.dispose([batch.x, batch.y]);
      t++;
      if (t % evalEvery === 0 || t === steps) settleAndEvaluate();
    }
    settleLosses(racers, smoothing, divergeAbove);
    return snapshot();
  };

  const firstLayer = (units: number): FirstLayer[] => {
    const live = racers.filter((r) => r.weights.length > 0);
    const hiddenUnits = hidden[0];
    const u = Math.max(0, Math.min(hiddenUnits, Math.floor(units)));
    if (live.length === 0 || u === 0) return racers.map((r) => ({ name: r.name, units: u, weights: null }));
    const values = tf.tidy(() => tf.concat(live.map((r) => r.weights[0].slice([0, 0], [784, u]).transpose().reshape([-1]))).dataSync() as Float32Array);
    const size = u * 784;
    return racers.map((r) => {
      const at = live.indexOf(r);
      return { name: r.name, units: u, weights: at < 0 ? null : values.slice(at * size, (at + 1) * size) };
    });
  };

  const dispose = () => {
    for (const r of racers) releaseRun(r);
    disposeDigitTensors(data);
  };

  return { step, snapshot, firstLayer, dispose };
}
