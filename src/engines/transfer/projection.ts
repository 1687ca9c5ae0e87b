/**
 * What FeatureProjection shows: frozen features of held-out digits from the pretrained body and
 * from the same architecture with random (seeded Glorot) weights, each projected to 2-D by PCA,
 * with the nearest-centroid accuracy of the full 128-D features (centroids of the shown digits).
 */
import * as tf from '@tensorflow/tfjs';
import { gather, PIXELS, splitIndices, type DigitSet } from '../../lib/mnist';
import { createRng } from '../../lib/rng';
import { nearestCentroidAccuracy, pca2d } from './analysis';
import { disposeBody, featuresInChunks, initBody, type Body } from './architecture';

export interface Projection {
  points: { x: number; y: number; digit: number }[];
  centroidAccuracy: number;
}

function project(body: Body, x: tf.Tensor2D, labels: Int32Array): Projection {
  const f = featuresInChunks(body, x);
  const flat = f.dataSync();
  f.dispose();
  const rows = Array.from(labels, (_, i) => flat.subarray(i * body.featureSize, (i + 1) * body.featureSize));
  const xy = pca2d(rows);
  return { points: xy.map(([px, py], i) => ({ x: px, y: py, digit: labels[i] })), centroidAccuracy: nearestCentroidAccuracy(rows, labels) };
}

/** Pretrained and random-init projections of the first `count` held-out digits. */
export function projectDigits(pretrained: Body, digits: DigitSet, count: number, seed: number): { pretrained: Projection; random: Projection } {
  const held = splitIndices(digits).heldOut.subarray(0, count);
  const { x, y } = gather(digits, held);
  const images = tf.tensor2d(x, [held.length, PIXELS]);
  const random = initBody(pretrained.layers, createRng(seed));
  try {
    return { pretrained: project(pretrained, images, y), random: project(random, images, y) };
  } finally {
    images.dispose();
    disposeBody(random);
  }
}
