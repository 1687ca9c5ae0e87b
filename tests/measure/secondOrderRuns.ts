/**
 * The race numbers the "first- vs second-order" section quotes (src/lib/measurements/secondOrder.json),
 * in one place for the measurement (secondOrder.measure.ts writes them) and the test that
 * recomputes one seed (tests/unit/secondOrderRace.test.ts): the race run as the widget runs it
 * (every racer its values switch on, the swarm from lib/widgets/raceStarts.ts), on tfjs's cpu
 * backend in Node. No tests here.
 */
import * as tf from '@tensorflow/tfjs';
import { createRace } from '../../src/engines/race';
import { surfaces, type SurfaceName } from '../../src/engines/surfaces';
import { defaults, type ParamValues } from '../../src/lib/params';
import { raceParams } from '../../src/lib/widgets/race';
import { builtInRacers } from '../../src/lib/widgets/raceEntries';
import { clampToWindow, raceStarts } from '../../src/lib/widgets/raceStarts';

/** Steps raced, and the last steps whose mean loss counts as where a racer settled. */
export const RACE_STEPS = 150;
export const SETTLED_OVER = 50;

/** The noisy race the prose describes: the race's defaults with gradient noise 0.5 and a swarm of 20. */
export function noisyRaceValues(): ParamValues {
  const values: ParamValues = { ...defaults(raceParams), noise: 0.5, particles: 20 };
  delete values.seed;
  return values;
}

/** Each racer's mean f − f_min over the last SETTLED_OVER of RACE_STEPS steps of the race at `values` and `seed`. */
export async function settledLosses(values: ParamValues, seed: number): Promise<Record<string, number>> {
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  const surface = surfaces[values.surface as SurfaceName];
  const start = clampToWindow(surface.domain, [Number(values.startX), Number(values.startY)]);
  const starts = raceStarts(surface.domain, start, Number(values.particles), seed);
  const race = createRace({ surface, entries: builtInRacers(values), starts, noise: Number(values.noise), seed });
  try {
    const snap = race.step(RACE_STEPS);
    return Object.fromEntries(snap.optimizers.map((o) => [o.id, o.loss.slice(-SETTLED_OVER).reduce((s, v) => s + v, 0) / SETTLED_OVER]));
  } finally {
    race.dispose();
  }
}

/** The quoted ratios: how many times higher L-BFGS and Newton settle than SGD with momentum. */
export async function noisySecondOrderRun(values: ParamValues, seed: number): Promise<Record<string, number>> {
  const settled = await settledLosses(values, seed);
  return { lbfgsOverMomentum: settled.lbfgs / settled.momentum, newtonOverMomentum: settled.newton / settled.momentum };
}
