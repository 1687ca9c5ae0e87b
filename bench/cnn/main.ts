/**
 * Benchmark page of the augmentation CNN (never shipped: scripts/bench-cnn.mjs bundles it). Times,
 * per tfjs backend, one gradient step of the widget's CNN (8 and 16 channels, a batch of 32 digits)
 * with its convolutions as plain im2col + matMul differentiated by tfjs, against conv3x3.ts's
 * written-out gradients, which the CNN uses. Every gradient is read back, so a GPU backend has
 * really finished. Exposes `window.cnnBench`.
 */
import { cnnLoss, initCnn, type CnnWeights } from '~/engines/cnn';
import { conv3x3Fast, im2col } from '~/engines/conv3x3';
import { getTf, trySetBackend } from '~/engines/tfRuntime';
import type * as TF from '@tensorflow/tfjs';

const tf = getTf();
const BATCH = 32;

type Conv = (x: TF.Tensor4D, k: TF.Tensor2D, b: TF.Tensor1D) => TF.Tensor4D;

const im2colConv: Conv = (x, k, b) => tf.add(tf.matMul(im2col(x), k), b).reshape([...x.shape.slice(0, 3), k.shape[1]]) as TF.Tensor4D;

/** The CNN's loss with its two convolutions swapped for `conv` (same layers as cnn.ts). */
function lossWith(conv: Conv, w: CnnWeights, x: TF.Tensor2D, y: TF.Tensor1D): TF.Scalar {
  return tf.tidy(() => {
    let h = tf.reshape(x, [BATCH, 28, 28, 1]) as TF.Tensor4D;
    h = tf.maxPool(tf.relu(conv(h, w[0] as TF.Tensor2D, w[1] as TF.Tensor1D)), 2, 2, 'valid');
    h = tf.maxPool(tf.relu(conv(h, w[2] as TF.Tensor2D, w[3] as TF.Tensor1D)), 2, 2, 'valid');
    const logits = tf.add(tf.matMul(tf.reshape(h, [BATCH, -1]), w[4]), w[5]);
    return tf.losses.softmaxCrossEntropy(tf.oneHot(tf.cast(y, 'int32'), 10), logits) as TF.Scalar;
  });
}

/** Milliseconds per gradient step (median of `repeats`, after one warm-up step). */
function stepMs(loss: (w: CnnWeights) => TF.Scalar, weights: CnnWeights, repeats: number): number {
  const once = () => {
    const t0 = performance.now();
    const grads = tf.grads((...w: TF.Tensor[]) => loss(w))(weights);
    for (const g of grads) g.dataSync();
    tf.dispose(grads);
    return performance.now() - t0;
  };
  once();
  const times = Array.from({ length: repeats }, once).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function run(backend: string, repeats: number) {
  if (!(await trySetBackend(backend))) return { backend, ok: false, error: 'backend did not start' };
  const weights = initCnn([8, 16], 1);
  const x = tf.randomUniform([BATCH, 784], 0, 1, 'float32', 1) as TF.Tensor2D;
  const y = tf.tensor1d(Array.from({ length: BATCH }, (_, i) => i % 10));
  try {
    const plain = stepMs((w) => lossWith(im2colConv, w, x, y), weights, repeats);
    const fast = stepMs((w) => lossWith(conv3x3Fast, w, x, y), weights, repeats);
    // The CNN itself, to show it is the fast path that the widget runs.
    const widget = stepMs((w) => cnnLoss(w, x, y), weights, repeats);
    return { backend, ok: true, plain, fast, widget };
  } catch (e) {
    return { backend, ok: false, error: e instanceof Error ? e.message : String(e) };
  } finally {
    tf.dispose([...weights, x, y]);
  }
}

(window as unknown as { cnnBench: unknown }).cnnBench = { run, tfVersion: tf.version.tfjs };
