/**
 * The regularization chapter's augmentation numbers, on the AugmentationExperiment's engine at
 * its default settings (tfjs wasm in Node), seeds 1–3: final train and held-out accuracy of the
 * copy without and the copy with augmentation. Writes src/lib/measurements/augment.json.
 */
import { it } from 'vitest';
import { defaults } from '../../src/lib/params';
import { AUGMENT_HELD_OUT, augmentExperimentParams } from '../../src/lib/widgets/augmentExperiment';
import { commandFor, record } from './record';
import { augmentRun } from './runs';

const SEEDS = [1, 2, 3];


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
