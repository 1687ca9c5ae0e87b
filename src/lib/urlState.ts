/**
 * A page's URL as the shared record of every widget's changed parameters: keys are
 * `<widget id>.<name>`, so many widgets share one query string. These are pure string functions;
 * only the island layer reads or writes `location`.
 */
import type { Lang } from './i18n';
import { parseQuery, serializeQuery, type Ignored } from './params';
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
  // One pass over the query, however long: 10,000 keys must not cost 10,000² comparisons.
  const { given, ignored } = parseQuery(store.table, store.id, search);
  store.setMany(given);
  applied.set(store, ignored);
  return ignored;
}

/**
 * The query string with this widget's keys replaced by its values that differ from the page's
 * starting values; other widgets' keys (and any other parameters) are kept in order.
 */
export function withWidgetQuery(search: string, store: Store): string {
  const prefix = `${store.id}.`;
  // Filtered in one pass: deleting keys one by one costs a scan each (10,000 keys, 10⁸ steps).
  const params = new URLSearchParams([...new URLSearchParams(search)].filter(([key]) => !key.startsWith(prefix)));
  for (const [key, value] of serializeQuery(store.table, store.id, store.get(), store.initial)) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** How many ignored values a widget's notice lists; the rest are counted, so any URL gives a short notice. */
export const IGNORED_SHOWN = 5;

/** "Ignored race.lr=abc: expected a number from 1e-5 to 10, got "abc"" for one ignored value, in `lang`. */
export function describeIgnored(id: string, item: Ignored, lang: Lang = 'en', word = 'Ignored'): string {
  return `${word} ${id ? `${id}.` : ''}${item.name}=${item.raw}: ${item.reason[lang]}`;
}

/** The lines of a widget's ignored-value notice: the first IGNORED_SHOWN, then how many more (`more` has {n}). */
export function ignoredNotice(id: string, ignored: Ignored[], lang: Lang, word: string, more: string): string[] {
  const lines = ignored.slice(0, IGNORED_SHOWN).map((item) => describeIgnored(id, item, lang, word));
  if (ignored.length > IGNORED_SHOWN) lines.push(more.replace('{n}', String(ignored.length - IGNORED_SHOWN)));
  return lines;
}
