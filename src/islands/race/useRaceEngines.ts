/**
 * The race's engines, imported only once tfjs is ready: they import tfjs themselves, and a
 * static import would pull it into the island's first chunk and run it during the build's
 * server render. One load per page.
 */
import { useEffect, useState } from 'preact/hooks';

export interface RaceEngines {
  race: typeof import('~/engines/race');
  surfaces: typeof import('~/engines/surfaces');
  formulaSurface: typeof import('~/engines/formulaSurface');
  optimizers: typeof import('~/engines/optimizers');
}

let loading: Promise<RaceEngines> | null = null;

function load(): Promise<RaceEngines> {
  loading ??= Promise.all([
    import('~/engines/race'),
    import('~/engines/surfaces'),
    import('~/engines/formulaSurface'),
    import('~/engines/optimizers'),
  ]).then(([race, surfaces, formulaSurface, optimizers]) => ({ race, surfaces, formulaSurface, optimizers }));
  return loading;
}

/** The engine modules once `ready` (tfjs loaded and its backend chosen), else null; `error` if they failed to load. */
export function useRaceEngines(ready: boolean): { engines: RaceEngines | null; error: string | null } {
  const [engines, setEngines] = useState<RaceEngines | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!ready || engines) return;
    let alive = true;
    load().then(
      (loaded) => alive && setEngines(loaded),
      (e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      alive = false;
    };
  }, [ready, engines]);
  return { engines, error };
}
