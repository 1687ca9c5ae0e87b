/**
 * DrawingPad's parameters: the class names the reader starts with (comma-separated, 2-5) and
 * the seed of the head's initialisation. Pure data plus the name parser.
 */
import { pair } from '../i18n';
import type { ParamTable } from '../params';

export const MIN_CLASSES = 2;
export const MAX_CLASSES = 5;

/** The longest text the class-names box takes. */
export const CLASS_TEXT_MAX = 80;

export const drawingPadParams: ParamTable = [
  { kind: 'text', name: 'classes', label: pair((d) => d.drawingPadParams.classes.label), default: 'circle, triangle, spiral', maxLength: CLASS_TEXT_MAX },
  { kind: 'int', name: 'seed', label: pair((d) => d.drawingPadParams.seed.label), default: 1, min: 1, max: 9999 },
];

export type ClassNames = { ok: true; names: string[] } | { ok: false; problem: 'tooFew' | 'tooMany' | 'duplicate' };

/** Splits the text box into trimmed, non-empty names and checks there are 2-5 distinct ones. */
export function parseClassNames(text: string): ClassNames {
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length < MIN_CLASSES) return { ok: false, problem: 'tooFew' };
  if (names.length > MAX_CLASSES) return { ok: false, problem: 'tooMany' };
  if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) return { ok: false, problem: 'duplicate' };
  return { ok: true, names };
}

/** The names as the box's text: ", " between them, or "," when that would not fit the box. */
export function classNamesText(names: string[]): string {
  const spaced = names.join(', ');
  return spaced.length <= CLASS_TEXT_MAX ? spaced : names.join(',');
}
