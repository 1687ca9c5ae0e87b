/**
 * The regularization chapter's dropout numbers, on the DropoutExperiment's engine at its default
 * settings with its optional weight-decay copy switched on (the prose says so), tfjs wasm in
 * Node, seeds 1–3: final train and held-out accuracy of each copy. Writes
 * src/lib/measurements/dropout.json.
 */
import { it } from 'vitest';
import { defaults, type ParamValues } from '../../src/lib/params';
import { dropoutExperimentParams, EXPERIMENT_HELD_OUT } from '../../src/lib/widgets/dropoutExperiment';
import { commandFor, record } from './record';
import { dropoutRun } from './runs';

const SEEDS = [1, 2, 3];


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
