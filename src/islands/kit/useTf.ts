/**
 * TensorFlow.js for islands, loaded lazily: the dynamic import() runs only when a widget that
 * needs tfjs mounts in the browser (islands hydrate client:visible), never at build time. The
 * backend is chosen once per page by a measured probe (engines/backendProbe) and remembered for
 * the browser session, so the next chapter starts at once.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Tf } from '~/engines/tfRuntime';
import { offeredBackends } from '~/lib/backendFallback';
import { isSoftwareRenderer } from '~/lib/softwareRenderer';
import { webGlRenderer } from '~/engines/webGlRenderer';
import { lostBackends, watchBackend, watchCurrent } from './tfRecovery';
import { exposeTf } from './debugHandle';
import { rememberChoice, rememberedChoice } from './sessionChoice';

export type TfStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface TfHandle {
  status: TfStatus;
  /** The tfjs namespace once ready, else null. */
  tf: Tf | null;
  backend: string;
  error?: string;
  switchBackend(name: string): Promise<void>;
  available: string[];
}

const CHOICE_KEY = 'lecture7.tfBackend';

interface Loaded {
  tf: Tf;
  /** Registered backends that can start here (webgl only where the browser gives a WebGL context). */
  available: string[];
  trySetBackend(name: string): Promise<boolean>;
}

// One load and one probe per page, however many widgets ask.
let loading: Promise<Loaded> | null = null;
const listeners = new Set<() => void>();

const remembered = () => rememberedChoice(CHOICE_KEY);
const remember = (name: string) => rememberChoice(CHOICE_KEY, name);

async function load(): Promise<Loaded> {
  const runtime = await import('~/engines/tfRuntime');
  // A browser without WebGL (blocked GPU, --disable-webgl, old hardware) never tries it: no
  // failed start, no console noise, and the switch does not offer it.
  const renderer = webGlRenderer('page');
  const available = offeredBackends(runtime.registeredBackends(), renderer !== null);
  const saved = remembered();
  if (!(saved && available.includes(saved) && (await runtime.trySetBackend(saved)))) {
    const { probeBackends } = await import('~/engines/backendProbe');
    const { best, results } = await probeBackends({ backends: available, softwareWebGl: isSoftwareRenderer(renderer) });
    remember(best);
    console.info('[tfjs] backend probe', JSON.stringify(results));
  }
  const tf = runtime.getTf();
  markPage(tf.getBackend());
  watchBackend({
    tf,
    order: available,
    trySetBackend: runtime.trySetBackend,
    switched: (name) => {
      remember(name);
      markPage(name);
      for (const fn of listeners) fn();
    },
  });
  exposeTf(tf);
  return { tf, available, trySetBackend: runtime.trySetBackend };
}

/** Whether the page can make a WebGL context at all (a blocked GPU or --disable-webgl: no). */
export function hasWebGl(): boolean {
  return webGlRenderer('page') !== null;
}

/** The page's backend on <html data-tf-backend>, for styles and end-to-end tests. */
function markPage(name: string): void {
  document.documentElement.dataset.tfBackend = name;
}

/** The page's tfjs, loaded and probed once per page (the engine host's main-thread mode shares it). */
export function pageTf(): Promise<Loaded> {
  loading ??= load();
  return loading;
}

/** Moves the page's tfjs to backend `name` and tells every widget (rejects if it cannot start). */
export async function switchPageBackend(name: string): Promise<void> {
  const loaded = await pageTf();
  if (!(await loaded.trySetBackend(name))) throw new Error(`Backend "${name}" could not start here`);
  remember(name);
  markPage(name);
  watchCurrent();
  // tfjs has one backend per page: every widget using it must hear about the switch.
  for (const fn of listeners) fn();
}

/** Calls `fn` whenever the page's tfjs changes backend (a switch or a recovery). */
export function onPageBackend(fn: () => void): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}

/**
 * tfjs, its current backend and a way to switch it (rejects if that backend cannot start); loads
 * on first use, or once `wanted` first turns true (a widget that needs tfjs only for some actions).
 */
export function useTf(wanted = true): TfHandle {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [backend, setBackend] = useState('');
  const [started, setStarted] = useState(false);

  useEffect(() => {
    if (!wanted) return;
    let alive = true;
    setStarted(true);
    const refresh = () => alive && loaded && setBackend(loaded.tf.getBackend());
    pageTf().then(
      (result) => {
        if (!alive) return;
        setLoaded(result);
        setBackend(result.tf.getBackend());
      },
      (e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)),
    );
    listeners.add(refresh);
    return () => {
      alive = false;
      listeners.delete(refresh);
    };
  }, [loaded, wanted]);

  const switchBackend = useCallback(
    async (name: string) => {
      if (!loaded) return;
      await switchPageBackend(name);
    },
    [loaded],
  );

  return {
    status: error ? 'error' : loaded ? 'ready' : started ? 'loading' : 'idle',
    tf: loaded?.tf ?? null,
    backend,
    error,
    switchBackend,
    // A backend that died on this page (see tfRecovery) is no longer offered.
    available: (loaded?.available ?? []).filter((name) => !lostBackends().has(name)),
  };
}
