/**
 * The dropout-experiment engine module, imported only once tfjs is ready: it imports tfjs
 * itself, and a static import would pull tfjs into the island's first chunk and run it during
 * the build's server render. One load per page.
 */
import { useEffect, useState } from 'preact/hooks';

type Engine = typeof import('~/engines/dropoutExperiment');

let loading: Promise<Engine> | null = null;

/** The engine once `ready` (tfjs loaded, backend chosen), else null; `error` if it failed to load. */
export function useExperimentEngine(ready: boolean): { engine: Engine | null; error: string | null } {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!ready || engine) return;
    let alive = true;
    loading ??= import('~/engines/dropoutExperiment');
    loading.then(
      (loaded) => alive && setEngine(loaded),
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
}
