/**
 * One tiny store per widget instance id, shared by everything on a page that shows or edits
 * that widget's parameters: the island's controls and the inline <Param> numbers in the prose.
 * Both import this module; Vite puts it in one shared chunk, so `stores` below is one map per
 * page. Every write is checked against the widget's parameter table. Pure: no DOM.
 *
 *   getStore(id, table, initial) ──► Store ◄── set / setMany / reset
 *                                      │
 *                                      └──► subscribers (controls, inline numbers, URL writer)
 */
import { check, defaults, findSpec, type Checked, type Ignored, type Label, type ParamTable, type ParamValues } from './params';
import { clip, UNKNOWN_PARAMETER } from './paramReasons';

export interface Store {
  readonly id: string;
  readonly table: ParamTable;
  /** The values the page starts from (table defaults overridden by the chapter's props). */
  readonly initial: ParamValues;
  /** The current values (a fresh object after every change, so it can be compared by identity). */
  get(): ParamValues;
  /** Sets one value; returns null when accepted, else why it was ignored, in both languages (the value stays). */
  set(name: string, value: unknown): Label | null;
  /** Sets several values in one change; returns the ones that were ignored. */
  setMany(values: Record<string, unknown>): Ignored[];
  /** Goes back to `initial`. */
  reset(): void;
  /** Calls `fn` after every change; returns the unsubscribe function. */
  subscribe(fn: (values: ParamValues) => void): () => void;
}

const stores = new Map<string, Store>();

/**
 * The store of widget instance `id`, created on first use from `table` and `initial` (invalid
 * initial values are dropped in favour of defaults). Later calls return the same store.
 */
export function getStore(id: string, table: ParamTable, initial: ParamValues = {}): Store {
  const existing = stores.get(id);
  if (existing) return existing;
  const store = createStore(id, table, initial);
  stores.set(id, store);
  return store;
}

/** The store of `id` if one exists on this page (for code that must not create one). */
export function peekStore(id: string): Store | undefined {
  return stores.get(id);
}

/** Forgets every store (tests only: a page never needs this). */
export function clearStores(): void {
  stores.clear();
}

/** A store that is not registered by id (used by getStore, and by tests). */
export function createStore(id: string, table: ParamTable, initial: ParamValues = {}): Store {
  const start = defaults(table);
  for (const [name, raw] of Object.entries(initial)) {
    const spec = findSpec(table, name);
    const result = spec ? check(spec, raw) : null;
    if (result?.ok) start[name] = result.value;
  }
  let values: ParamValues = { ...start };
  const listeners = new Set<(values: ParamValues) => void>();

  const validate = (name: string, raw: unknown): Checked => {
    const spec = findSpec(table, name);
    if (!spec) return { ok: false, reason: UNKNOWN_PARAMETER };
    return check(spec, raw);
  };
  const emit = () => {
    for (const fn of [...listeners]) fn(values);
  };

  return {
    id,
    table,
    initial: Object.freeze({ ...start }),
    get: () => values,
    set(name, raw) {
      const result = validate(name, raw);
      if (!result.ok) return result.reason;
      if (values[name] === result.value) return null;
      values = { ...values, [name]: result.value };
      emit();
      return null;
    },
    setMany(changes) {
      const ignored: Ignored[] = [];
      const next = { ...values };
      let changed = false;
      for (const [name, raw] of Object.entries(changes)) {
        const result = validate(name, raw);
        if (!result.ok) {
          ignored.push({ name: clip(name), raw: clip(String(raw)), reason: result.reason });
        } else if (next[name] !== result.value) {
          next[name] = result.value;
          changed = true;
        }
      }
      if (changed) {
        values = next;
        emit();
      }
      return ignored;
    },
    reset() {
      const same = table.every((spec) => values[spec.name] === start[spec.name]);
      if (same) return;
      values = { ...start };
      emit();
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
