/**
 * The shipped pretrained body for transfer islands, loaded once tfjs is ready (shared by every
 * island on the page through loadModel's cache; never disposed while the page lives).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Body } from '~/engines/transfer/architecture';
import { onBackendRecovered } from '~/islands/kit/tfRecovery';

export interface PretrainedLoad {
  body: Body | null;
  error: string | null;
}

/** The pretrained body once `ready` (tfjs loaded), or the load error. */
export function usePretrained(ready: boolean): PretrainedLoad {
  const [state, setState] = useState<PretrainedLoad>({ body: null, error: null });
  // After a lost WebGL context the body's tensors are gone: load it again on the new backend.
  const [generation, setGeneration] = useState(0);
  useEffect(() => onBackendRecovered(() => setGeneration((g) => g + 1)), []);
  useEffect(() => {
    if (!ready) return;
    let alive = true;
    import('~/engines/transfer/loadModel')
      .then(({ loadPretrainedBody }) => loadPretrainedBody())
      .then(
        ({ body }) => alive && setState({ body, error: null }),
        (e: unknown) => alive && setState({ body: null, error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      alive = false;
    };
  }, [ready, generation]);
  return state;
}
