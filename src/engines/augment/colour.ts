/**
 * Colour jitter (torchvision's ColorJitter, one factor per call): brightness scales the pixels,
 * contrast blends with the image's mean grey, saturation blends with each pixel's grey, and hue
 * turns the colour around the grey axis. Every result is clipped to [0, 1]. Brightness and
 * contrast work on grey images too; saturation and hue leave a 1-channel image as it is.
 *
 * Hue uses the YIQ rotation: Y (luma) stays, the (I, Q) chroma plane turns by the drawn angle.
 * One 3 x 3 matrix per call, so it stays a single matMul on every backend (no RGB↔HSV branches).
 */
import * as tf from '@tensorflow/tfjs';
import { checkImage, checkRange, uniform, type Transform } from './transform';

/** ITU-R BT.601 luma weights, the grey that saturation and contrast blend towards. */
const LUMA = [0.299, 0.587, 0.114];

const RGB_TO_YIQ = [
  [0.299, 0.587, 0.114],
  [0.596, -0.274, -0.322],
  [0.211, -0.523, 0.312],
];
const YIQ_TO_RGB = [
  [1, 0.956, 0.621],
  [1, -0.272, -0.647],
  [1, -1.106, 1.703],
];

function matMul3(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((sum, v, k) => sum + v * b[k][j], 0)));
}

/** The RGB → RGB matrix (row-vector convention: pixel · M) that turns hue by `turns` of a circle. */
export function hueMatrix(turns: number): number[][] {
  const t = 2 * Math.PI * turns;
  const [c, s] = [Math.cos(t), Math.sin(t)];
  const rotate = [
    [1, 0, 0],
    [0, c, -s],
    [0, s, c],
  ];
  // Column-vector form: rgb' = YIQ_TO_RGB · R · RGB_TO_YIQ · rgb; transpose for pixel rows.
  const m = matMul3(YIQ_TO_RGB, matMul3(rotate, RGB_TO_YIQ));
  return m[0].map((_, j) => m.map((row) => row[j]));
}

/** Blends `image` towards `target` by factor f (f = 1: unchanged; 0: the target), clipped. */
function blend(image: tf.Tensor3D, target: tf.Tensor, f: number): tf.Tensor3D {
  return tf.tidy(() => tf.clipByValue(tf.add(target, tf.mul(tf.sub(image, target), f)), 0, 1) as tf.Tensor3D);
}

/** Grey of each pixel [H, W, 1] (a 1-channel image is its own grey). */
function grey(image: tf.Tensor3D): tf.Tensor3D {
  if (image.shape[2] === 1) return image.clone();
  return tf.tidy(() => tf.sum(tf.mul(image, tf.tensor1d(LUMA)), 2, true) as tf.Tensor3D);
}

/** Multiplies the pixels by a factor from [1 − strength, 1 + strength]. */
export function brightness(opts: { strength: number }): Transform {
  checkRange('brightness.strength', 0, opts.strength, 0, 1);
  return (image, rng) => {
    checkImage(image, 'brightness');
    const f = uniform(rng, 1 - opts.strength, 1 + opts.strength);
    return { image: tf.tidy(() => tf.clipByValue(tf.mul(image, f), 0, 1) as tf.Tensor3D), drawn: { brightness: f } };
  };
}

/** Stretches or squeezes the pixels about the mean grey by a factor from [1 − s, 1 + s]. */
export function contrast(opts: { strength: number }): Transform {
  checkRange('contrast.strength', 0, opts.strength, 0, 1);
  return (image, rng) => {
    checkImage(image, 'contrast');
    const f = uniform(rng, 1 - opts.strength, 1 + opts.strength);
    const out = tf.tidy(() => blend(image, tf.mean(grey(image)), f));
    return { image: out, drawn: { contrast: f } };
  };
}

/** Moves each pixel towards (f < 1) or away from (f > 1) its grey, f from [1 − s, 1 + s]. */
export function saturation(opts: { strength: number }): Transform {
  checkRange('saturation.strength', 0, opts.strength, 0, 1);
  return (image, rng) => {
    checkImage(image, 'saturation');
    const f = uniform(rng, 1 - opts.strength, 1 + opts.strength);
    if (image.shape[2] === 1) return { image: image.clone(), drawn: { saturation: 1 } };
    return { image: tf.tidy(() => blend(image, grey(image), f)), drawn: { saturation: f } };
  };
}

/** Turns the hue by a fraction of a full circle drawn from [−strength, strength] (≤ 0.5). */
export function hue(opts: { strength: number }): Transform {
  checkRange('hue.strength', 0, opts.strength, 0, 0.5);
  return (image, rng) => {
    checkImage(image, 'hue');
    const turns = uniform(rng, -opts.strength, opts.strength);
    if (image.shape[2] === 1) return { image: image.clone(), drawn: { hue: 0 } };
    const out = tf.tidy(() => {
      const [h, w] = image.shape;
      const pixels = tf.matMul(image.reshape([h * w, 3]), tf.tensor2d(hueMatrix(turns)));
      return tf.clipByValue(pixels, 0, 1).reshape([h, w, 3]) as tf.Tensor3D;
    });
    return { image: out, drawn: { hue: turns } };
  };
}
