/**
 * A widget's handle on the page's engine host (./engineHost.ts): starts it on first mount, and
 * gives its backend for the badge, a switch, its generation (part of every run's key: a
 * restarted worker rebuilds the runs from their settings) and why it last restarted.
 * `remoteJob` turns one of the host's jobs into the kit's Steppable, so useSteppedRun drives a
 * run in the worker exactly as it drives one on the page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JobKind, JobTypes } from '~/engines/worker/jobs';
import type { EngineHost } from '~/engines/worker/host';
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';
import { currentHost, engineHost, holdHost, hostState, onHostState, STARTING_STATE, switchHostBackend, type HostState } from './engineHost';
import { setWatchdogTimeout } from './hostWatchdog';
import { exposeHost } from './debugHandle';
import type { Steppable } from './useSteppedRun';

export interface EngineHostHandle extends HostState {
  /** The host once ready (null while it starts or restarts). */
  host: EngineHost | null;
  switchBackend(name: string): Promise<void>;
}

let exposed = false;

/** The page's engine host, started on first use. */
export function useEngineHost(): EngineHostHandle {
  // The first render matches the server's (nothing started): an island that hydrates after the
  // host is ready would otherwise keep the server's attributes (Preact does not patch them while
  // hydrating), e.g. a badge whose data-backend stayed "…" while it showed wasm.
  const [state, setState] = useState<HostState>(STARTING_STATE);
  useEffect(() => {
    const off = onHostState(setState);
    const release = holdHost();
    setState(hostState());
    engineHost().then(
      () => setState(hostState()),
      () => setState(hostState()),
    );
    if (!exposed) {
      exposed = true;
      exposeHost({
        // On the main-thread fallback the host's tensors are the page's own (already in __lecture7.tf).
        hostTensors: async () => (hostState().mode === 'worker' ? ((await currentHost()?.tensors()) ?? null) : null),
        crashHost: () => currentHost()?.crash(),
        silenceHost: (watchdogMs) => {
          setWatchdogTimeout(watchdogMs);
          currentHost()?.crash('silent');
        },
        loseHostContext: async () => (await currentHost()?.loseContext()) ?? false,
      });
    }
    return () => {
      off();
      release();
    };
  }, []);
  return { ...state, host: state.status === 'ready' ? currentHost() : null, switchBackend: switchHostBackend };
}

/** A job on the host as the kit steps it, plus `query(what, arg)`: a job's own read (e.g. the network race's first layer). */
export type RemoteJob<S extends { step: number; done: boolean }> = Steppable<S> & { query(what: string, arg: unknown): Promise<unknown> };

/** Builds a job of `kind` on `host` and steps it through the kit's Steppable interface. */
export async function remoteJob<K extends JobKind>(host: EngineHost, kind: K, config: JobTypes[K]['config']): Promise<RemoteJob<JobTypes[K]['snapshot']>> {
  type S = JobTypes[K]['snapshot'];
  const { id, snapshot } = await host.create(kind, config);
  let latest = snapshot as S;
  let disposed = false;
  const keep = (next: unknown) => (latest = next as S);
  return {
    snapshot: () => latest,
    work: async (budgetMs) => keep(await host.work(id, budgetMs)),
    step: async (k) => keep(await host.step(id, k)),
    query: async (what, arg) => (disposed ? null : host.query(id, what, arg)),
    dispose: () => {
      if (disposed) return;
      disposed = true;
      host.dispose(id);
    },
  };
}

/** Why the host cannot run (for firstProblem's 'tf' slot), or false. */
export function hostProblem(handle: HostState): string | false {
  return handle.status === 'failed' && (handle.error ?? 'failed');
}

/** The frame's sentence after a restart of the engine worker (null: none happened). */
export function restartNotice(handle: HostState, lang: Lang): string | null {
  if (handle.status === 'failed' && handle.error === 'restarts') return kt(lang, 'engineFailedAgain');
  if (!handle.restart) return null;
  return handle.restart.reason === 'webgl' ? kt(lang, 'engineRestartedWebgl').replace('{to}', handle.restart.to) : kt(lang, 'engineRestarted');
}
