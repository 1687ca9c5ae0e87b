/**
 * An engine module imported only once tfjs is ready: engines import tfjs themselves, and a
 * static import would pull tfjs into the island's first chunk and run it during the build's
 * server render. One load per module per page.
 */
import { useEffect, useState } from 'preact/hooks';

const loads = new Map<string, Promise<unknown>>();

/** The module `load()` returns once `ready`, else null; `error` if it failed (a later mount retries). */
export function useLazyModule<T>(key: string, load: () => Promise<T>, ready: boolean): { module: T | null; error: string | null } {
  const [module, setModule] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!ready || module) return;
    let alive = true;
    if (!loads.has(key)) loads.set(key, load());
    (loads.get(key) as Promise<T>).then(
      (loaded) => alive && setModule(() => loaded),
      (e: unknown) => {
        loads.delete(key);
        if (alive) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      alive = false;
    };
  }, [ready, module, key]);
  return { module, error };
}
