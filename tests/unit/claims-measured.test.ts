/**
 * The engine recomputes the numbers the chapters print (src/lib/measurements/*.json): one seed
 * of every entry, run the way its widget runs it, must give the recorded values (seeded, so
 * deterministic on one backend; tfjs wasm in Node, like the measurements). The augmentation and
 * dropout entries are recomputed by the claims tests that already train those settings
 * (claims-augment, claims-dropout), so their runs are not paid for twice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { projectDigits } from '../../src/engines/transfer/projection';
import { STRATEGIES, type Strategy } from '../../src/engines/transfer/strategies';
import { measurements, type Measurement } from '../../src/lib/measurements';
import { labRun } from '../measure/runs';
import { loadShippedMnist } from './mnistData';
import { useWasmInNode } from './support/wasmNode';
import { loadShippedBody } from './transferModel';

/** Entries another claims test recomputes, and where. */
const RECOMPUTED_ELSEWHERE: Record<string, string> = {
  'augment.defaults': 'claims-augment.test.ts, seeds 1 and 2',
  'dropout.defaults': 'claims-dropout.test.ts, seeds 1 to 3',
  'lab.defaults': 'quadraticLab.test.ts (deterministic)',
  'lab.kappaTenfold': 'quadraticLab.test.ts (deterministic)',
  'lab.noise': 'quadraticLab.test.ts (deterministic)',
  'race.noisySecondOrder': 'secondOrderRace.test.ts, seed 1',
};
const here = measurements.filter((m) => m.widget === 'transferLab' || m.widget === 'featureProjection');

/** Expects the recomputed `got` to match entry `m`'s recorded values for its first seed. */
function expectRecorded(m: Measurement, got: Record<string, number>) {
  for (const [metric, values] of Object.entries(m.metrics)) {
    expect(got[metric], `${m.id} ${metric}, seed ${m.seeds[0]}`).toBeCloseTo(values[0], 6);
  }
}

beforeAll(async () => {
  await useWasmInNode();
});

describe('the measurement file and the engine agree', () => {
  it('every entry is recomputed here or by a named claims test', () => {
    for (const m of measurements) expect(here.includes(m) || m.id in RECOMPUTED_ELSEWHERE, m.id).toBe(true);
  });

  for (const m of here) {
    it(`${m.id}: seed ${m.seeds[0]} again`, async () => {
      const started = performance.now();
      if (m.widget === 'featureProjection') {
        const p = projectDigits(loadShippedBody().body, await loadShippedMnist(), Number(m.settings.count), m.seeds[0]);
        expectRecorded(m, { pretrained: p.pretrained.centroidAccuracy, random: p.random.centroidAccuracy });
      } else {
        const strategies = STRATEGIES.filter((s) => s in m.metrics) as Strategy[];
        expectRecorded(m, await labRun(m.settings, m.seeds[0], strategies));
      }
      console.info(`[claims-measured] ${m.id} seed ${m.seeds[0]}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }, 900_000);
  }
});
