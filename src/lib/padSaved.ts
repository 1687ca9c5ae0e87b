/**
 * The drawing pad's work as a record a browser can keep (IndexedDB stores it as is): the classes
 * with their ids, the set-aside classes, and each drawing's 784 pixels as bytes (0-255, a loss of
 * at most 1/510 per pixel, a quarter of the size of floats). Reading one back checks every field,
 * because a saved record may come from an older version of the page or be damaged; anything
 * that does not fit is refused as a whole rather than half-restored. Pure: no DOM, no storage.
 */
import { PIXELS } from './mnist';
import type { PadClass, PadState, SetAsideClass } from './padClasses';
import { CLASS_TEXT_MAX, classNamesText, MAX_CLASSES, MIN_CLASSES } from './widgets/drawingPad';

export const SAVED_PAD_VERSION = 1;

export interface SavedPad {
  version: typeof SAVED_PAD_VERSION;
  classes: PadClass[];
  setAside: SetAsideClass[];
  active: number;
  drawings: { classId: number; pixels: Uint8Array }[];
}

/** A drawing's pixels as kept: bytes 0-255 (so a restored drawing is exactly these bytes / 255). */
export const pixelBytes = (image: Float32Array): Uint8Array => Uint8Array.from(image, (v) => Math.round(Math.min(1, Math.max(0, v)) * 255));

/** The record to store for `pad`. */
export function toSaved(pad: PadState): SavedPad {
  return {
    version: SAVED_PAD_VERSION,
    classes: pad.classes.map(({ id, name }) => ({ id, name })),
    setAside: pad.setAside.map(({ id, name, slot }) => ({ id, name, slot })),
    active: pad.active,
    drawings: pad.drawings.map((d) => ({ classId: d.classId, pixels: pixelBytes(d.image) })),
  };
}

const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
const isName = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= 80 && !v.includes(',');
const isClass = (v: unknown): v is PadClass => typeof v === 'object' && v !== null && isId((v as PadClass).id) && isName((v as PadClass).name);

/** The pad a stored record describes, or null when it is not one this page wrote. */
export function fromSaved(record: unknown): PadState | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Partial<SavedPad>;
  if (r.version !== SAVED_PAD_VERSION || !Array.isArray(r.classes) || !Array.isArray(r.setAside) || !Array.isArray(r.drawings)) return null;
  if (r.classes.length < MIN_CLASSES || r.classes.length > MAX_CLASSES || !r.classes.every(isClass)) return null;
  if (classNamesText(r.classes.map((c) => c.name)).length > CLASS_TEXT_MAX) return null;
  if (!r.setAside.every((c) => isClass(c) && Number.isSafeInteger(c.slot) && c.slot >= 0)) return null;
  const all = [...r.classes, ...r.setAside];
  const ids = new Set(all.map((c) => c.id));
  if (ids.size !== all.length || new Set(r.classes.map((c) => c.name.toLowerCase())).size !== r.classes.length) return null;
  const drawingOk = (d: unknown) => {
    const x = d as SavedPad['drawings'][number];
    return typeof d === 'object' && d !== null && ids.has(x.classId) && x.pixels instanceof Uint8Array && x.pixels.length === PIXELS;
  };
  if (!r.drawings.every(drawingOk) || !isId(r.active) || !ids.has(r.active)) return null;
  return {
    classes: r.classes.map(({ id, name }) => ({ id, name })),
    setAside: r.setAside.map(({ id, name, slot }) => ({ id, name, slot })),
    drawings: r.drawings.map((d) => ({ classId: d.classId, image: Float32Array.from(d.pixels, (v) => v / 255) })),
    active: r.active,
    nextId: Math.max(...ids) + 1,
  };
}
