/**
 * The drawing pad's classifier: the reader's drawings go through the frozen pretrained body
 * once, and a new head with one output per class the reader named is trained on those
 * features by the chapter's head-only rule (trainer.ts). Then each new drawing costs one
 * forward pass. A trained head can be read out as plain numbers (headWeights) and built again
 * from them (padClassifierFromHead), so the reader's head survives a reload without retraining.
 * Ownership: the classifier owns its head and features, not the body.
 */
import * as tf from '@tensorflow/tfjs';
import { PIXELS } from '../../lib/mnist';
import { createRng } from '../../lib/rng';
import { bodyFeatures, disposeHead, headLogits, initHead, type Body, type Head } from './architecture';
import { exportPadModel, type ExportedModel } from './padExport';
import { createTrainer, TRANSFER_RULES } from './trainer';

export interface PadClassifier {
  /** Class probabilities for one normalised 784-pixel drawing. */
  predict(image: Float32Array): number[];
  /** The predicted class (argmax) of each of `images`, in one batch. */
  classify(images: readonly Float32Array[]): number[];
  /** The body and this head as a tfjs LayersModel's model.json and weights (see padExport.ts). */
  exportModel(classes: readonly string[]): Promise<ExportedModel>;
  /** The head's weights as plain numbers: w is [featureSize, classes] row-major, b is [classes]. */
  headWeights(): HeadWeights;
  steps: number;
  seconds: number;
  dispose(): void;
}

/** A head as plain numbers, to keep or send elsewhere. */
export interface HeadWeights {
  w: Float32Array;
  b: Float32Array;
}

/** Trains a head for `classes` classes on normalised drawings (each class needs one or more). */
export function trainPadClassifier(body: Body, images: Float32Array[], labels: number[], classes: number, seed: number): PadClassifier {
  if (classes < 2) throw new Error(`Expected at least 2 classes, but got ${classes}`);
  if (images.length !== labels.length) throw new Error(`Expected one label per drawing, but got ${labels.length} for ${images.length}`);
  for (let c = 0; c < classes; c++) {
    if (!labels.includes(c)) throw new Error(`Class ${c} has no drawings: every class needs at least one`);
  }
  const t0 = performance.now();
  const flat = new Float32Array(images.length * PIXELS);
  images.forEach((img, i) => flat.set(img, i * PIXELS));
  const x = tf.tensor2d(flat, [images.length, PIXELS]);
  const y = tf.tensor1d(labels, 'int32');
  const head = initHead(body.featureSize, classes, createRng(seed));
  const trainer = createTrainer({ body, head, frozenLayers: body.layers.length, x, y, learningRate: TRANSFER_RULES.lrHead, rng: createRng(seed + 1) });
  try {
    while (!trainer.done) trainer.epoch();
  } finally {
    trainer.dispose();
    tf.dispose([x, y]);
  }
  return classifierOf(body, head, trainer.steps, (performance.now() - t0) / 1000);
}

/** The classifier of a head kept as numbers (`weights` of a head trained on `body`): no training. */
export function padClassifierFromHead(body: Body, weights: HeadWeights, steps: number, seconds: number): PadClassifier {
  const classes = weights.b.length;
  if (classes < 2 || weights.w.length !== body.featureSize * classes) {
    throw new Error(`Expected a head of ${body.featureSize} x ${classes} weights for this body, but got ${weights.w.length}`);
  }
  const [w, b] = [tf.tensor2d(weights.w, [body.featureSize, classes]), tf.tensor1d(weights.b)];
  // tf.variable keeps its own copy of the values: the temporaries are freed here.
  const head: Head = { w: tf.variable(w, true), b: tf.variable(b, true) };
  tf.dispose([w, b]);
  return classifierOf(body, head, steps, seconds);
}

function classifierOf(body: Body, head: Head, steps: number, seconds: number): PadClassifier {
  return {
    steps,
    seconds,
    predict(image) {
      const probs = tf.tidy(() => tf.softmax(headLogits(head, bodyFeatures(body, tf.tensor2d(image, [1, PIXELS])))));
      const out = Array.from(probs.dataSync());
      probs.dispose();
      return out;
    },
    classify(batch) {
      if (batch.length === 0) return [];
      const flatBatch = new Float32Array(batch.length * PIXELS);
      batch.forEach((img, i) => flatBatch.set(img, i * PIXELS));
      const best = tf.tidy(() => tf.argMax(headLogits(head, bodyFeatures(body, tf.tensor2d(flatBatch, [batch.length, PIXELS]))), 1));
      const out = Array.from(best.dataSync());
      best.dispose();
      return out;
    },
    exportModel: (names) => exportPadModel(body, head, names),
    headWeights: () => ({ w: Float32Array.from(head.w.dataSync()), b: Float32Array.from(head.b.dataSync()) }),
    dispose() {
      disposeHead(head);
    },
  };
}
