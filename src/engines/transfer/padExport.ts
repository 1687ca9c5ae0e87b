/**
 * The drawing pad's trained classifier (the pretrained body and the reader's new head) as a
 * standard tfjs LayersModel, for the reader to download and use anywhere tfjs runs:
 *
 *   [n, 784] ─reshape─► conv1 ─pool─► conv2 ─pool─► conv3 ─global average─► dense (softmax) ─► [n, classes]
 *
 * The same arithmetic as architecture.ts (3x3 'same' convolutions, ReLU, 2x2 max pools), with the
 * body's im2col kernels [9·in, out] reshaped back to TF's [3, 3, in, out]. Returns plain data (the
 * model.json object and the weight bytes), so this runs wherever the engine runs, DOM or not;
 * the island turns them into files. The class names travel in model.json's userDefinedMetadata.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE, PIXELS } from '../../lib/mnist';
import type { Body, Head } from './architecture';

/** File name of the weights beside model.json (model.json's weightsManifest points at it). */
export const EXPORT_WEIGHTS_FILE = 'drawing-pad.weights.bin';

export interface ExportedModel {
  /** The contents of model.json (tfjs layers-model format). */
  modelJson: Record<string, unknown>;
  weights: ArrayBuffer;
}

/** A tfjs LayersModel computing softmax(head(body(x))); the caller disposes it. */
export function padLayersModel(body: Body, head: Head): tf.LayersModel {
  const model = tf.sequential();
  model.add(tf.layers.reshape({ targetShape: [IMAGE_SIZE, IMAGE_SIZE, 1], inputShape: [PIXELS] }));
  body.layers.forEach((layer) => {
    model.add(tf.layers.conv2d({ name: layer.name, filters: layer.filters, kernelSize: 3, padding: 'same', activation: 'relu' }));
    if (layer.pool) model.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2, padding: 'valid' }));
  });
  model.add(tf.layers.globalAveragePooling2d({}));
  model.add(tf.layers.dense({ name: 'head', units: head.w.shape[1] as number, activation: 'softmax' }));
  const weights = tf.tidy(() => {
    let channels = 1;
    const list: tf.Tensor[] = [];
    body.layers.forEach((layer, i) => {
      list.push(body.kernels[i].reshape([3, 3, channels, layer.filters]), body.biases[i].clone());
      channels = layer.filters;
    });
    return [...list, head.w.clone(), head.b.clone()].map((t) => tf.keep(t));
  });
  model.setWeights(weights);
  tf.dispose(weights);
  return model;
}

/** model.json and the weight bytes of the body and head, with `classes` as the output labels. */
export async function exportPadModel(body: Body, head: Head, classes: readonly string[]): Promise<ExportedModel> {
  const model = padLayersModel(body, head);
  try {
    let saved: ExportedModel | null = null;
    await model.save(
      tf.io.withSaveHandler(async (artifacts) => {
        saved = {
          modelJson: {
            format: 'layers-model',
            generatedBy: `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
            convertedBy: null,
            modelTopology: artifacts.modelTopology,
            weightsManifest: [{ paths: [`./${EXPORT_WEIGHTS_FILE}`], weights: artifacts.weightSpecs }],
            userDefinedMetadata: { classes: [...classes], input: 'a drawing normalised like MNIST: 784 values in [0, 1], 28 x 28 row-major, ink = 1' },
          },
          weights: tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? new ArrayBuffer(0)),
        };
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
    if (!saved) throw new Error('The model could not be saved');
    return saved;
  } finally {
    model.dispose();
  }
}
