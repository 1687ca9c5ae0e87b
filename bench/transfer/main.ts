/**
 * Benchmark page of the transfer chapter (never shipped: scripts/bench-transfer.mjs bundles it
 * into a temporary folder). Times, per tfjs backend, what the TransferLab and the drawing pad
 * cost: frozen-feature extraction (images/s through the pretrained body), head-only training at
 * N = 10 digits per class (features of the 100 examples plus the head to the chapter's stopping
 * rule, as the widget runs it), and one from-scratch training step of 64 digits. Every result
 * is read back, so a GPU backend has really finished. Exposes `window.transferBench`.
 */
import { featuresInChunks, initBody, initHead, disposeBody, disposeHead, type Body } from '~/engines/transfer/architecture';
import { disposeTransferData, transferData } from '~/engines/transfer/data';
import { loadPretrainedBody } from '~/engines/transfer/loadModel';
import { createTrainer, TRANSFER_RULES } from '~/engines/transfer/trainer';
import { getTf, trySetBackend } from '~/engines/tfRuntime';
import { CLASSES, decodeDigits, gather, gunzipIfNeeded, PIXELS, splitIndices, type DigitSet } from '~/lib/mnist';
import { createRng } from '~/lib/rng';

export interface TransferBenchResult {
  backend: string;
  ok: boolean;
  error?: string;
  imagesPerSecond: number;
  /** Per seed: seconds for features of the 100 examples plus head training to the rule. */
  headSeconds: number[];
  headSteps: number[];
  scratchStepSeconds: number | null;
}

const tf = getTf();
let digits: DigitSet | null = null;

async function loadDigits(): Promise<DigitSet> {
  digits ??= decodeDigits(await gunzipIfNeeded(new Uint8Array(await (await fetch('/mnist-10k.u8z')).arrayBuffer())));
  return digits;
}

/** Seconds for features + head at N = 10 (one seed), as trainPadClassifier and the lab do it. */
function headOnce(body: Body, set: DigitSet, seed: number): { seconds: number; steps: number } {
  const data = transferData(set, 10, 1, createRng(seed));
  const t0 = performance.now();
  const head = initHead(body.featureSize, CLASSES, createRng(seed));
  const trainer = createTrainer({ body, head, frozenLayers: body.layers.length, x: data.x, y: data.y, learningRate: TRANSFER_RULES.lrHead, rng: createRng(seed + 1) });
  while (!trainer.done) trainer.epoch(); // each epoch reads its loss back (dataSync)
  const seconds = (performance.now() - t0) / 1000;
  const steps = trainer.steps;
  trainer.dispose();
  disposeHead(head);
  disposeTransferData(data);
  return { seconds, steps };
}

/** Seconds of one from-scratch training step on 64 digits (after one warm-up step). */
function scratchStep(body: Body, set: DigitSet): number {
  const data = transferData(set, 10, 1, createRng(9));
  const fresh = initBody(body.layers, createRng(9));
  const head = initHead(fresh.featureSize, CLASSES, createRng(9));
  const trainer = createTrainer({ body: fresh, head, frozenLayers: 0, x: data.x, y: data.y, learningRate: TRANSFER_RULES.lrScratch, rng: createRng(10) });
  trainer.epoch(); // warm-up: 2 steps of 64 + 36 and the loss over all 100
  const t0 = performance.now();
  trainer.epoch();
  const seconds = (performance.now() - t0) / 1000 / 2;
  trainer.dispose();
  disposeHead(head);
  disposeBody(fresh);
  disposeTransferData(data);
  return seconds;
}

/** Feature throughput over `count` held-out digits, head-only timings for seeds 1-3, a scratch step. */
async function run(backend: string, count: number, withScratch: boolean): Promise<TransferBenchResult> {
  const fail = (error: string): TransferBenchResult => ({ backend, ok: false, error, imagesPerSecond: NaN, headSeconds: [], headSteps: [], scratchStepSeconds: null });
  if (!(await trySetBackend(backend))) return fail('backend did not start');
  try {
    const set = await loadDigits();
    // Loaded once; tfjs moves the weights to each new backend on first use (in the warm-up).
    const { body } = await loadPretrainedBody('/', fetch);
    const held = gather(set, splitIndices(set).heldOut.subarray(0, count));
    const x = tf.tensor2d(held.x, [count, PIXELS]);
    const warm = featuresInChunks(body, x.slice([0, 0], [50, -1]) as typeof x);
    await warm.data();
    warm.dispose();
    const t0 = performance.now();
    const f = featuresInChunks(body, x);
    await f.data();
    const imagesPerSecond = count / ((performance.now() - t0) / 1000);
    tf.dispose([f, x]);
    headOnce(body, set, 4); // warm-up of the training kernels
    const heads = [1, 2, 3].map((seed) => headOnce(body, set, seed));
    const scratchStepSeconds = withScratch ? scratchStep(body, set) : null;
    return { backend, ok: true, imagesPerSecond, headSeconds: heads.map((h) => h.seconds), headSteps: heads.map((h) => h.steps), scratchStepSeconds };
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}

(window as unknown as { transferBench: unknown }).transferBench = { run, tfVersion: tf.version.tfjs };
