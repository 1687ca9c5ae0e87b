/**
 * The transfer chapter's network as plain tensors, so each strategy chooses exactly which ones
 * train:
 *
 *   [n, 784] ─reshape─► [n, 28, 28, 1] ─conv1 3x3, 32─ReLU─pool 2─► ─conv2 3x3, 64─ReLU─pool 2─►
 *   ─conv3 3x3, 128─ReLU─► [n, 7, 7, 128] ─global average─► features [n, 128] ─head─► logits
 *
 * The layer list comes from the shipped model.json (scripts/pretrain/model.py writes it), so the
 * PyTorch original and this copy cannot drift apart. Convolutions go through conv3x3.ts's
 * conv3x3Fast (tf.conv2d forward, gradients written out), because tfjs-backend-wasm 4.22 has no
 * Conv2DBackpropFilter: fine-tuning and scratch training run on webgl, wasm and cpu alike. A TF
 * kernel [3, 3, in, out] reshaped to [9·in, out] is exactly that im2col layout.
 * Features can also be read from an earlier stage (`depth` < number of layers): the global
 * average of conv<depth>'s output, for the lecture's "linear classifiers from different stages".
 * Ownership: functions return new tensors the caller owns; dispose bodies with disposeBody.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE } from '../../lib/mnist';
import type { Rng } from '../../lib/rng';
import { conv3x3Fast } from '../conv3x3';

export interface LayerSpec {
  name: string;
  filters: number;
  /** A 2x2 max pool follows the ReLU. */
  pool: boolean;
}

export interface Body {
  layers: readonly LayerSpec[];
  /** Per layer: kernel [9·in, out] in im2col layout. */
  kernels: tf.Variable[];
  biases: tf.Variable[];
  featureSize: number;
}

export interface Head {
  w: tf.Variable;
  b: tf.Variable;
}

/** Glorot-uniform values (tfjs's default initializer) drawn from the seeded `rng`. */
function glorot(rows: number, cols: number, fanIn: number, fanOut: number, rng: Rng): tf.Tensor2D {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const values = new Float32Array(rows * cols);
  for (let i = 0; i < values.length; i++) values[i] = (rng.next() * 2 - 1) * limit;
  return tf.tensor2d(values, [rows, cols]);
}

/** A body with the given kernels and biases (copied into fresh variables). */
export function makeBody(layers: readonly LayerSpec[], kernels: tf.Tensor[], biases: tf.Tensor[]): Body {
  if (layers.length === 0) throw new Error('Expected at least one conv layer, but got none');
  let channels = 1;
  layers.forEach((layer, i) => {
    const want = [9 * channels, layer.filters];
    if (kernels[i]?.shape.join() !== want.join()) {
      throw new Error(`Expected ${layer.name} kernel of shape [${want}], but got [${kernels[i]?.shape ?? 'nothing'}]`);
    }
    channels = layer.filters;
  });
  return {
    layers,
    kernels: kernels.map((k) => tf.variable(k, true)),
    biases: biases.map((b) => tf.variable(b, true)),
    featureSize: channels,
  };
}

/** The same architecture with fresh Glorot-uniform kernels and zero biases ("from scratch"). */
export function initBody(layers: readonly LayerSpec[], rng: Rng): Body {
  let channels = 1;
  const kernels: tf.Tensor[] = [];
  const biases: tf.Tensor[] = [];
  for (const layer of layers) {
    kernels.push(glorot(9 * channels, layer.filters, 9 * channels, 9 * layer.filters, rng));
    biases.push(tf.zeros([layer.filters]));
    channels = layer.filters;
  }
  const body = makeBody(layers, kernels, biases);
  tf.dispose([...kernels, ...biases]);
  return body;
}

/** An independent copy (fine-tuning must not change the shared pretrained body). */
export function cloneBody(body: Body): Body {
  return makeBody(body.layers, body.kernels, body.biases);
}

/** A new dense head features -> classes, Glorot-uniform from `rng`, zero bias. */
export function initHead(featureSize: number, classes: number, rng: Rng): Head {
  const w = glorot(featureSize, classes, featureSize, classes, rng);
  const b = tf.zeros([classes]);
  // tf.variable keeps its own reference to the values: the initial tensors are freed here.
  const head = { w: tf.variable(w, true), b: tf.variable(b, true) };
  tf.dispose([w, b]);
  return head;
}

/** Channels of the features read after `depth` conv layers (the last layer's by default). */
export function featureSizeAt(body: Body, depth: number = body.layers.length): number {
  if (!Number.isInteger(depth) || depth < 1 || depth > body.layers.length) {
    throw new Error(`Expected a feature depth from 1 to ${body.layers.length}, but got ${depth}`);
  }
  return body.layers[depth - 1].filters;
}

/** Globally averaged output [n, channels] of the first `depth` blocks (conv, ReLU, pool) of images x [n, 784] in [0, 1]. */
export function bodyFeatures(body: Body, x: tf.Tensor2D, depth: number = body.layers.length): tf.Tensor2D {
  featureSizeAt(body, depth);
  return tf.tidy(() => {
    let h = x.reshape([x.shape[0], IMAGE_SIZE, IMAGE_SIZE, 1]) as tf.Tensor4D;
    body.layers.slice(0, depth).forEach((layer, i) => {
      h = tf.relu(conv3x3Fast(h, body.kernels[i] as tf.Tensor2D, body.biases[i] as tf.Tensor1D));
      if (layer.pool) h = tf.maxPool(h, 2, 2, 'valid');
    });
    return tf.mean(h, [1, 2]) as tf.Tensor2D;
  });
}

/** Features in chunks (bounded memory for 2,000 held-out digits); the caller owns the result. */
export function featuresInChunks(body: Body, x: tf.Tensor2D, chunk = 250, depth: number = body.layers.length): tf.Tensor2D {
  const parts: tf.Tensor2D[] = [];
  for (let start = 0; start < x.shape[0]; start += chunk) {
    const size = Math.min(chunk, x.shape[0] - start);
    parts.push(tf.tidy(() => bodyFeatures(body, x.slice([start, 0], [size, -1]), depth)));
  }
  const out = tf.concat(parts, 0);
  tf.dispose(parts);
  return out;
}

/** Logits [n, classes] of a head on features [n, featureSize]. */
export function headLogits(head: Head, features: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.add(tf.matMul(features, head.w), head.b));
}

/** Frees a body's or a head's variables. */
export function disposeBody(body: Body): void {
  tf.dispose([...body.kernels, ...body.biases]);
}

/** Frees a head's variables. */
export function disposeHead(head: Head): void {
  tf.dispose([head.w, head.b]);
}
