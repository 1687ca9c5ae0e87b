/**
 * The network race's own claim, moved here from networkRace.test.ts so the fast unit project
 * stays fast: Adam at 1e-3 trains the real 784-64-10 net past 85 % held-out accuracy in 300
 * steps. On tfjs's wasm backend (tests/unit/support/wasmNode.ts), a few times faster than cpu
 * for this net; the seeded Rng gives the same run on both.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNetworkRace } from '../../src/engines/networkRace';
import type { DigitSet } from '../../src/lib/mnist';
import { loadShippedMnist } from './mnistData';
import { useWasmInNode } from './support/wasmNode';

let digits: DigitSet;

beforeAll(async () => {
  await useWasmInNode();
  digits = await loadShippedMnist();
});

describe('network race: training', () => {
  it('trains Adam at 1e-3 on 2,000 digits past 85% held-out accuracy in 300 steps', () => {
    const race = createNetworkRace(
      {
        digits,
        trainCount: 2000,
        heldOutCount: 1000,
        hidden: 64,
        batchSize: 64,
        optimizers: [{ name: 'adam' }],
        schedule: { name: 'constant' },
        steps: 300,
        evalEvery: 100,
        seed: 42,
      },
    );
    const started = performance.now();
    let s = race.step(0);
    while (!s.done) s = race.step(10);
    const msPerStep = (performance.now() - started) / 300;
    race.dispose();
    const adam = s.racers[0];
    const acc = adam.heldOutAccuracy.map((a) => `${a.step}:${(a.accuracy * 100).toFixed(1)}%`).join(' ');
    console.log(`adam 1e-3, 784-64-10, batch 64: held-out ${acc}; ${msPerStep.toFixed(1)} ms/step (${tf.getBackend()})`);
    expect(adam.step).toBe(300);
    expect(adam.examplesSeen).toBe(300 * 64);
    expect(adam.heldOutAccuracy.map((a) => a.step)).toEqual([0, 100, 200, 300]);
    expect(adam.heldOutAccuracy[0].accuracy).toBeLessThan(0.3);
    expect(adam.heldOutAccuracy[3].accuracy).toBeGreaterThan(0.85);
    expect(adam.smoothedLoss[299]).toBeLessThan(adam.smoothedLoss[0] / 3);
  });
});
