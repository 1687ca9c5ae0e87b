/**
 * Picks the tfjs backend by measuring, not guessing: a few training steps of a small MLP
 * (784 → 64 → 10, batch 64, plain SGD) on each backend that starts. WebGL on a real GPU wins;
 * on a software renderer (SwiftShader) or without WebGL, wasm does; cpu is the floor.
 *
 * Two timings are left out because their loser is known and timing it costs the reader most of
 * the probe (measured on SwiftShader, two cores: webgl 1.3–1.4 s compiling shaders on the CPU,
 * then 44–48 steps/s; cpu ~0.3 s at 41 steps/s; wasm ~0.1 s at 263–431 steps/s):
 *   - webgl on a software renderer (lib/softwareRenderer.ts), unless nothing else starts;
 *   - cpu once wasm ran: both run tfjs's kernels on the CPU, wasm as compiled SIMD code.
 * A skipped backend is still offered by the backend switch.
 */
import type { Tensor } from '@tensorflow/tfjs';
import { initMlp, loss, type MlpWeights } from './mlp';
import { createRng } from '../lib/rng';
import { BACKEND_ORDER, getTf, trySetBackend } from './tfRuntime';

/** Why a backend was not timed. */
export type ProbeSkip = 'software renderer' | 'wasm runs';

export interface ProbeResult {
  backend: string;
  /** Training steps per second after warm-up; null when the backend did not start or was skipped. */
  stepsPerSecond: number | null;
  /** Set when the backend was not timed, and why. */
  skipped?: ProbeSkip;
  /** Wall time the probe spent on this backend, start-up and warm-up included. */
  probeMs: number;
}

export interface ProbeOptions {
  backends?: readonly string[];
  /** Untimed steps first: the first steps compile shaders or instantiate wasm. */
  warmupSteps?: number;
  timedSteps?: number;
  batch?: number;
  /** The WebGL here is a software rasterizer: webgl is timed only if no other backend starts. */
  softwareWebGl?: boolean;
}

/** Timed steps stop once this much time has passed (at least one step is always timed). */
const TIME_BUDGET_MS = 300;

/** Times each backend and returns the results plus the fastest one that started. */
export async function probeBackends(options: ProbeOptions = {}): Promise<{ best: string; results: ProbeResult[] }> {
  const { backends = BACKEND_ORDER, warmupSteps = 2, timedSteps = 5, batch = 64, softwareWebGl = false } = options;
  const time = async (backend: string): Promise<ProbeResult> => {
    const started = performance.now();
    const ok = await trySetBackend(backend);
    const stepsPerSecond = ok ? await timeSteps(warmupSteps, timedSteps, batch).catch(() => null) : null;
    return { backend, stepsPerSecond, probeMs: Math.round(performance.now() - started) };
  };
  const results: ProbeResult[] = [];
  const ran = (name: string) => results.some((r) => r.backend === name && r.stepsPerSecond !== null);
  for (const backend of backends) {
    const skipped: ProbeSkip | null = backend === 'webgl' && softwareWebGl ? 'software renderer' : backend === 'cpu' && ran('wasm') ? 'wasm runs' : null;
    results.push(skipped ? { backend, stepsPerSecond: null, probeMs: 0, skipped } : await time(backend));
  }
  // A software WebGL is still better than nothing.
  const webglAt = results.findIndex((r) => r.skipped === 'software renderer');
  if (webglAt >= 0 && !results.some((r) => r.stepsPerSecond !== null)) results[webglAt] = await time('webgl');
  const usable = results.filter((r) => r.stepsPerSecond !== null);
  if (usable.length === 0) throw new Error(`No TensorFlow.js backend started (tried ${backends.join(', ')})`);
  const best = usable.reduce((a, b) => ((b.stepsPerSecond ?? 0) > (a.stepsPerSecond ?? 0) ? b : a)).backend;
  await trySetBackend(best);
  return { best, results };
}

/** Steps per second of SGD on a 784-64-10 MLP, on the current backend. */
async function timeSteps(warmupSteps: number, timedSteps: number, batch: number): Promise<number> {
  const tf = getTf();
  const rng = createRng(7);
  const xs = new Float32Array(batch * 784);
  for (let i = 0; i < xs.length; i++) xs[i] = rng.next();
  const labels = new Float32Array(batch);
  for (let i = 0; i < batch; i++) labels[i] = rng.int(10);
  const x = tf.tensor2d(xs, [batch, 784]);
  const y = tf.tensor1d(labels);
  let weights: MlpWeights = initMlp([784, 64, 10], 1);
  const step = async () => {
    const next = tf.tidy(() => {
      const grads = tf.grads((...ws: Tensor[]) => loss(ws, x, y))(weights);
      return weights.map((w, i) => tf.sub(w, tf.mul(0.01, grads[i])));
    });
    weights.forEach((w) => w.dispose());
    weights = next;
  };
  try {
    for (let i = 0; i < warmupSteps; i++) await step();
    await weights[0].data();
    const start = performance.now();
    let done = 0;
    // A slow backend stops early: a few hundred milliseconds already show it will not win.
    while (done < timedSteps && (done === 0 || performance.now() - start < TIME_BUDGET_MS)) {
      await step();
      done++;
    }
    // Reading a result back waits for queued GPU work, so the clock covers the real cost.
    await weights[weights.length - 1].data();
    return (done * 1000) / Math.max(1e-3, performance.now() - start);
  } finally {
    weights.forEach((w) => w.dispose());
    x.dispose();
    y.dispose();
  }
}
