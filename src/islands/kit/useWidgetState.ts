/**
 * The state hook every widget island starts from: one shared store per widget instance, with
 * the URL applied on mount (URL wins over the chapter's values), ignored URL values reported,
 * and changes written back to the address bar.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Ignored, ParamTable, ParamValue, ParamValues } from '~/lib/params';
import { createStore, getStore } from '~/lib/widgetStore';
import { bindStoreToUrl, shareUrlFor } from './urlSync';

export interface WidgetState {
  values: ParamValues;
  /** Sets one parameter; an invalid value is ignored (the control keeps showing the last good one). */
  set(name: string, value: ParamValue): void;
  /** Back to the chapter's starting values. */
  reset(): void;
  /** URL values that could not be used, with the reason. */
  ignored: Ignored[];
  /** A link to this page that restores the current values. */
  shareUrl: string;
}

/** The shared, URL-synced parameter values of widget instance `id`. */
export function useWidgetState(id: string, table: ParamTable, initial: ParamValues): WidgetState {
  // One store per widget id on a page, shared with inline numbers. At build time every page
  // renders in one process, so the server gets a private store per render instead.
  const store = useMemo(
    () => (typeof window === 'undefined' ? createStore(id, table, initial) : getStore(id, table, initial)),
    [id],
  );
  // The first render must match the server's HTML (hydration does not patch attributes), so it
  // shows the chapter's values; the store's, which may already hold URL values or a change made
  // with an inline number, arrive in the effect below.
  const [values, setValues] = useState(() => createStore(id, table, initial).get());
  const [ignored, setIgnored] = useState<Ignored[]>([]);
  const [shareUrl, setShareUrl] = useState('');

  useEffect(() => {
    setIgnored(bindStoreToUrl(store));
    const refresh = () => {
      setValues(store.get());
      setShareUrl(shareUrlFor(store));
    };
    refresh();
    return store.subscribe(refresh);
  }, [store]);

  return {
    values,
    set: (name, value) => void store.set(name, value),
    reset: () => store.reset(),
    ignored,
    shareUrl,
  };
}
