/**
 * The optimizer race: every chosen optimizer moves a swarm of particles over one surface.
 *
 * Takes in: a surface, entries { name, hyper overrides }, starts (n*2 floats, x0 y0 x1 y1 ...),
 * noise (std of Gaussian noise added to each gradient, standing in for mini-batch noise), seed.
 * Returns: a Race with step(k) / snapshot() / dispose().
 *
 *   created --step(k)--> stepping --dispose()--> disposed (step and snapshot then throw)
 *
 * Per optimizer all n particles live in ONE tensor, stored as [2, n] (row 0 = x, row 1 = y),
 * the transpose of the starts' [n, 2] layout: f needs x and y apart, and taking a row is a
 * free view while taking a column of [n, 2] costs ~25 ms per call on the tfjs cpu backend at
 * n = 10,000. The update rules are elementwise, so the layout does not change them. A batch of
 * k steps stays on the backend and everything the snapshot needs (losses, divergence flags,
 * positions, state of particle 0) is concatenated and read back with ONE dataSync per batch.
 *
 * Divergence: a step whose positions are non-finite, exceed 1e6 in size, or whose mean loss is
 * non-finite marks the optimizer diverged at that step (diverged.step = number of that step);
 * positions and losses stay at the last finite step, and the optimizer takes no more steps.
 * The inner-state readout of a diverged optimizer is the one from the end of its last whole
 * batch before the divergence.
 *
 * The gap never goes below 0: lossFloor of a typed formula is a polished numerical minimum and
 * racers may leave the drawn domain, so a racer can reach a lower mean f than lossFloor (or tie
 * it within float32 rounding). Snapshots report every gap against min(lossFloor, lowest mean
 * any racer of this race has reached), so the best racer reads 0 rather than a negative number
 * that a log-scale chart cannot draw.
 *
 * Disposal follows optimizers.ts: update returns new tensors; this file disposes the old
 * params, grads and state right after each update. Each optimizer has its own child Rng, so
 * step(2) and step(1) twice give the same run.
 * Added beyond the brief: the exported types `RaceEntry`, `RaceOptions`; the snapshot types
 * live in raceState.ts and are re-exported here.
 */
import * as tf from '@tensorflow/tfjs';
import { createRng, type Rng } from '../lib/rng';
import { disposeState, type Hyper, type Optimizer, type OptimizerName, optimizers, resolveHyper, type State } from './optimizers';
import { type OptimizerSnapshot, type RaceSnapshot, readInnerState, stateKeys } from '../lib/raceState';
import { isSecondOrder, lectureHyper, secondOrderTable, type RacerName } from '../lib/optimizerTable';
import { createSecondOrderRunner, type SecondOrderRunner } from './secondOrderRunner';
import type { Surface } from './surfaces';
import { cellOptimizer, type CellOptimizer, type CellRuleSettings } from './cellRule';
import { createFusedSwarm } from './fusedSwarm';
import { tensorStepper } from './raceTensorSteps';
import { createFirstOrderSwarm, type SwarmReadout } from '../lib/firstOrderSwarm';
import { parseFormula, type Ast } from '../lib/formula';

/** The AST of a surface's formula (every surface's formula parses: tests/unit/surfaces.test.ts). */
function formulaAst(formula: string): Ast {
  const parsed = parseFormula(formula);
  if (!parsed.ok) throw new Error(`Expected the surface's formula to parse, but got: ${parsed.error.message}`);
  return parsed.ast;
}

export type { InnerState, OptimizerSnapshot, RaceSnapshot } from '../lib/raceState';

/**
 * One racer. The race is list-driven: any number of entries, each with its own key (`id`,
 * default `name`). A reader's cell races as an entry with `cell` set: `name` is the built-in rule
 * it started from (its default hyper-parameters), and the cell's code is compiled here.
 */
export interface RaceEntry {
  /** A first-order rule (engines/optimizers.ts) or a second-order one (secondOrderRunner.ts). */
  name: RacerName;
  hyper: Partial<Hyper>;
  /** Unique key of the racer in snapshots, trails and legends (default: `name`). */
  id?: string;
  cell?: CellRuleSettings;
}

export interface RaceOptions {
  surface: Surface;
  entries: RaceEntry[];
  starts: Float32Array;
  noise: number;
  seed: number;
  /**
   * How the built-in first-order racers step: 'js' (default) as one fused swarm in plain JS
   * (lib/firstOrderSwarm.ts, gradients from the surface's formula); 'tensors' as one fused set
   * of tfjs tensors (fusedSwarm.ts); 'apart' each through optimizers.ts on its own tensors, as
   * before fusion: the reference the fused swarms are tested and benchmarked against.
   */
  fuse?: 'js' | 'tensors' | 'apart';
}

export interface Race {
  step(k?: number): RaceSnapshot;
  snapshot(): RaceSnapshot;
  dispose(): void;
}


export interface Runner {
  optimizer: Optimizer;
  /** The state tensors whose first particle the inner-state readout shows (none for a cell). */
  heads: readonly ('velocity' | 'cache' | 'm' | 'v')[];
  snapshot: OptimizerSnapshot;
  /** Its own tensors, or (fused) its row in the fused swarm, whose tensors hold its particles. */
  params: tf.Tensor | null;
  state: State;
  rng: Rng;
  fusedRow: number | null;
}

/** A race of `options.entries` on `options.surface`; see the file comment for the contract. */
export function createRace(options: RaceOptions): Race {
  const { surface, entries, starts, noise, seed, fuse = 'js' } = options;
  if (entries.length === 0) throw new Error('Expected at least one optimizer entry, but got none');
  if (starts.length === 0 || starts.length % 2 !== 0 || !starts.every(Number.isFinite)) {
    throw new Error(`Expected starts to hold n*2 finite numbers, but got ${starts.length} values`);
  }
  if (!(noise >= 0) || !Number.isFinite(noise)) throw new Error(`Expected noise to be a finite number ≥ 0, but got ${noise}`);
  const n = starts.length / 2;
  const master = createRng(seed);
  const meanLoss = (p: tf.Tensor) => surface.f(p.slice([0, 0], [1, n]), p.slice([1, 0], [1, n])).mean().sub(surface.lossFloor);
  const particles = () => tf.tidy(() => tf.tensor2d(starts, [n, 2]).transpose());
  const startLoss = tf.tidy(() => meanLoss(particles()).dataSync()[0]);

  let fusedCount = 0;
  // Second-order racers step in their own runner; every racer keeps its place in `order`.
  const order: { first?: Runner; second?: SecondOrderRunner }[] = entries.map(({ name, hyper: overrides, id, cell }) => {
    if (!isSecondOrder(name)) return { first: firstOrderRunner(name, overrides, id, cell) };
    const { label, color } = secondOrderTable[name];
    const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
    const hyper = { ...lectureHyper, learningRate: 1, ...given };
    return { second: createSecondOrderRunner(name, label, color, hyper, surface, starts, noise, createRng(master.seed())) };
  });
  const runners = order.flatMap((o) => (o.first ? [o.first] : []));
  const seconds = order.flatMap((o) => (o.second ? [o.second] : []));
  const fusedRunners = runners.filter((r) => r.fusedRow !== null);
  const apart = runners.filter((r) => r.fusedRow === null);
  const fusedRacers = fusedRunners.map((r) => ({ name: r.snapshot.name as OptimizerName, hyper: r.snapshot.hyper, rng: r.rng }));
  const swarm = fusedRunners.length && fuse === 'tensors' ? createFusedSwarm(surface, fusedRacers, starts, noise) : null;
  const jsSwarm = fusedRunners.length && fuse === 'js' ? createFirstOrderSwarm(formulaAst(surface.formula), surface.lossFloor, fusedRacers, starts, noise) : null;

  function firstOrderRunner(name: OptimizerName, overrides: Partial<Hyper>, id?: string, cell?: CellRuleSettings): Runner {
    const optimizer = cell ? cellOptimizer(cell) : optimizers[name];
    const hyper = resolveHyper(name, overrides);
    const fusedRow = fuse !== 'apart' && !cell ? fusedCount++ : null;
    const params = fusedRow === null ? particles() : null;
    const state = params ? optimizer.init(params) : {};
    const snapshot: OptimizerSnapshot = {
      id: id ?? name, name, label: optimizer.label, color: optimizer.color, hyper, step: 0,
      positions: Float32Array.from(starts),
      loss: Number.isFinite(startLoss) ? [startLoss] : [],
      diverged: Number.isFinite(startLoss) ? null : { step: 0 },
      inner: readInnerState(cell ? 'sgd' : name, hyper, new Float32Array(4), 0),
    };
    return { optimizer, heads: cell ? [] : stateKeys[name], snapshot, params, state, rng: createRng(master.seed()), fusedRow };
  }
  let raceStep = 0;
  let disposed = false;
  /** Lowest mean f − lossFloor any racer has reached (0 until one dips below the floor). */
  let lowest = Number.isFinite(startLoss) ? Math.min(0, startLoss) : 0;

  const advance = tensorStepper(surface, n, noise);

  /**
   * Copies one runner's part of the read-back values into its snapshot: k losses, k flags, its
   * positions (x row, y row), then 2 numbers per state key of `runner.heads` (`heads` when given).
   */
  const absorb = (runner: Runner, values: Float32Array, k: number, heads?: Float32Array) => {
    const snap = runner.snapshot;
    const losses = values.subarray(0, k);
    const flags = values.subarray(k, 2 * k);
    const firstBad = flags.findIndex((ok) => ok === 0);
    const taken = firstBad < 0 ? k : firstBad;
    for (let s = 0; s < taken; s++) {
      snap.loss.push(losses[s]);
      if (losses[s] < lowest) lowest = losses[s];
    }
    const rows = values.subarray(2 * k, 2 * k + 2 * n);
    const positions = new Float32Array(2 * n);
    for (let i = 0; i < n; i++) {
      positions[2 * i] = rows[i];
      positions[2 * i + 1] = rows[n + i];
    }
    snap.positions = positions;
    if (firstBad >= 0) {
      // A reader's cell rule says which of its variables broke first.
      const variable = (runner.optimizer as Partial<CellOptimizer>).firstBad?.(runner.state)?.variable;
      snap.diverged = variable ? { step: snap.step + firstBad + 1, variable } : { step: snap.step + firstBad + 1 };
    }
    snap.step += taken;
    if (firstBad < 0) {
      const t = runner.state.t ?? snap.step;
      snap.inner = readInnerState(runner.heads.length === 0 ? 'sgd' : (snap.name as OptimizerName), snap.hyper, heads ?? values.subarray(2 * k + 2 * n), t);
    }
  };

  /** The fused swarm's readout ([R, 2k + 2n + 4], see fusedSwarm.ts) into its live runners. */
  const absorbFused = (values: Float32Array, k: number, live: readonly boolean[]) => {
    const width = 2 * k + 2 * n + 4;
    fusedRunners.forEach((runner, r) => {
      if (!live[r]) return;
      const row = values.subarray(r * width, (r + 1) * width);
      const [m, s] = [row.subarray(2 * k + 2 * n, 2 * k + 2 * n + 2), row.subarray(2 * k + 2 * n + 2)];
      // The fused swarm's m is the velocity of the momenta and Adam's m; its s is the cache and Adam's v.
      const heads = Float32Array.from(runner.heads.flatMap((key) => [...(key === 'velocity' || key === 'm' ? m : s)]));
      runner.state = { t: swarm!.steps(r) };
      absorb(runner, row, k, heads);
    });
  };

  /** The JS swarm's readouts into its live runners (as absorb does for a tensor readout). */
  const absorbJs = (readouts: SwarmReadout[], k: number, live: readonly boolean[]) => {
    fusedRunners.forEach((runner, r) => {
      if (!live[r]) return;
      const { losses, divergedAt, positions, heads, t } = readouts[r];
      const taken = losses.length;
      const flags = Array.from({ length: k }, (_, s) => (divergedAt === 0 || s < divergedAt - 1 ? 1 : 0));
      const rows = new Float32Array(2 * n);
      for (let i = 0; i < n; i++) [rows[i], rows[n + i]] = [positions[2 * i], positions[2 * i + 1]];
      const values = Float32Array.from([...losses, ...new Array(k - taken).fill(0), ...flags, ...rows]);
      const [m, s2] = [heads.slice(0, 2), heads.slice(2)];
      runner.state = { t };
      absorb(runner, values, k, Float32Array.from(runner.heads.flatMap((key) => (key === 'velocity' || key === 'm' ? m : s2))));
    });
  };

  const copy = (): RaceSnapshot => ({
    step: raceStep,
    optimizers: order.map((o) => (o.first ?? o.second)!.snapshot).map((s) => ({
      ...s,
      positions: s.positions.slice(),
      loss: lowest < 0 ? s.loss.map((gap) => gap - lowest) : s.loss.slice(),
    })),
  });
  const alive = () => {
    if (disposed) throw new Error('Expected a live race, but this one was disposed');
  };

  return {
    step(k = 1) {
      alive();
      if (!Number.isInteger(k) || k < 1) throw new Error(`Expected k to be a positive integer, but got ${k}`);
      const active = apart.filter((r) => r.snapshot.diverged === null);
      const fusedLive = fusedRunners.map((r) => r.snapshot.diverged === null);
      if (jsSwarm && fusedLive.some(Boolean)) absorbJs(jsSwarm.step(k), k, fusedLive);
      const fusedGoing = swarm !== null && fusedLive.some(Boolean);
      if (active.length > 0 || fusedGoing) {
        const readouts = active.map((runner) => advance(runner, k));
        if (fusedGoing) {
          const readout = swarm.advance(k, fusedLive);
          readouts.push(readout.reshape([-1]));
          readout.dispose();
        }
        const sizes = readouts.map((r) => r.size);
        const all = tf.concat(readouts);
        const values = all.dataSync() as Float32Array;
        tf.dispose([all, ...readouts]);
        let offset = 0;
        active.forEach((runner, i) => {
          absorb(runner, values.subarray(offset, offset + sizes[i]), k);
          offset += sizes[i];
        });
        if (fusedGoing) absorbFused(values.subarray(offset), k, fusedLive);
      }
      for (const runner of seconds) {
        for (const loss of runner.advance(k)) {
          runner.snapshot.loss.push(loss);
          if (loss < lowest) lowest = loss;
        }
      }
      raceStep += k;
      return copy();
    },
    snapshot() {
      alive();
      return copy();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const runner of apart) {
        runner.params!.dispose();
        disposeState(runner.state);
      }
      swarm?.dispose();
    },
  };
}
