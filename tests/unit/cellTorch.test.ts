/**
 * Beside each update-rule cell the page shows its torch.optim equivalent
 * (lib/cell/torchEquivalents.ts). This runs both for 100 steps on a small quadratic,
 * f = 0.5 (0.1 x² + 10 y²), and checks that the iterates agree to 1e-5 once the stated change of
 * convention is made (eps passed explicitly, RMSprop's alpha = decay_rate, momentum's v = -lr b).
 * Needs Debian's python3-torch; without it the test is skipped and says why.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCellRule } from '../../src/engines/cellRule';
import { resolveHyper } from '../../src/engines/optimizers';
import { lectureCells, type LectureCellName } from '../../src/lib/cell/lectureCells';
import { torchEquivalents } from '../../src/lib/cell/torchEquivalents';

const script = fileURLToPath(new URL('./support/torch_iterates.py', import.meta.url));

function findPython(): { python: string | null; reason: string } {
  for (const python of [process.env.PYTHON ?? 'python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0) return { python, reason: '' };
  }
  return { python: null, reason: 'no python3 with torch (apt-get install python3-torch)' };
}
const { python, reason } = findPython();
if (!python) console.warn(`[cellTorch] skipped: ${reason}`);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const START = [-2.5, 0.6];
const CURVATURE = [0.1, 10];
const STEPS = 100;

/** The torch.optim call of each cell, as torchEquivalents states it, with the lecture's values. */
const cases: [LectureCellName, string, Record<string, unknown>][] = [
  ['sgd', 'SGD', {}],
  ['momentum', 'SGD', { momentum: 0.9 }],
  ['nesterov', 'SGD', { momentum: 0.9, nesterov: true }],
  ['adagrad', 'Adagrad', { eps: 1e-7 }],
  ['rmsprop', 'RMSprop', { alpha: 0.99, eps: 1e-7 }],
  ['adam', 'Adam', { betas: [0.9, 0.999], eps: 1e-7 }],
];

function cellPath(name: LectureCellName, lr: number): number[][] {
  const compiled = compileCellRule({ code: lectureCells[name].code, label: { en: name, ko: name }, color: '#000' });
  if (!compiled.ok) throw new Error(compiled.error.message);
  const rule = compiled.rule;
  let x: tf.Tensor = tf.tensor1d(START);
  let state = rule.init(x);
  const curvature = tf.tensor1d(CURVATURE);
  const path: number[][] = [];
  for (let s = 0; s < STEPS; s++) {
    const grad = x.mul(curvature);
    const next = rule.update(x, grad, state, { ...resolveHyper('sgd'), learningRate: lr });
    tf.dispose([grad, x, ...Object.values(state).filter((v) => v instanceof tf.Tensor)]);
    x = next.params;
    state = next.state;
    path.push(Array.from(x.dataSync()));
  }
  tf.dispose([x, curvature, ...Object.values(state).filter((v) => v instanceof tf.Tensor)]);
  return path;
}

const rateOf = (name: LectureCellName) => resolveHyper(lectureCells[name].rule!).learningRate;

describe.skipIf(!python)('a cell and its torch.optim equivalent', () => {
  let torchPaths: number[][][] = [];
  beforeAll(() => {
    const specs = cases.map(([name, optimizer, kwargs]) => ({ optimizer, kwargs: { lr: rateOf(name), ...kwargs }, start: START, curvature: CURVATURE, steps: STEPS }));
    const run = spawnSync(python!, [script], { input: JSON.stringify(specs), encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(run.stderr);
    torchPaths = JSON.parse(run.stdout) as number[][][];
  });

  it.each(cases.map((c, i) => [...c, i] as const))('%s agrees with torch.optim.%s for 100 steps', (name, optimizer, _kwargs, index) => {
    expect(torchEquivalents[name]?.code).toContain(`torch.optim.${optimizer}(`);
    const lr = rateOf(name);
    const torchPath = torchPaths[index];
    const mine = cellPath(name, lr);
    for (let s = 0; s < STEPS; s++) {
      for (let i = 0; i < 2; i++) expect(Math.abs(mine[s][i] - torchPath[s][i])).toBeLessThanOrEqual(1e-5);
    }
    expect(Math.abs(mine[STEPS - 1][0] - START[0])).toBeGreaterThan(0.01);
  });
});
