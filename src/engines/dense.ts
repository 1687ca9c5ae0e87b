/**
 * A fully connected layer, x·W + b, whose gradient uses only plain matMuls:
 * dW = transpose(x)·dy and dx = dy·transpose(W). tfjs's own matMul gradient uses the
 * transposeA/transposeB forms, which the wasm backend runs about 5–10x slower than an explicit
 * transpose followed by a plain matMul (measured by bench/network: a 784-64-10 training step went
 * from about 46 ms to 15–21 ms). The first layer of a network skips dx: its input needs no gradient.
 */
import * as tf from '@tensorflow/tfjs';

type Dense = (x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor) => tf.Tensor2D;

function makeDense(needsInputGrad: boolean): Dense {
  const layer = (x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor, save: tf.GradSaveFunc) => {
    save([x, w]);
    return {
      value: tf.add(tf.matMul(x, w), b) as tf.Tensor2D,
      gradFunc: (dy: tf.Tensor, [sx, sw]: tf.Tensor[]) => [
        needsInputGrad ? tf.matMul(dy as tf.Tensor2D, tf.transpose(sw) as tf.Tensor2D) : tf.zerosLike(sx),
        tf.matMul(tf.transpose(sx) as tf.Tensor2D, dy as tf.Tensor2D),
        tf.sum(dy, 0),
      ],
    };
  };
  // customGrad's type lists its arguments as one array of tensors-or-save-function.
  return tf.customGrad(layer as unknown as Parameters<typeof tf.customGrad>[0]) as unknown as Dense;
}

/** Dense layer for the first layer of a network: no gradient flows back into its input. */
export const inputDense = makeDense(false);
/** Dense layer for every later layer: the gradient flows back into its input. */
export const hiddenDense = makeDense(true);
