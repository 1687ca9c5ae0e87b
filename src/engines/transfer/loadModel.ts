/**
 * Loading the shipped pretrained body (public/models/strokes-cnn/, written by
 * scripts/pretrain/export_tfjs.py). model.json is a tfjs weights manifest plus the layer list;
 * weights.bin holds float32 kernels [3, 3, in, out] and biases. Parsing is separate from
 * fetching so that the Node tests read the same files with fs.
 */
import * as tf from '@tensorflow/tfjs';
import { fingerprint } from '../../lib/fingerprint';
import { makeBody, type Body, type LayerSpec } from './architecture';

export const MODEL_DIR = '/models/strokes-cnn/';
export const MODEL_FORMAT = 'lecture7-transfer-body';

export interface BodyManifest {
  layers: LayerSpec[];
  featureSize: number;
  paths: string[];
  specs: tf.io.WeightsManifestEntry[];
  /** Settings and own-task accuracy of the pretraining run, for the model card and the page. */
  pretraining: Record<string, unknown>;
}

/** Checks model.json's shape and returns what the loader needs; errors name the problem. */
export function parseManifest(json: unknown): BodyManifest {
  const m = json as Record<string, unknown> | null;
  if (!m || m.format !== MODEL_FORMAT) {
    throw new Error(`Expected model.json with format "${MODEL_FORMAT}", but got ${JSON.stringify(m?.format)}`);
  }
  const layers = m.layers as LayerSpec[];
  if (!Array.isArray(layers) || layers.some((l) => !Number.isInteger(l.filters) || typeof l.pool !== 'boolean')) {
    throw new Error('Expected model.json "layers" to be a list of {name, filters, pool}');
  }
  const groups = m.weightsManifest as tf.io.WeightsManifestConfig;
  if (!Array.isArray(groups) || groups.length === 0) throw new Error('Expected model.json to have a weightsManifest');
  return {
    layers,
    featureSize: Number(m.featureSize),
    paths: groups.flatMap((g) => g.paths),
    specs: groups.flatMap((g) => g.weights),
    pretraining: (m.pretraining as Record<string, unknown>) ?? {},
  };
}

/** The body from a parsed manifest and the concatenated weight files. */
export function bodyFromWeights(manifest: BodyManifest, buffer: ArrayBuffer): Body {
  const named = tf.io.decodeWeights(buffer, manifest.specs);
  try {
    const kernels = manifest.layers.map((layer) => {
      const k = named[`${layer.name}/kernel`];
      if (!k) throw new Error(`model.json has no weights for ${layer.name}/kernel`);
      const [kh, kw, cin, cout] = k.shape;
      return k.reshape([kh * kw * cin, cout]);
    });
    const biases = manifest.layers.map((layer) => {
      const b = named[`${layer.name}/bias`];
      if (!b) throw new Error(`model.json has no weights for ${layer.name}/bias`);
      return b;
    });
    const body = makeBody(manifest.layers, kernels, biases);
    tf.dispose(kernels);
    return body;
  } finally {
    tf.dispose(Object.values(named));
  }
}

type Fetched = { manifest: BodyManifest; bytes: ArrayBuffer; fingerprint: string };

let fetching: Promise<Fetched> | null = null;
/** One body per backend: after WebGL dies the page moves to wasm, where the old tensors are gone. */
const bodies = new Map<string, Promise<{ body: Body; manifest: BodyManifest; fingerprint: string }>>();

/**
 * The pretrained body on the current backend, fetched once per page (islands share it; do not
 * dispose it) and rebuilt from the same bytes if the backend changes. A failed load is
 * forgotten so that a later call can retry.
 */
export function loadPretrainedBody(dir: string = MODEL_DIR, fetchBytes: typeof fetch = fetch) {
  fetching ??= (async () => {
    const res = await fetchBytes(`${dir}model.json`);
    if (!res.ok) throw new Error(`Could not load the pretrained model from ${dir}model.json: HTTP ${res.status}`);
    const manifest = parseManifest(await res.json());
    const buffers = await Promise.all(
      manifest.paths.map(async (p) => {
        const r = await fetchBytes(`${dir}${p}`);
        if (!r.ok) throw new Error(`Could not load ${dir}${p}: HTTP ${r.status}`);
        return r.arrayBuffer();
      }),
    );
    const bytes = concatBuffers(buffers);
    // Which weights these are: a head saved in the browser fits only the body it was trained on.
    return { manifest, bytes, fingerprint: fingerprint(new Uint8Array(bytes)) };
  })();
  fetching.catch(() => (fetching = null));
  const backend = tf.getBackend();
  let loading = bodies.get(backend);
  if (!loading) {
    loading = fetching.then(({ manifest, bytes, fingerprint }) => ({ body: bodyFromWeights(manifest, bytes), manifest, fingerprint }));
    bodies.set(backend, loading);
    loading.catch(() => bodies.delete(backend));
  }
  return loading;
}

function concatBuffers(buffers: ArrayBuffer[]): ArrayBuffer {
  const out = new Uint8Array(buffers.reduce((s, b) => s + b.byteLength, 0));
  let offset = 0;
  for (const b of buffers) {
    out.set(new Uint8Array(b), offset);
    offset += b.byteLength;
  }
  return out.buffer;
}
