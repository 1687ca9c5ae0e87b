/**
 * A page's URL as the shared record of every widget's changed parameters: keys are
 * `<widget id>.<name>`, so many widgets share one query string. These are pure string functions;
 * only the island layer reads or writes `location`.
 */
import { parseQuery, serializeQuery, type Ignored, type ParamValues } from './params';
import type { Store } from './widgetStore';

const applied = new WeakMap<Store, Ignored[]>();

/**
 * Applies the `<id>.*` values of query `search` to `store` once per page (URL wins over the
 * chapter's values) and returns what was ignored. Later calls, from another island or an inline
 * parameter that mounts afterwards, return the first result without touching the store again,
 * so they never undo a change the reader has made since.
 */
export function applyQueryOnce(store: Store, search: string): Ignored[] {
  const done = applied.get(store);
  if (done) return done;
  const params = new URLSearchParams(search);
  const { values, ignored } = parseQuery(store.table, store.id, params);
  const fromUrl: ParamValues = {};
  for (const [key] of params) {
    const name = key.slice(store.id.length + 1);
    const bad = ignored.some((item) => item.name === name);
    if (key.startsWith(`${store.id}.`) && name in values && !bad) fromUrl[name] = values[name];
  }
  store.setMany(fromUrl);
  applied.set(store, ignored);
  return ignored;
}

/**
 * The query string with this widget's keys replaced by its values that differ from the page's
 * starting values; other widgets' keys (and any other parameters) are kept in order.
 */
export function withWidgetQuery(search: string, store: Store): string {
  const params = new URLSearchParams(search);
  const prefix = `${store.id}.`;
  for (const key of [...params.keys()]) if (key.startsWith(prefix)) params.delete(key);
  for (const [key, value] of serializeQuery(store.table, store.id, store.get(), store.initial)) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** "Ignored race.lr=abc: expected a number from 1e-5 to 10, got "abc"" for one ignored value. */
export function describeIgnored(id: string, item: Ignored, word = 'Ignored'): string {
  return `${word} ${id ? `${id}.` : ''}${item.name}=${item.raw}: ${item.reason}`;
}
