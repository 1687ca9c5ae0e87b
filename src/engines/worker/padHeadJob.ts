/**
 * The drawing pad's head on the engine host: trained on the reader's drawings on top of the
 * pretrained body (loaded where the job runs), or rebuilt from the numbers the page kept, then
 * asked for a prediction as the reader draws ('predict') and for the exported model ('export').
 * One-shot: the training happens when the job is built (about a second on a laptop), a query is
 * one forward pass.
 */
import type { Job, JobSnapshot } from './jobs';

/** The drawing pad's head: trained on the reader's drawings, or rebuilt from the numbers kept in the browser. */
export interface PadHeadJobConfig {
  /** Train a new head: drawings as n rows of 784 values, their class indices, the number of classes, the seed. */
  train?: { images: Float32Array; labels: number[]; classes: number; seed: number };
  /** Or rebuild a kept head, if `body` is the fingerprint of the body here (else the snapshot says bodyChanged). */
  restore?: { w: Float32Array; b: Float32Array; body: string; steps: number; seconds: number };
  /** Drawings (n rows of 784) the head grades at once, for the per-class results. */
  grade: Float32Array;
}

/** The head and what it made of the graded drawings. */
export interface PadHeadSnapshot extends JobSnapshot {
  /** Fingerprint of the pretrained body in use here. */
  body: string;
  /** A restore whose head was trained on another body: no head was built. */
  bodyChanged: boolean;
  steps: number;
  seconds: number;
  w: Float32Array;
  b: Float32Array;
  /** The class index the head gives each graded drawing. */
  graded: number[];
}

/** Builds the pad's head job (see PadHeadJobConfig). */
export async function padHeadJob(config: PadHeadJobConfig): Promise<Job<PadHeadSnapshot>> {
  const [{ trainPadClassifier, padClassifierFromHead }, { loadPretrainedBody }, { PIXELS }, { EXPORT_WEIGHTS_FILE }] = await Promise.all([
    import('../transfer/padClassifier'),
    import('../transfer/loadModel'),
    import('../../lib/mnist'),
    import('../transfer/padExport'),
  ]);
  const { body, fingerprint } = await loadPretrainedBody();
  const rows = (flat: Float32Array) => Array.from({ length: Math.floor(flat.length / PIXELS) }, (_, i) => flat.subarray(i * PIXELS, (i + 1) * PIXELS));
  const { train, restore } = config;
  const bodyChanged = !train && restore !== undefined && restore.body !== fingerprint;
  const classifier = train
    ? trainPadClassifier(body, rows(train.images), train.labels, train.classes, train.seed)
    : restore && !bodyChanged
      ? padClassifierFromHead(body, restore, restore.steps, restore.seconds)
      : null;
  if (!classifier && !bodyChanged) throw new Error('A pad head job needs either drawings to train on or a head to restore');
  const graded = classifier ? classifier.classify(rows(config.grade)) : [];
  const weights = classifier?.headWeights() ?? { w: new Float32Array(0), b: new Float32Array(0) };
  // Fresh copies per snapshot: the worker transfers (detaches) what it sends.
  const snapshot = (): PadHeadSnapshot => ({
    step: 1,
    done: true,
    body: fingerprint,
    bodyChanged,
    steps: classifier?.steps ?? 0,
    seconds: classifier?.seconds ?? 0,
    w: weights.w.slice(),
    b: weights.b.slice(),
    graded: [...graded],
  });
  const query = async (what: string, arg: unknown) => {
    if (!classifier) return null;
    if (what === 'predict') return classifier.predict(arg as Float32Array);
    if (what === 'export') return { ...(await classifier.exportModel(arg as string[])), weightsFile: EXPORT_WEIGHTS_FILE };
    return null;
  };
  return { snapshot, work: snapshot, step: snapshot, query, dispose: () => classifier?.dispose() };
}
