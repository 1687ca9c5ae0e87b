/**
 * The widget kit's one table of parameters. Every widget declares its parameters here-shaped;
 * controls, inline prose parameters, URL state and build-time MDX prop checks all derive from it.
 * Pure: no DOM, no tfjs.
 */
import { allowedLabel, clip, gridStep, refusal, UNKNOWN_PARAMETER } from './paramReasons';
import { settle } from './paramNumbers';

export interface Label {
  en: string;
  ko: string;
}

interface Base<K extends string, V> {
  kind: K;
  /** Key used in props, the URL (`<widget>.<name>`) and the store. */
  name: string;
  label: Label;
  default: V;
  /** Optional one-line help shown beside the control. */
  help?: Label;
}

export interface NumberParam extends Base<'number', number> {
  min: number;
  max: number;
  /** Step for arrows and sliders; with scale 'log' the slider moves in log10 space. */
  step: number;
  scale?: 'linear' | 'log';
}

export interface IntParam extends Base<'int', number> {
  min: number;
  max: number;
  step?: number;
}

export interface ChoiceParam extends Base<'choice', string> {
  choices: readonly { value: string; label: Label }[];
}

export interface BooleanParam extends Base<'boolean', boolean> {}

export interface TextParam extends Base<'text', string> {
  maxLength: number;
}

export type ParamSpec = NumberParam | IntParam | ChoiceParam | BooleanParam | TextParam;
export type ParamTable = readonly ParamSpec[];
export type ParamValue = number | string | boolean;
export type ParamValues = Record<string, ParamValue>;

/** A refused value's reason, in both languages (`reason.en` for build errors). */
export type Checked = { ok: true; value: ParamValue } | { ok: false; reason: Label };

/** The default value of every parameter in `table`. */
export function defaults(table: ParamTable): ParamValues {
  return Object.fromEntries(table.map((p) => [p.name, p.default]));
}

/** The spec called `name` in `table`, or undefined. */
export function findSpec(table: ParamTable, name: string): ParamSpec | undefined {
  return table.find((p) => p.name === name);
}

/** What a parameter accepts, in English words, for build errors (paramReasons has both languages). */
export function allowed(spec: ParamSpec): string {
  return allowedLabel(spec).en;
}

/** Plain decimal numbers only: Number() would also read '0x10', '0b1' and '0o7', which no reader means. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const LONE_SURROGATE = /\p{Cs}/u;

/** A number longer than this is no number a reader typed (and is not worth a regex pass). */
const MAX_NUMBER_CHARS = 64;

/**
 * Checks one value (a typed value from props, a raw string from the URL or a text box, a drag).
 * The one gate every source goes through: numbers are settled to their parameter's precision
 * (no float noise like 1.2000000000000002 is stored), integers must lie on their step grid.
 */
export function check(spec: ParamSpec, raw: unknown): Checked {
  const bad = (): Checked => ({ ok: false, reason: refusal(spec, raw) });
  switch (spec.kind) {
    case 'number':
    case 'int': {
      const text = typeof raw === 'string' && raw.length <= MAX_NUMBER_CHARS ? raw.trim() : '';
      const read = typeof raw === 'number' ? raw : DECIMAL.test(text) ? Number(text) : NaN;
      if (!Number.isFinite(read)) return bad();
      const n = settle(spec, read);
      // -0 would come back from the URL as 0 (String(-0) is "0"): store the zero that round-trips.
      if (n === 0) return n >= spec.min && n <= spec.max && onGrid(spec, 0) ? { ok: true, value: 0 } : bad();
      if (spec.kind === 'int' && !Number.isInteger(n)) return bad();
      if (n < spec.min || n > spec.max || !onGrid(spec, n)) return bad();
      return { ok: true, value: n };
    }
    case 'choice': {
      const hit = spec.choices.find((c) => c.value === raw);
      return hit ? { ok: true, value: hit.value } : bad();
    }
    case 'boolean': {
      if (raw === true || raw === 'true' || raw === '1') return { ok: true, value: true };
      if (raw === false || raw === 'false' || raw === '0') return { ok: true, value: false };
      return bad();
    }
    case 'text': {
      // A lone surrogate cannot be written into a URL (it becomes U+FFFD), so it is not text.
      if (typeof raw !== 'string' || raw.length > spec.maxLength || LONE_SURROGATE.test(raw)) return bad();
      return { ok: true, value: raw };
    }
  }
}

/** True when an integer parameter's value is `min` plus a whole number of steps. */
function onGrid(spec: ParamSpec, n: number): boolean {
  const step = gridStep(spec);
  return step <= 1 || spec.kind !== 'int' || (n - spec.min) % step === 0;
}

/** A value that was not used: its name and raw text (both cut to a readable length) and why. */
export interface Ignored {
  name: string;
  raw: string;
  reason: Label;
}

/**
 * Reads `<prefix>.<name>` keys from a query string (anything URLSearchParams accepts: a
 * malformed escape stays as typed, it never throws). Bad values fall back to the default and
 * are reported in `ignored`; unknown keys with this prefix are reported too. `given` holds the
 * values the query itself set (the last good one of a repeated key).
 */
export function parseQuery(
  table: ParamTable,
  prefix: string,
  query: string | URLSearchParams,
): { values: ParamValues; given: ParamValues; ignored: Ignored[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const values = defaults(table);
  const given: ParamValues = {};
  const ignored: Ignored[] = [];
  const specs = new Map(table.map((p) => [p.name, p]));
  for (const [key, raw] of params) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const name = key.slice(prefix.length + 1);
    const spec = specs.get(name);
    const result: Checked = spec ? check(spec, raw) : { ok: false, reason: UNKNOWN_PARAMETER };
    if (result.ok) values[name] = given[name] = result.value;
    else ignored.push({ name: clip(name), raw: clip(raw), reason: result.reason });
  }
  return { values, given, ignored };
}

/**
 * The `<prefix>.<name>` entries that differ from `base` (the table defaults unless given, e.g. a
 * chapter's own starting values), in table order.
 */
export function serializeQuery(
  table: ParamTable,
  prefix: string,
  values: ParamValues,
  base: ParamValues = defaults(table),
): [string, string][] {
  const out: [string, string][] = [];
  for (const spec of table) {
    const v = values[spec.name];
    if (v === undefined || v === (base[spec.name] ?? spec.default)) continue;
    out.push([`${prefix}.${spec.name}`, String(v)]);
  }
  return out;
}

/**
 * Build-time check of MDX props: throws an error naming the file, the prop and what is allowed.
 * `ignore` lists props that are not parameters (client directives, ids).
 */
export function checkProps(
  table: ParamTable,
  props: Record<string, unknown>,
  where: { file: string; widget: string },
  ignore: readonly string[] = [],
): ParamValues {
  const values = defaults(table);
  for (const [name, raw] of Object.entries(props)) {
    if (ignore.includes(name) || name.startsWith('client:') || name === 'id' || name === 'lang') continue;
    const spec = table.find((p) => p.name === name);
    if (!spec) {
      throw new Error(
        `${where.file}: <${where.widget}> has no prop "${name}". Allowed props: ${table.map((p) => p.name).join(', ')}.`,
      );
    }
    const result = check(spec, raw);
    if (!result.ok) throw new Error(`${where.file}: <${where.widget} ${name}=…> ${result.reason.en}.`);
    values[name] = result.value;
  }
  return values;
}
