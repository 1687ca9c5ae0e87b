/**
 * The regularization chapter's dropout numbers, on the DropoutExperiment's engine at its default
 * settings with its optional weight-decay copy switched on (the prose says so), tfjs wasm in
 * Node, seeds 1–3: final train and held-out accuracy of each copy. Writes
 * src/lib/measurements/dropout.json.
 */
import { it } from 'vitest';
import { createDropoutExperiment } from '../../src/engines/dropoutExperiment';
import { defaults, type ParamValues } from '../../src/lib/params';
import { dropoutExperimentParams, dropoutExperimentSettings, EXPERIMENT_HELD_OUT } from '../../src/lib/widgets/dropoutExperiment';
import { loadShippedMnist } from '../unit/mnistData';
import { useWasmInNode } from '../unit/support/wasmNode';
import { commandFor, record } from './record';

const SEEDS = [1, 2, 3];

/** Final accuracies of every copy for the widget's `values` and `seed`, as the widget runs it. */
export async function dropoutRun(values: ParamValues, seed: number): Promise<Record<string, number>> {
  await useWasmInNode();
  const digits = await loadShippedMnist();
  const experiment = createDropoutExperiment({ digits, heldOutCount: EXPERIMENT_HELD_OUT, ...dropoutExperimentSettings({ ...values, seed }) });
  let snap = experiment.snapshot();
  while (!snap.done) snap = experiment.step(100);
  experiment.dispose();
  const out: Record<string, number> = {};
  for (const c of snap.copies) {
    const last = c.curve[c.curve.length - 1];
    out[`${c.name}Train`] = last.train;
    out[`${c.name}HeldOut`] = last.heldOut;
  }
  return out;
}

it('measures the dropout experiment at its defaults, weight-decay copy on', async () => {
  const { seed: _s, ...settings }: ParamValues = { ...defaults(dropoutExperimentParams), weightDecayCopy: true };
  const metrics: Record<string, number[]> = {};
  for (const seed of SEEDS) {
    const r = await dropoutRun(settings, seed);
    for (const [k, v] of Object.entries(r)) (metrics[k] ??= []).push(v);
    console.info(`[measure] dropout seed ${seed}: ${JSON.stringify(r)}`);
  }
  record('dropout', {
    id: 'dropout.defaults',
    widget: 'dropoutExperiment',
    settings,
    varied: ['weightDecayCopy'],
    seeds: SEEDS,
    metrics,
    engine: `tfjs wasm backend in Node, engines/dropoutExperiment.ts as the widget runs it (${EXPERIMENT_HELD_OUT} held-out digits)`,
    command: commandFor('dropout'),
  });
});
