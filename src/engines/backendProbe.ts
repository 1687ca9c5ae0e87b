/**
 * Picks the tfjs backend by measuring, not guessing: a few training steps of a small MLP
 * (784 → 64 → 10, batch 64, plain SGD) on each backend that starts. WebGL on a real GPU wins;
 * on a software renderer (SwiftShader) or without WebGL, wasm usually does; cpu is the floor.
 */
import type { Tensor } from '@tensorflow/tfjs';
import { initMlp, loss, type MlpWeights } from './mlp';
import { createRng } from '../lib/rng';
import { BACKEND_ORDER, getTf, trySetBackend } from './tfRuntime';

export interface ProbeResult {
  backend: string;
  /** Training steps per second after warm-up; null when the backend did not start. */
  stepsPerSecond: number | null;
  /** Wall time the probe spent on this backend, start-up and warm-up included. */
  probeMs: number;
}

export interface ProbeOptions {
  backends?: readonly string[];
  /** Untimed steps first: the first steps compile shaders or instantiate wasm. */
  warmupSteps?: number;
  timedSteps?: number;
  batch?: number;
}

/** Timed steps stop once this much time has passed (at least one step is always timed). */
const TIME_BUDGET_MS = 300;

/** Times each backend and returns the results plus the fastest one that started. */
export async function probeBackends(options: ProbeOptions = {}): Promise<{ best: string; results: ProbeResult[] }> {
  const { backends = BACKEND_ORDER, warmupSteps = 2, timedSteps = 5, batch = 64 } = options;
  const results: ProbeResult[] = [];
  for (const backend of backends) {
    const started = performance.now();
    const ok = await trySetBackend(backend);
    const stepsPerSecond = ok ? await timeSteps(warmupSteps, timedSteps, batch).catch(() => null) : null;
    results.push({ backend, stepsPerSecond, probeMs: Math.round(performance.now() - started) });
  }
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
