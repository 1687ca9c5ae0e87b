/**
 * The optimization chapter's second-order race numbers: with gradient noise 0.5 and a swarm of
 * 20 on the ravine (the race's other settings at their defaults, every racer on), how many times
 * higher L-BFGS and Newton settle than SGD with momentum, seeds 1–4. Writes
 * src/lib/measurements/secondOrder.json.
 */
import { it } from 'vitest';
import { commandFor, record } from './record';
import { noisyRaceValues, noisySecondOrderRun, RACE_STEPS, SETTLED_OVER } from './secondOrderRuns';

const SEEDS = [1, 2, 3, 4];

it('measures the noisy second-order race', async () => {
  const settings = noisyRaceValues();
  const metrics: Record<string, number[]> = {};
  for (const seed of SEEDS) {
    const r = await noisySecondOrderRun(settings, seed);
    for (const [k, v] of Object.entries(r)) (metrics[k] ??= []).push(v);
    console.info(`[measure] secondOrder seed ${seed}: ${JSON.stringify(r)}`);
  }
  record('secondOrder', {
    id: 'race.noisySecondOrder',
    widget: 'race',
    settings,
    varied: ['noise', 'particles'],
    seeds: SEEDS,
    metrics,
    formats: { lbfgsOverMomentum: { kind: 'number', digits: 1 }, newtonOverMomentum: { kind: 'number', digits: 0 } },
    engine: `tfjs cpu backend in Node, engines/race.ts as the widget runs it; mean f − f_min over the last ${SETTLED_OVER} of ${RACE_STEPS} steps`,
    command: commandFor('secondOrder'),
  });
});
