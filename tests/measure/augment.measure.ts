/**
 * The regularization chapter's augmentation numbers, on the AugmentationExperiment's engine at
 * its default settings (tfjs wasm in Node), seeds 1–3: final train and held-out accuracy of the
 * copy without and the copy with augmentation. Writes src/lib/measurements/augment.json.
 */
import { it } from 'vitest';
import { createAugmentExperiment } from '../../src/engines/augmentExperiment';
import { defaults, type ParamValues } from '../../src/lib/params';
import { AUGMENT_EVAL_POINTS, AUGMENT_HELD_OUT, augmentExperimentParams, augmentExperimentSettings } from '../../src/lib/widgets/augmentExperiment';
import { loadShippedMnist } from '../unit/mnistData';
import { useWasmInNode } from '../unit/support/wasmNode';
import { commandFor, record } from './record';

const SEEDS = [1, 2, 3];

/** Final accuracies of both copies for the widget's `values` and `seed`, as the widget runs it. */
export async function augmentRun(values: ParamValues, seed: number): Promise<Record<string, number>> {
  await useWasmInNode();
  const digits = await loadShippedMnist();
  const settings = augmentExperimentSettings({ ...values, seed });
  const experiment = createAugmentExperiment({ digits, heldOutCount: AUGMENT_HELD_OUT, evalPoints: AUGMENT_EVAL_POINTS, ...settings });
  let snap = experiment.snapshot();
  while (!snap.done) snap = experiment.step(50);
  experiment.dispose();
  const [plain, augmented] = snap.copies.map((c) => c.curve[c.curve.length - 1]);
  return { plainTrain: plain.train, plainHeldOut: plain.heldOut, augmentedTrain: augmented.train, augmentedHeldOut: augmented.heldOut };
}

it('measures the augmentation experiment at its defaults', async () => {
  const { seed: _s, ...settings } = defaults(augmentExperimentParams);
  const metrics: Record<string, number[]> = {};
  for (const seed of SEEDS) {
    const r = await augmentRun(settings, seed);
    for (const [k, v] of Object.entries(r)) (metrics[k] ??= []).push(v);
    console.info(`[measure] augment seed ${seed}: ${JSON.stringify(r)}`);
  }
  record('augment', {
    id: 'augment.defaults',
    widget: 'augmentExperiment',
    settings,
    varied: [],
    seeds: SEEDS,
    metrics,
    engine: `tfjs wasm backend in Node, engines/augmentExperiment.ts as the widget runs it (${AUGMENT_HELD_OUT} held-out digits)`,
    command: commandFor('augment'),
  });
});
