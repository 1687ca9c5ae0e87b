/**
 * What LayerViewer shows of the pretrained body, in the spirit of CNN Explainer: the first
 * layer's 3 x 3 filters, and one digit's activations after each block (conv, ReLU, then the pool
 * where there is one), the most active channels of each. Plain data in and out (numbers, typed
 * arrays), computed on demand inside tf.tidy: no tensor outlives a call.
 *
 *   image [784] ─► conv1 block [14, 14, 32] ─► conv2 block [7, 7, 64] ─► conv3 block [7, 7, 128]
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE, PIXELS } from '../../lib/mnist';
import { conv3x3Fast } from '../conv3x3';
import type { Body } from './architecture';

/** One channel's map after a block: its index in the layer, its mean activation and its pixels (row-major). */
export interface ChannelMap {
  channel: number;
  mean: number;
  pixels: Float32Array;
}

export interface BlockView {
  name: string;
  /** Side of the square maps after this block. */
  size: number;
  channels: number;
  /** The `shown` most active channels, most active first. */
  top: ChannelMap[];
}

/** The first layer's filters: one 3 x 3 kernel (row-major, 9 weights) per output channel, and its bias. */
export function firstLayerFilters(body: Body): { kernel: Float32Array; bias: number }[] {
  const kernel = body.kernels[0].dataSync() as Float32Array;
  const bias = body.biases[0].dataSync() as Float32Array;
  const channels = body.layers[0].filters;
  if (kernel.length !== 9 * channels) throw new Error(`Expected a first layer of 9 x ${channels} weights (one input channel), but got ${kernel.length}`);
  // The im2col layout [9, channels]: row (dy·3 + dx), column = channel.
  return Array.from({ length: channels }, (_, c) => ({ kernel: Float32Array.from({ length: 9 }, (_, r) => kernel[r * channels + c]), bias: bias[c] }));
}

/** The activations of `image` (784 values in [0, 1]) after each block, the `shown` most active channels of each. */
export function blockActivations(body: Body, image: Float32Array, shown = 8): BlockView[] {
  if (image.length !== PIXELS) throw new Error(`Expected a drawing of ${PIXELS} pixels, but got ${image.length}`);
  const maps = tf.tidy(() => {
    let h = tf.tensor4d(image, [1, IMAGE_SIZE, IMAGE_SIZE, 1]);
    const out: tf.Tensor4D[] = [];
    body.layers.forEach((layer, i) => {
      h = tf.relu(conv3x3Fast(h, body.kernels[i] as tf.Tensor2D, body.biases[i] as tf.Tensor1D));
      if (layer.pool) h = tf.maxPool(h, 2, 2, 'valid');
      out.push(h);
    });
    return out;
  });
  try {
    return body.layers.map((layer, i) => {
      const [, size, , channels] = maps[i].shape;
      const values = maps[i].dataSync();
      const means = Array.from({ length: channels }, (_, c) => {
        let sum = 0;
        for (let p = 0; p < size * size; p++) sum += values[p * channels + c];
        return sum / (size * size);
      });
      const order = means.map((mean, channel) => ({ channel, mean })).sort((a, b) => b.mean - a.mean).slice(0, shown);
      const top = order.map(({ channel, mean }) => ({ channel, mean, pixels: Float32Array.from({ length: size * size }, (_, p) => values[p * channels + channel]) }));
      return { name: layer.name, size, channels, top };
    });
  } finally {
    tf.dispose(maps);
  }
}
