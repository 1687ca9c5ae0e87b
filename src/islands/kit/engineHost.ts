/**
 * The page's engine host (engines/worker/host.ts): in a module Web Worker over Comlink where
 * the browser has Worker and OffscreenCanvas, else the same host on the main thread sharing the
 * page's tfjs (as before the worker; `?engines=main` forces it, for the bench's "before" rows).
 *
 *   none ─first widget─► starting ─► ready ─worker error / lost WebGL─► restarting ─► ready (generation + 1)
 *                                      └── more than MAX_RESTARTS ──► failed (reload)
 *
 * A worker that throws outside a call, dies, or loses its WebGL context is terminated and a
 * fresh one started (WebGL then ruled out); every pending call rejects with HostRestarted, and
 * the runs rebuild from their settings because the host's generation is part of their key.
 * A worker that dies without an error event (killed for memory) is noticed by the watchdog
 * (./hostWatchdog.ts): a ping long unanswered restarts it the same way.
 */
import * as Comlink from 'comlink';
import type { EngineHost, HostStart } from '~/engines/worker/host';
import { looksLikeContextLoss } from '~/lib/backendFallback';
import { PING_EVERY_MS, watchdogTimeout, watchHost } from './hostWatchdog';
import { rememberChoice, rememberedChoice } from './sessionChoice';

export type HostMode = 'worker' | 'main';

export interface HostState {
  status: 'starting' | 'ready' | 'failed';
  mode: HostMode;
  backend: string;
  available: string[];
  /** Bumps on each restart: a run whose key holds it is rebuilt on the new host. */
  generation: number;
  /** Why the host was last restarted (null: never). */
  restart: { reason: 'crash' | 'webgl'; to: string } | null;
  error: string | null;
}

/** The rejection of a call that was in flight when the worker was restarted. */
export class HostRestarted extends Error {
  constructor() {
    super('The engine worker was restarted');
    this.name = 'HostRestarted';
  }
}

/** True for the rejection of a call cut off by a restart (the run rebuilds; not the widget's error). */
export const isHostRestart = (e: unknown): boolean => e instanceof HostRestarted || (e instanceof Error && e.name === 'HostRestarted');

const BACKEND_KEY = 'lecture7.workerBackend';
const MAX_RESTARTS = 3;

/** The state before anything started: also what the server renders, so islands hydrate from it (see useEngineHost). */
export const STARTING_STATE: HostState = { status: 'starting', mode: 'worker', backend: '', available: [], generation: 0, restart: null, error: null };

let state: HostState = STARTING_STATE;
let host: EngineHost | null = null;
let booting: Promise<EngineHost> | null = null;
let worker: Worker | null = null;
let killCurrent: (() => void) | null = null;
const ruledOut = new Set<string>();
const listeners = new Set<(s: HostState) => void>();

function publish(next: Partial<HostState>): void {
  state = { ...state, ...next };
  if (typeof document === 'object' && state.backend) document.documentElement.dataset.engineBackend = state.backend;
  for (const fn of listeners) fn(state);
}

/** Where the engines run on this page: the URL can force the main thread; old browsers get it anyway. */
export function hostMode(): HostMode {
  if (new URLSearchParams(location.search).get('engines') === 'main') return 'main';
  return typeof Worker === 'function' && typeof OffscreenCanvas === 'function' ? 'worker' : 'main';
}

const remembered = () => rememberedChoice(BACKEND_KEY);
const remember = (name: string) => rememberChoice(BACKEND_KEY, name);

/** Wraps every call of `remote` so that it rejects with HostRestarted once `dead` settles. */
function guarded(remote: EngineHost, dead: Promise<never>): EngineHost {
  const race = <T>(p: Promise<T>) => Promise.race([p, dead]);
  return {
    start: (o) => race(remote.start(o)),
    setBackend: (n) => race(remote.setBackend(n)),
    tensors: () => race(remote.tensors()),
    create: (k, c) => race(remote.create(k, c)),
    work: (id, b) => race(remote.work(id, b)).catch(failed),
    step: (id, k) => race(remote.step(id, k)).catch(failed),
    query: (id, what, arg) => race(remote.query(id, what, arg)),
    dispose: (id) => void Promise.resolve(remote.dispose(id)).catch(() => {}),
    crash: (how) => void remote.crash(how),
    loseContext: () => race(remote.loseContext()),
  };
}

/** A job call that threw: a lost WebGL context restarts the worker on another backend. */
function failed(e: unknown): never {
  const message = e instanceof Error ? e.message : String(e);
  if (!isHostRestart(e) && state.mode === 'worker' && state.backend === 'webgl' && looksLikeContextLoss(message)) {
    restart('webgl');
    throw new HostRestarted();
  }
  throw e;
}

type Booted = { host: EngineHost; ready: Partial<HostState> };

/** Widgets mounted on the host now: the watchdog pings only while one is (nothing waits on an unused worker). */
let holders = 0;
let watched: { ping: () => Promise<unknown>; onSilent: () => void } | null = null;
let stopWatching: (() => void) | null = null;

/** (Re)starts or stops the watchdog on the current worker to match whether any widget holds the host. */
function watchWhileHeld(): void {
  stopWatching?.();
  stopWatching = holders > 0 && watched ? watchHost(watched.ping, watched.onSilent, { everyMs: PING_EVERY_MS, timeoutMs: watchdogTimeout }) : null;
}

/**
 * Marks one mounted widget as using the host; returns its release. The worker stays up for the
 * page either way (starting it again costs seconds), but its watchdog, a timer every 2 s, runs
 * only while some widget holds it: an unmounted widget leaves no timer behind.
 */
export function holdHost(): () => void {
  let held = true;
  if (++holders === 1) watchWhileHeld();
  return () => {
    if (!held) return;
    held = false;
    if (--holders === 0) watchWhileHeld();
  };
}

async function bootWorker(): Promise<Booted> {
  const created = new Worker(new URL('../../engines/worker/engineWorker.ts', import.meta.url), { type: 'module', name: 'lecture7-engines' });
  worker = created;
  let kill!: () => void;
  const dead = new Promise<never>((_, reject) => (kill = () => reject(new HostRestarted())));
  dead.catch(() => {});
  killCurrent = kill;
  created.addEventListener('error', (event) => {
    event.preventDefault();
    if (worker === created) restart(looksLikeContextLoss(event.message ?? '') ? 'webgl' : 'crash');
  });
  created.addEventListener('messageerror', () => worker === created && restart('crash'));
  const remote = guarded(Comlink.wrap<EngineHost>(created) as unknown as EngineHost, dead);
  // A browser that blocks WebGL for the page (--disable-webgl, a blocklisted GPU) may still hand
  // a worker an OffscreenCanvas context: follow the page, so the badge never offers webgl there.
  const { hasWebGl } = await import('./useTf');
  const blocked = hasWebGl() ? [] : ['webgl'];
  const started: HostStart = await remote.start({ preferred: remembered(), ruledOut: [...ruledOut, ...blocked] });
  if (started.probe.length) console.info('[tfjs worker] backend probe', JSON.stringify(started.probe));
  remember(started.backend);
  watched = { ping: () => remote.tensors(), onSilent: () => worker === created && restart('crash') };
  watchWhileHeld();
  return { host: remote, ready: { backend: started.backend, available: started.available } };
}

async function bootMain(): Promise<Booted> {
  const [{ pageTf, onPageBackend }, { createHost }] = await Promise.all([import('./useTf'), import('~/engines/worker/host')]);
  const { tf, available } = await pageTf();
  const local = createHost();
  await local.start({ probe: false });
  onPageBackend(() => publish({ backend: tf.getBackend() }));
  return { host: local, ready: { backend: tf.getBackend(), available } };
}

function boot(): Promise<EngineHost> {
  const mode = hostMode();
  state = { ...state, mode };
  booting = (mode === 'worker' ? bootWorker() : bootMain()).then((booted) => {
    host = booted.host;
    publish({ ...booted.ready, status: 'ready', error: null });
    return booted.host;
  });
  booting.catch((e: unknown) => publish({ status: 'failed', error: e instanceof Error ? e.message : String(e) }));
  return booting;
}

/** Terminates the worker and starts a fresh one; pending calls reject with HostRestarted. */
export function restart(reason: 'crash' | 'webgl'): void {
  if (state.mode !== 'worker' || state.status === 'failed') return;
  if (reason === 'webgl') ruledOut.add('webgl');
  killCurrent?.();
  worker?.terminate();
  worker = null;
  host = null;
  if (state.generation >= MAX_RESTARTS) {
    publish({ status: 'failed', error: 'restarts', restart: { reason, to: '' } });
    return;
  }
  publish({ status: 'starting', generation: state.generation + 1 });
  void boot().then(() => publish({ restart: { reason, to: state.backend } }));
}

/**
 * `value` marked so that its `buffers` move to the worker instead of being copied when it is
 * passed to a host call (Comlink.transfer); the page must not use them afterwards. On the
 * main-thread host nothing moves.
 */
export function transferring<T>(value: T, buffers: ArrayBuffer[]): T {
  return state.mode === 'worker' ? Comlink.transfer(value, buffers) : value;
}

/** The host once started (one per page, however many widgets ask). */
export function engineHost(): Promise<EngineHost> {
  return booting ?? boot();
}

/** The host's state now, and a listener for its changes. */
export function hostState(): HostState {
  return state;
}

export function onHostState(fn: (s: HostState) => void): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}

/** The ready host, or null while it starts or restarts. */
export function currentHost(): EngineHost | null {
  return host;
}

/** Moves the host to backend `name` (the badge's switch); rejects when it cannot start there. */
export async function switchHostBackend(name: string): Promise<void> {
  if (state.mode === 'main') {
    const { switchPageBackend } = await import('./useTf');
    return switchPageBackend(name);
  }
  const h = await engineHost();
  if (!(await h.setBackend(name))) throw new Error(`Backend "${name}" could not start here`);
  remember(name);
  publish({ backend: name });
}
