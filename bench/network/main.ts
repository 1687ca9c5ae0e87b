/**
 * Benchmark page of the network race (never shipped: scripts/bench-network.mjs bundles it into a
 * temporary folder). Trains the widget's network, a 784 → 64 → 10 ReLU MLP with softmax
 * cross-entropy and plain SGD, on the shipped MNIST digits:
 *   - with TensorFlow.js on one backend, through engines/networkRace.ts exactly as the widget
 *     does (one racer, batches read back k at a time);
 *   - with ConvNetJS 0.3 (fc 64 relu → softmax, Trainer sgd, momentum 0), on the same digits
 *     in the same seeded batch order.
 * Exposes `window.networkBench` for the Playwright driver.
 */
import type { Scalar, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import convnetjs from 'convnetjs';
import { createNetworkRace } from '~/engines/networkRace';
import { getTf, trySetBackend } from '~/engines/tfRuntime';
import { createRng } from '~/lib/rng';
import { decodeDigits, gather, gunzipIfNeeded, splitIndices, type DigitSet } from '~/lib/mnist';
import { batchOrder, epochsFor } from '~/engines/trainLoop';
import { digitTensors, disposeDigitTensors } from '~/engines/mnistLoader';
import { initMlp } from '~/engines/mlp';

export interface BenchConfig {
  trainCount: number;
  batchSize: number;
  hidden: number;
  learningRate: number;
  seed: number;
  /** Timed seconds per measurement (after the warm-up). */
  seconds: number;
  /** Steps per step(k) call: one loss read-back per call, as one animation frame of the widget. */
  stepsPerCall: number;
}

export interface BenchResult {
  name: string;
  ok: boolean;
  error?: string;
  steps: number;
  seconds: number;
  examplesPerSecond: number;
  /** Mean batch loss of the last 10 steps: shows the network really trained. */
  finalLoss: number;
}

let digits: DigitSet | null = null;

async function loadDigits(): Promise<DigitSet> {
  if (digits) return digits;
  const response = await fetch('/mnist-10k.u8z');
  if (!response.ok) throw new Error(`MNIST file: HTTP ${response.status}`);
  digits = decodeDigits(await gunzipIfNeeded(new Uint8Array(await response.arrayBuffer())));
  return digits;
}

const meanOfLast = (values: readonly number[], n: number) => {
  const tail = values.slice(-n);
  return tail.reduce((a, b) => a + b, 0) / Math.max(1, tail.length);
};

/** Examples per second of the widget's engine on tfjs backend `backend`. */
async function runTfjs(backend: string, c: BenchConfig): Promise<BenchResult> {
  const name = `tfjs ${backend}`;
  if (!(await trySetBackend(backend))) return { name, ok: false, error: 'backend did not start', steps: 0, seconds: 0, examplesPerSecond: 0, finalLoss: NaN };
  const set = await loadDigits();
  const race = createNetworkRace({
    digits: set, trainCount: c.trainCount, heldOutCount: 1000, hidden: c.hidden, batchSize: c.batchSize,
    optimizers: [{ name: 'sgd', hyper: { learningRate: c.learningRate } }],
    schedule: { name: 'constant' }, steps: 1e6, seed: c.seed, evalEvery: 1e6,
  });
  try {
    race.step(c.stepsPerCall); // warm-up: shader compilation, wasm instantiation
    const started = performance.now();
    let snapshot = race.snapshot();
    const first = snapshot.step;
    while (performance.now() - started < c.seconds * 1000) snapshot = race.step(c.stepsPerCall);
    const seconds = (performance.now() - started) / 1000;
    const steps = snapshot.step - first;
    return { name, ok: true, steps, seconds, examplesPerSecond: (steps * c.batchSize) / seconds, finalLoss: meanOfLast(snapshot.racers[0].loss, 10) };
  } finally {
    race.dispose();
  }
}

/** Examples per second of ConvNetJS on the same digits, batch size, rate and batch order. */
async function runConvnet(c: BenchConfig): Promise<BenchResult> {
  const set = await loadDigits();
  const indices = splitIndices(set).train.subarray(0, c.trainCount);
  const { x, y } = gather(set, indices);
  const vols = Array.from({ length: c.trainCount }, (_, i) => {
    const v = new convnetjs.Vol(1, 1, 784, 0);
    v.w.set(x.subarray(i * 784, (i + 1) * 784));
    return v;
  });
  const net = new convnetjs.Net();
  net.makeLayers([
    { type: 'input', out_sx: 1, out_sy: 1, out_depth: 784 },
    { type: 'fc', num_neurons: c.hidden, activation: 'relu' },
    { type: 'softmax', num_classes: 10 },
  ]);
  const trainer = new convnetjs.Trainer(net, { method: 'sgd', learning_rate: c.learningRate, batch_size: c.batchSize, momentum: 0, l2_decay: 0 });
  const batches = batchOrder(c.trainCount, c.batchSize, 200, createRng(c.seed));
  const losses: number[] = [];
  let b = 0;
  const trainBatch = () => {
    let sum = 0;
    for (const p of batches[b++ % batches.length]) sum += trainer.train(vols[p], y[p]).cost_loss;
    losses.push(sum / c.batchSize);
  };
  trainBatch(); // warm-up: the JIT compiles the hot loops
  const started = performance.now();
  let steps = 0;
  while (performance.now() - started < c.seconds * 1000) {
    for (let i = 0; i < c.stepsPerCall; i++) trainBatch();
    steps += c.stepsPerCall;
  }
  const seconds = (performance.now() - started) / 1000;
  return { name: 'ConvNetJS 0.3', ok: true, steps, seconds, examplesPerSecond: (steps * c.batchSize) / seconds, finalLoss: meanOfLast(losses, 10) };
}

/** One measurement by name: "convnetjs" or a tfjs backend ("webgl", "wasm", "cpu"). */
async function run(name: string, config: BenchConfig): Promise<BenchResult> {
  try {
    if (name === 'convnetjs') return await runConvnet(config);
    return await runTfjs(name, config);
  } catch (e) {
    return { name, ok: false, error: e instanceof Error ? e.message : String(e), steps: 0, seconds: 0, examplesPerSecond: 0, finalLoss: NaN };
  }
}

declare global {
  interface Window {
    networkBench: { run: typeof run; tfVersion: string; crossOriginIsolated: boolean };
  }
}

window.networkBench = { run, tfVersion: getTf().version.tfjs, crossOriginIsolated: self.crossOriginIsolated === true };
