/**
 * The optimizer race's swarm in Node (never shipped: scripts/bench-race.mjs bundles it for its
 * swarm row): 6 optimizers × n particles on the ravine with gradient noise, one read-back per
 * call, stepped 'apart' (one tensor set per optimizer, as before fusion), fused as 'tensors'
 * (engines/fusedSwarm.ts) or fused in plain 'js' (lib/firstOrderSwarm.ts), on tfjs's cpu or wasm.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRace } from '~/engines/race';
import { optimizerNames } from '~/engines/optimizers';
import { surfaces } from '~/engines/surfaces';
import { createRng } from '~/lib/rng';

export const tfVersion = tf.version.tfjs;

/** Where the wasm binaries are on disk (node_modules), set before the first switch to wasm. */
export function useWasmFrom(dir: string): void {
  setWasmPaths(dir);
}

/** Steps per second of the swarm over about `seconds` (after one warm-up call). */
export async function swarmSpeed(backend: string, fuse: 'apart' | 'tensors' | 'js', n: number, seconds: number, stepsPerCall: number) {
  if (!(await tf.setBackend(backend))) return { ok: false, stepsPerSecond: 0, leaked: 0 };
  await tf.ready();
  const rng = createRng(1);
  const { x, y } = surfaces.ravine.domain;
  const starts = Float32Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? x[0] + rng.next() * (x[1] - x[0]) : y[0] + rng.next() * (y[1] - y[0])));
  const before = tf.memory().numTensors;
  const race = createRace({ surface: surfaces.ravine, entries: optimizerNames.map((name) => ({ name, hyper: {} })), starts, noise: 0.05, seed: 3, fuse });
  race.step(stepsPerCall);
  let steps = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    race.step(stepsPerCall);
    steps += stepsPerCall;
  }
  const elapsed = (performance.now() - t0) / 1000;
  race.dispose();
  return { ok: true, stepsPerSecond: steps / elapsed, leaked: tf.memory().numTensors - before };
}
