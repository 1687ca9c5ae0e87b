/**
 * A PROPOSED variant of engines/mlp.ts's loss for the benchmark only: the same network and the
 * same math, but each dense layer brings its own gradient written with plain matMuls
 * (dW = transpose(x)·dy, dx = dy·transpose(W)), and the first layer skips dx (the input needs no
 * gradient). tfjs's own matMul gradient uses transposeA/transposeB, which the wasm backend runs
 * about 5–10× slower than a transpose followed by a plain matMul. Measured as a separate row so
 * the table shows what the engine would gain; the widget does not use it.
 */
import * as tf from '@tensorflow/tfjs';

type Dense = (x: tf.Tensor, w: tf.Tensor, b: tf.Tensor) => tf.Tensor2D;

/** x·W + b whose gradient uses only non-transposed matMuls; dx is zeros when `needsInputGrad` is false. */
function dense(needsInputGrad: boolean): Dense {
  const layer = (x: tf.Tensor, w: tf.Tensor, b: tf.Tensor, save: tf.GradSaveFunc) => {
    save([x, w]);
    return {
      value: tf.add(tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D), b) as tf.Tensor2D,
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

const firstLayer = dense(false);
const laterLayer = dense(true);

/** Mean softmax cross-entropy of the MLP [W1, b1, W2, b2, ...] on (x, y), as mlp.loss computes it. */
export function plainGradientLoss(weights: tf.Tensor[], x: tf.Tensor2D, y: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    let h: tf.Tensor2D = x;
    const layers = weights.length / 2;
    for (let l = 0; l < layers; l++) {
      const z = (l === 0 ? firstLayer : laterLayer)(h, weights[2 * l], weights[2 * l + 1]);
      h = l === layers - 1 ? z : tf.relu(z);
    }
    const oneHot = tf.oneHot(tf.cast(y, 'int32'), h.shape[1]);
    return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.logSoftmax(h)), 1))) as tf.Scalar;
  });
}

/** One SGD step on `weights` (consumed; new ones returned) and its batch loss (caller disposes). */
export function plainGradientSgdStep(weights: tf.Tensor[], x: tf.Tensor2D, y: tf.Tensor1D, learningRate: number): { weights: tf.Tensor[]; loss: tf.Scalar } {
  const { value, grads } = tf.valueAndGrads((...ws: tf.Tensor[]) => plainGradientLoss(ws, x, y))(weights);
  const next = weights.map((w, i) => tf.tidy(() => w.sub(grads[i].mul(learningRate))));
  tf.dispose([...weights, ...grads]);
  return { weights: next, loss: value };
}
