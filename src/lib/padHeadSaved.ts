/**
 * The drawing pad's trained head as a record a browser can keep beside the drawings (IndexedDB,
 * its own key), so that after a reload the pad predicts at once without training again. The
 * record says what the head was trained with: the pretrained body (a fingerprint of its weights),
 * the drawings (a fingerprint of the training set, as labels and the kept pixel bytes, so a
 * renamed class still fits and a restored drawing counts as the same), the seed, and how long it
 * took. A head is stale when the drawings or the body are no longer those. Reading a record back
 * checks every field; anything that does not fit is refused as a whole. Pure: no DOM, no storage.
 */
import { fingerprintAdd, fingerprintStart, fingerprintText } from './fingerprint';
import { trainingSet, type PadState } from './padClasses';
import { pixelBytes } from './padSaved';
import { MAX_CLASSES, MIN_CLASSES } from './widgets/drawingPad';

export const SAVED_HEAD_VERSION = 1;

export interface SavedHead {
  version: typeof SAVED_HEAD_VERSION;
  /** Fingerprint of the pretrained body's weights it was trained on. */
  body: string;
  /** Fingerprint of the training set (drawingsFingerprint). */
  drawings: string;
  seed: number;
  steps: number;
  seconds: number;
  /** [featureSize, classes] row-major, and [classes]. */
  w: Float32Array;
  b: Float32Array;
}

/** The fingerprint of what a head trained on `pad` would learn from: the class of each drawing, and its kept pixels. */
export function drawingsFingerprint(pad: PadState): string {
  const { images, labels } = trainingSet(pad);
  let h = fingerprintAdd(fingerprintStart(), [pad.classes.length]);
  images.forEach((image, i) => (h = fingerprintAdd(fingerprintAdd(h, [labels[i]]), pixelBytes(image))));
  return fingerprintText(h);
}

/** Why a kept head does not fit the pad now (null: it fits). */
export function headStaleness(head: Pick<SavedHead, 'drawings' | 'b'>, pad: PadState): 'drawings' | null {
  return head.b.length !== pad.classes.length || head.drawings !== drawingsFingerprint(pad) ? 'drawings' : null;
}

const isHex = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{8}$/.test(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const finite = (a: Float32Array) => a.every(Number.isFinite);

/** The head a stored record describes, or null when it is not one this page wrote. */
export function fromSavedHead(record: unknown): SavedHead | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Partial<SavedHead>;
  if (r.version !== SAVED_HEAD_VERSION || !isHex(r.body) || !isHex(r.drawings) || !isCount(r.seed) || !isCount(r.steps)) return null;
  if (typeof r.seconds !== 'number' || !Number.isFinite(r.seconds) || r.seconds < 0) return null;
  if (!(r.w instanceof Float32Array) || !(r.b instanceof Float32Array)) return null;
  const classes = r.b.length;
  if (classes < MIN_CLASSES || classes > MAX_CLASSES || r.w.length === 0 || r.w.length % classes !== 0 || !finite(r.w) || !finite(r.b)) return null;
  return { version: SAVED_HEAD_VERSION, body: r.body, drawings: r.drawings, seed: r.seed, steps: r.steps, seconds: r.seconds, w: r.w, b: r.b };
}
