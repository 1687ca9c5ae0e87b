/**
 * The cell path is exact: each built-in update rule, written as the lecture's cell, reproduces
 * engines/optimizers.ts's iterates to 1e-6 over 100 steps on the ravine and over 20 steps on a
 * real MLP (same initial weights, same batches). The chapter's cells write ε = 1e-7 (the
 * lecture's code); the engine uses 1e-8, so the test swaps that one literal.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCellRule } from '../../src/engines/cellRule';
import { disposeWeights, initMlp } from '../../src/engines/mlp';
import { optimizers, resolveHyper, type Optimizer, type OptimizerName } from '../../src/engines/optimizers';
import { surfaces } from '../../src/engines/surfaces';
import { advanceRun, createRun, releaseRun } from '../../src/engines/trainLoop';
import { lectureCells } from '../../src/lib/cell/lectureCells';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const cases: [keyof typeof lectureCells, OptimizerName, boolean][] = [
  ['sgd', 'sgd', true], ['momentum', 'momentum', true], ['nesterov', 'nesterov', true], ['adagrad', 'adagrad', true],
  ['rmsprop', 'rmsprop', true], ['adam', 'adam', true], ['adamNoBias', 'adam', false],
];

const cellRule = (cell: keyof typeof lectureCells): Optimizer => {
  const compiled = compileCellRule({ code: lectureCells[cell].code.replace('1e-7', '1e-8'), label: { en: cell, ko: cell }, color: '#000' });
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.rule;
};

/** 100 steps of `rule` on the ravine from its start, for a swarm of 3 particles; the iterates. */
function ravinePath(rule: Optimizer, hyper: ReturnType<typeof resolveHyper>): number[][] {
  const ravine = surfaces.ravine;
  const grad = tf.grads((x: tf.Tensor, y: tf.Tensor) => ravine.f(x, y).sum());
  let params: tf.Tensor = tf.tensor2d([[-2.5, 1, 2.9], [0.6, -0.4, 0.9]]);
  let state = rule.init(params);
  const path: number[][] = [];
  for (let s = 0; s < 100; s++) {
    const g = tf.tidy(() => tf.concat(grad([params.slice([0, 0], [1, 3]), params.slice([1, 0], [1, 3])]), 0));
    const next = rule.update(params, g, state, hyper);
    tf.dispose([g, params, ...Object.values(state).filter((v) => v instanceof tf.Tensor)]);
    params = next.params;
    state = next.state;
    path.push(Array.from(params.dataSync()));
  }
  tf.dispose([params, ...Object.values(state).filter((v) => v instanceof tf.Tensor)]);
  return path;
}

describe('a built-in rule written as a cell', () => {
  it.each(cases)('%s reproduces the engine on the ravine for 100 steps', (cell, name, biasCorrection) => {
    const hyper = resolveHyper(name, { biasCorrection });
    const before = tf.memory().numTensors;
    const engine = ravinePath(optimizers[name], hyper);
    const mine = ravinePath(cellRule(cell), hyper);
    expect(tf.memory().numTensors).toBe(before);
    for (let s = 0; s < 100; s++) {
      for (let i = 0; i < 6; i++) expect(Math.abs(mine[s][i] - engine[s][i])).toBeLessThanOrEqual(1e-6);
    }
    // The path moved: a rule that did nothing would match nothing.
    expect(Math.abs(engine[99][0] - -2.5)).toBeGreaterThan(0.01);
  });

  it.each(cases)('%s reproduces the engine on an MLP for 20 steps (same weights, same batches)', (cell, name, biasCorrection) => {
    const hyper = resolveHyper(name, { biasCorrection }, 'network');
    const init = initMlp([20, 8, 4], 11);
    const engine = createRun(init, optimizers[name], hyper);
    const mine = createRun(init, cellRule(cell), hyper);
    for (let s = 0; s < 20; s++) {
      const batch = tf.tidy(() => ({
        x: tf.randomUniform([16, 20], 0, 1, 'float32', 100 + s) as tf.Tensor2D,
        y: tf.randomUniform([16], 0, 4, 'int32', 200 + s) as tf.Tensor1D,
      }));
      advanceRun(engine, batch, hyper.learningRate);
      advanceRun(mine, batch, hyper.learningRate);
      tf.dispose([batch.x, batch.y]);
      engine.weights.forEach((w, i) => {
        const a = w.dataSync();
        const b = mine.weights[i].dataSync();
        for (let j = 0; j < a.length; j++) expect(Math.abs(a[j] - b[j])).toBeLessThanOrEqual(1e-6);
      });
    }
    releaseRun(engine);
    releaseRun(mine);
    disposeWeights(init);
  });
});

describe('a cell races beside the built-ins (list-driven entries, own key)', () => {
  const cell = { code: lectureCells.momentum.code, label: { en: 'Mine', ko: '나의 것' }, color: '#7B4FBF' };

  it('on the 2-D race: same start, same noise stream, the same path as momentum', async () => {
    const { createRace } = await import('../../src/engines/race');
    const race = createRace({
      surface: surfaces.ravine,
      entries: [{ name: 'momentum', hyper: {} }, { name: 'momentum', hyper: {}, id: 'cell:momentum', cell }],
      starts: Float32Array.from([-2.5, 0.6, 1, -0.5]),
      noise: 0,
      seed: 3,
    });
    const s = race.step(60);
    race.dispose();
    const [builtIn, mine] = s.optimizers;
    expect(mine).toMatchObject({ id: 'cell:momentum', label: cell.label, color: cell.color, step: 60, diverged: null });
    expect(builtIn.id).toBe('momentum');
    mine.positions.forEach((p, i) => expect(Math.abs(p - builtIn.positions[i])).toBeLessThanOrEqual(1e-6));
  });

  it('on the network race: same weights and batches, the same losses as momentum', async () => {
    const { createNetworkRace } = await import('../../src/engines/networkRace');
    const { loadShippedMnist } = await import('./mnistData');
    const race = createNetworkRace({
      digits: await loadShippedMnist(), trainCount: 500, heldOutCount: 1000, hidden: 8, batchSize: 16,
      optimizers: [{ name: 'momentum' }, { name: 'momentum', id: 'cell:momentum', cell }],
      schedule: { name: 'constant' }, steps: 20, seed: 5,
    });
    const s = race.step(20);
    race.dispose();
    const [builtIn, mine] = s.racers;
    expect(mine).toMatchObject({ id: 'cell:momentum', step: 20, diverged: null });
    mine.loss.forEach((l, i) => expect(Math.abs(l - builtIn.loss[i])).toBeLessThanOrEqual(1e-5));
  });
});
