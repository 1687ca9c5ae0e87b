/**
 * What a parameter accepts and why a value was refused, in both languages. params.check() builds
 * its reasons here, so a message the reader sees (URL notice, number box, inline number) is never
 * English on a Korean page, and the build's prop errors use the same English. Pure.
 */
import { en, ko, pair } from './i18n';
import type { Label, ParamSpec } from './params';

/** The longest piece of a reader's input that a message repeats back. */
const SHOWN_CHARS = 40;

/** A range end as a reader writes it: 0.5, 250, 1e-4, 1e9 (never 0.0001 or 1000000000). */
export function formatBound(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  const magnitude = Math.abs(n);
  if (magnitude >= 1e-3 && magnitude < 1e5) return String(Number(n.toPrecision(6)));
  const [mantissa, exponent] = n.toExponential().split('e');
  return `${Number(Number(mantissa).toPrecision(6))}e${Number(exponent)}`;
}

/** The grid an integer parameter keeps to: every `step` from `min` (1 for plain integers). */
export function gridStep(spec: ParamSpec): number {
  return spec.kind === 'int' ? Math.max(1, spec.step ?? 1) : 0;
}

/** What `spec` accepts, as a phrase: "a number from 1e-4 to 1e9", "steps of 50 from 50 to 1000". */
export function allowedLabel(spec: ParamSpec): Label {
  switch (spec.kind) {
    case 'number': {
      const [a, b] = [formatBound(spec.min), formatBound(spec.max)];
      return pair((d) => d.reasons.number(a, b));
    }
    case 'int': {
      const [a, b, step] = [formatBound(spec.min), formatBound(spec.max), gridStep(spec)];
      if (step > 1) return pair((d) => d.reasons.multiple(step, a, b));
      return pair((d) => d.reasons.integer(a, b));
    }
    case 'choice': {
      const list = spec.choices.map((c) => JSON.stringify(c.value)).join(', ');
      return pair((d) => d.reasons.oneOf(list));
    }
    case 'boolean':
      return pair((d) => d.reasons.boolean);
    case 'text':
      return pair((d) => d.reasons.text(spec.maxLength));
  }
}

/** "expected a number from 0 to 1, got "abc"" and its Korean. */
export function refusal(spec: ParamSpec, raw: unknown): Label {
  const allowed = allowedLabel(spec);
  const got = shown(raw);
  return { en: en.reasons.expected(allowed.en, got), ko: ko.reasons.expected(allowed.ko, got) };
}

/** The reason for a key no parameter has. */
export const UNKNOWN_PARAMETER: Label = pair((d) => d.reasons.unknown);

/** The prompt a number box shows under a value it cannot use: "Enter a number from 1e-4 to 1e9". */
export function enterPrompt(spec: ParamSpec): Label {
  const allowed = allowedLabel(spec);
  return { en: en.reasons.enter(allowed.en), ko: ko.reasons.enter(allowed.ko) };
}

/** A reader's input, quoted and cut to a readable length. */
export function shown(raw: unknown): string {
  if (typeof raw === 'string') return JSON.stringify(clip(raw));
  try {
    return clip(JSON.stringify(raw) ?? String(raw));
  } catch {
    return clip(String(raw));
  }
}

/** `text` cut to SHOWN_CHARS characters with an ellipsis (never splitting a surrogate pair). */
export function clip(text: string, max = SHOWN_CHARS): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, cut)}…`;
}
