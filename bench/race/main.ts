/**
 * Benchmark page of the optimizer race (never shipped: scripts/bench-race.mjs bundles it into a
 * temporary folder). Steps six optimizers on the ravine with n particles each, through
 * engines/race.ts exactly as the widget does (one read-back per step call).
 */
import { createRace } from '~/engines/race';
import { optimizerNames } from '~/engines/optimizers';
import { surfaces } from '~/engines/surfaces';
import { getTf, trySetBackend } from '~/engines/tfRuntime';
import { createRng } from '~/lib/rng';

interface RaceBenchResult {
  ok: boolean;
  error?: string;
  stepsPerSecond: number;
  steps: number;
  tensorsBefore: number;
  tensorsAfter: number;
}

/** Random starts inside the ravine's domain. */
function starts(n: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const { x, y } = surfaces.ravine.domain;
  const out = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    out[2 * i] = x[0] + (x[1] - x[0]) * rng.next();
    out[2 * i + 1] = y[0] + (y[1] - y[0]) * rng.next();
  }
  return out;
}

async function run(backend: string, particles: number, seconds: number, stepsPerCall: number): Promise<RaceBenchResult> {
  const tf = getTf();
  if (!(await trySetBackend(backend))) return { ok: false, error: `${backend} unavailable`, stepsPerSecond: 0, steps: 0, tensorsBefore: 0, tensorsAfter: 0 };
  const tensorsBefore = tf.memory().numTensors;
  const race = createRace({
    surface: surfaces.ravine,
    entries: optimizerNames.map((name) => ({ name, hyper: {} })),
    starts: starts(particles, 1),
    noise: 0.05,
    seed: 3,
  });
  try {
    race.step(stepsPerCall); // warm-up: shader compilation, wasm start
    let steps = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < seconds * 1000) {
      race.step(stepsPerCall);
      steps += stepsPerCall;
    }
    const elapsed = (performance.now() - t0) / 1000;
    return { ok: true, stepsPerSecond: steps / elapsed, steps, tensorsBefore, tensorsAfter: 0 };
  } catch (e) {
    return { ok: false, error: String(e), stepsPerSecond: 0, steps: 0, tensorsBefore, tensorsAfter: 0 };
  } finally {
    race.dispose();
  }
}

(window as unknown as { raceBench: unknown }).raceBench = {
  tfVersion: getTf().version.tfjs,
  run: async (backend: string, particles: number, seconds: number, stepsPerCall: number) => {
    const result = await run(backend, particles, seconds, stepsPerCall);
    result.tensorsAfter = getTf().memory().numTensors;
    return result;
  },
};
