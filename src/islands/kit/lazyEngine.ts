/**
 * A widget's engine module, imported only once tfjs is ready: engines import tfjs themselves, and a
 * static import would pull tfjs into the island's first chunk and run it during the build's server
 * render. Each engine loads once per page, however many widgets use it.
 */
import { useEffect, useState } from 'preact/hooks';

/** What an engine hook returns: the module once loaded, or why it could not load. */
export interface LoadedEngine<E> {
  engine: E | null;
  error: string | null;
}

/** Makes the hook for one engine: `useEngine(ready)` gives the module once `ready` (tfjs loaded, backend chosen). */
export function lazyEngine<E>(load: () => Promise<E>): (ready: boolean) => LoadedEngine<E> {
  let loading: Promise<E> | null = null;
  return function useEngine(ready: boolean): LoadedEngine<E> {
    const [engine, setEngine] = useState<E | null>(null);
    const [error, setError] = useState<string | null>(null);
    useEffect(() => {
      if (!ready || engine) return;
      let alive = true;
      loading ??= load();
      loading.then(
        (loaded) => alive && setEngine(() => loaded),
        (e: unknown) => {
          loading = null;
          if (alive) setError(e instanceof Error ? e.message : String(e));
        },
      );
      return () => {
        alive = false;
      };
    }, [ready, engine]);
    return { engine, error };
  };
}
