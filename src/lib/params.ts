/**
 * The widget kit's one table of parameters. Every widget declares its parameters here-shaped;
 * controls, inline prose parameters, URL state and build-time MDX prop checks all derive from it.
 * Pure: no DOM, no tfjs.
 */
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

export type Checked = { ok: true; value: ParamValue } | { ok: false; reason: string };

/** The default value of every parameter in `table`. */
export function defaults(table: ParamTable): ParamValues {
  return Object.fromEntries(table.map((p) => [p.name, p.default]));
}

/** The spec called `name` in `table`, or undefined. */
export function findSpec(table: ParamTable, name: string): ParamSpec | undefined {
  return table.find((p) => p.name === name);
}

/** What a parameter accepts, in words, for error messages. */
export function allowed(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'number':
      return `a number from ${spec.min} to ${spec.max}`;
    case 'int':
      return `an integer from ${spec.min} to ${spec.max}`;
    case 'choice':
      return `one of ${spec.choices.map((c) => JSON.stringify(c.value)).join(', ')}`;
    case 'boolean':
      return 'true or false';
    case 'text':
      return `text of at most ${spec.maxLength} characters`;
  }
}

/** Plain decimal numbers only: Number() would also read '0x10', '0b1' and '0o7', which no reader means. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const LONE_SURROGATE = /\p{Cs}/u;

/** Checks one value (a typed value from props or a raw string from the URL or a text box). */
export function check(spec: ParamSpec, raw: unknown): Checked {
  const bad = (): Checked => ({ ok: false, reason: `expected ${allowed(spec)}, got ${show(raw)}` });
  switch (spec.kind) {
    case 'number':
    case 'int': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && DECIMAL.test(raw.trim()) ? Number(raw) : NaN;
      if (!Number.isFinite(n)) return bad();
      // -0 would come back from the URL as 0 (String(-0) is "0"): store the zero that round-trips.
      if (n === 0) return n >= spec.min && n <= spec.max ? { ok: true, value: 0 } : bad();
      if (spec.kind === 'int' && !Number.isInteger(n)) return bad();
      if (n < spec.min || n > spec.max) return bad();
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

function show(raw: unknown): string {
  if (typeof raw === 'string') return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}

export interface Ignored {
  name: string;
  raw: string;
  reason: string;
}

/**
 * Reads `<prefix>.<name>` keys from a query string. Bad values fall back to the default and
 * are reported in `ignored`; unknown keys with this prefix are reported too.
 */
export function parseQuery(
  table: ParamTable,
  prefix: string,
  query: string | URLSearchParams,
): { values: ParamValues; ignored: Ignored[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const values = defaults(table);
  const ignored: Ignored[] = [];
  for (const [key, raw] of params) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const name = key.slice(prefix.length + 1);
    const spec = table.find((p) => p.name === name);
    if (!spec) {
      ignored.push({ name, raw, reason: 'unknown parameter' });
      continue;
    }
    const result = check(spec, raw);
    if (result.ok) values[name] = result.value;
    else ignored.push({ name, raw, reason: result.reason });
  }
  return { values, ignored };
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
    if (!result.ok) throw new Error(`${where.file}: <${where.widget} ${name}=…> ${result.reason}.`);
    values[name] = result.value;
  }
  return values;
}
