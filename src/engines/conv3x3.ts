/**
 * The 3x3 'same' convolution of the course's CNNs. `im2col` is the shared core: cnn.ts multiplies
 * it by the kernel (every gradient tfjs's own). `conv3x3Fast`, for the transfer network, writes
 * the gradients out so every one of them runs on fast kernels of every backend:
 *   forward  y  = conv2d(x, K)                          (XNNPACK on wasm)
 *   input    dx = conv2d(dy, K rotated 180°, in/out swapped)   (the 'same' 3x3 transpose)
 *   filter   dK = im2col(x)ᵀ · dy                        (an explicit transpose, then matMul)
 * Why not tf.conv2d's own gradients: tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter, and
 * its Conv2DBackpropInput and transposed matMuls are plain loops, 10-20x slower than the
 * forward kernels (measured in Node: 0.9-1.5 s against 60-150 ms for a batch of 64 at conv2 and
 * conv3). cnn.ts's im2col convolution trains everywhere but pays those slow paths in backward.
 * The kernel keeps cnn.ts's im2col layout [9·in, out] (row = (dy·3 + dx)·in + channel), which is
 * also TF's [3, 3, in, out] reshaped, so the two agree to float rounding (a test checks it).
 */
import * as tf from '@tensorflow/tfjs';

/** The 9 shifted copies of x [n, h, w, c] side by side: [n·h·w, 9c] in the kernel's row order. */
export function im2col(x: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    const padded = tf.pad(x, [
      [0, 0],
      [1, 1],
      [1, 1],
      [0, 0],
    ]);
    const shifted: tf.Tensor4D[] = [];
    for (let dy = 0; dy < 3; dy++) for (let dx = 0; dx < 3; dx++) shifted.push(tf.slice(padded, [0, dy, dx, 0], [n, h, w, c]));
    return tf.concat(shifted, 3).reshape([n * h * w, 9 * c]) as tf.Tensor2D;
  });
}

// tfjs types the custom function as variadic (tensors then the save function): hence the cast.
const convNoBias = tf.customGrad(((xIn: tf.Tensor, kIn: tf.Tensor, save: tf.GradSaveFunc) => {
  const x = xIn as tf.Tensor4D;
  const channels = x.shape[3];
  const out = kIn.shape[1] as number;
  if (kIn.shape[0] !== 9 * channels) throw new Error(`Expected a kernel of ${9 * channels} rows for ${channels} channels, but got ${kIn.shape[0]}`);
  const k4 = tf.reshape(kIn, [3, 3, channels, out]) as tf.Tensor4D;
  save([x, k4]);
  return {
    value: tf.conv2d(x, k4, 1, 'same'),
    gradFunc: (dyIn: tf.Tensor, saved: tf.Tensor[]) => {
      const [sx, sk] = saved as [tf.Tensor4D, tf.Tensor4D];
      const dy = dyIn as tf.Tensor4D;
      const [n, h, w] = sx.shape;
      const flipped = tf.transpose(tf.reverse(sk, [0, 1]), [0, 1, 3, 2]) as tf.Tensor4D;
      const dx = tf.conv2d(dy, flipped, 1, 'same');
      const dk = tf.matMul(tf.transpose(im2col(sx)), tf.reshape(dy, [n * h * w, out]));
      return [dx, dk];
    },
  };
}) as unknown as Parameters<typeof tf.customGrad>[0]) as unknown as (x: tf.Tensor4D, kernel: tf.Tensor2D) => tf.Tensor4D;

/** A 3 x 3 'same' convolution of x [n, h, w, c] with kernel [9c, k] (im2col layout) plus bias. */
export function conv3x3Fast(x: tf.Tensor4D, kernel: tf.Tensor2D, bias: tf.Tensor1D): tf.Tensor4D {
  return tf.tidy(() => tf.add(convNoBias(x, kernel), bias) as tf.Tensor4D);
}
