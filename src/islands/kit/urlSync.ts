/**
 * Keeps the address bar in step with a widget's store, so the page's URL is always a link that
 * restores what the reader set. Framework-free: used by islands and by inline <Param> numbers.
 */
import { applyQueryOnce, withWidgetQuery } from '~/lib/urlState';
import type { Ignored } from '~/lib/params';
import type { Store } from '~/lib/widgetStore';

/** Rapid changes (a slider drag) are written once they pause, not on every frame. */
const WRITE_DELAY_MS = 250;
const synced = new WeakSet<Store>();

/** The link that restores `store`'s current values (other widgets' keys and the hash kept). */
export function shareUrlFor(store: Store): string {
  const { origin, pathname, search, hash } = window.location;
  return `${origin}${pathname}${withWidgetQuery(search, store)}${hash}`;
}

/**
 * Applies the URL's values to `store` (once per page) and, from then on, writes the store's
 * changed values back with history.replaceState. Returns the URL values that were ignored.
 */
export function bindStoreToUrl(store: Store): Ignored[] {
  const ignored = applyQueryOnce(store, window.location.search);
  if (synced.has(store)) return ignored;
  synced.add(store);
  let timer: ReturnType<typeof setTimeout> | undefined;
  store.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { pathname, search, hash } = window.location;
      const next = withWidgetQuery(search, store);
      if (next !== search) history.replaceState(history.state, '', `${pathname}${next}${hash}`);
    }, WRITE_DELAY_MS);
  });
  return ignored;
}
