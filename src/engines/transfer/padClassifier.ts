/**
 * The drawing pad's classifier: the reader's drawings go through the frozen pretrained body
 * once, and a new head with one output per class the reader named is trained on those
 * features by the chapter's head-only rule (trainer.ts). Then each new drawing costs one
 * forward pass. Ownership: the classifier owns its head and features, not the body.
 */
import * as tf from '@tensorflow/tfjs';
import { PIXELS } from '../../lib/mnist';
import { createRng } from '../../lib/rng';
import { bodyFeatures, disposeHead, headLogits, initHead, type Body } from './architecture';
import { exportPadModel, type ExportedModel } from './padExport';
import { createTrainer, TRANSFER_RULES } from './trainer';

export interface PadClassifier {
  /** Class probabilities for one normalised 784-pixel drawing. */
  predict(image: Float32Array): number[];
  /** The predicted class (argmax) of each of `images`, in one batch. */
  classify(images: readonly Float32Array[]): number[];
  /** The body and this head as a tfjs LayersModel's model.json and weights (see padExport.ts). */
  exportModel(classes: readonly string[]): Promise<ExportedModel>;
  steps: number;
  seconds: number;
  dispose(): void;
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
  return {
    steps: trainer.steps,
    seconds: (performance.now() - t0) / 1000,
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
    dispose() {
      disposeHead(head);
    },
  };
}
