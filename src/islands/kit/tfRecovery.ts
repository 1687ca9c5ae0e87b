/**
 * Keeps the page training when its TensorFlow.js backend dies under it, above all when the
 * browser takes the WebGL context away (GPU reset, driver crash, too many contexts). Two signals:
 * the `webglcontextlost` event of the canvas tfjs draws into, and a training step that throws
 * while that context is lost. Either one switches the page to the next backend that starts
 * (BACKEND_ORDER), rules the dead one out for this page, and publishes a notice every widget
 * frame shows. Widgets already rebuild their tensors from their settings when the backend
 * changes (it is part of their run's key), so the reader's parameters and URL stay as they were.
 *
 *   webgl ──context lost / step throws──► recovering ──next backend starts──► wasm (notice shown)
 *                                              └── none starts ──► notice: reload the page
 */
import { useEffect, useState } from 'preact/hooks';
import type { Tf } from '~/engines/tfRuntime';
// Relative, not ~/: the unit tests (Vitest, no path aliases) import this module directly.
import { fallbackCandidates, looksLikeContextLoss } from '../../lib/backendFallback';

/** What the frame tells the reader: which backend failed and where training went (null: nowhere). */
export interface BackendNotice {
  from: string;
  to: string | null;
}

interface Runtime {
  tf: Tf;
  order: readonly string[];
  trySetBackend(name: string): Promise<boolean>;
  /** Called once the page runs on `name`: remember it and tell every widget. */
  switched(name: string): void;
}

let runtime: Runtime | null = null;
let recovering: Promise<void> | null = null;
let notice: BackendNotice | null = null;
const lost = new Set<string>();
const noticeListeners = new Set<(n: BackendNotice | null) => void>();
const recoveredListeners = new Set<() => void>();
const watched = new WeakSet<object>();

/** Starts watching the page's tfjs (called once tfjs has loaded and picked its backend). */
export function watchBackend(rt: Runtime): void {
  runtime = rt;
  watchCurrent();
}

/** Backends that failed on this page and are no longer offered. */
export function lostBackends(): ReadonlySet<string> {
  return lost;
}

/** Listens for the loss of the WebGL context tfjs uses now (no-op on other backends). */
export function watchCurrent(): void {
  const canvas = webglCanvas();
  if (!canvas || watched.has(canvas)) return;
  watched.add(canvas);
  // tfjs's own listener only forgets the context; the backend keeps the dead one.
  canvas.addEventListener('webglcontextlost', () => void recover('webgl'));
}

/**
 * Called by a run whose step threw: true when the backend is what failed (the kit is already
 * moving to another one and the widget will be rebuilt), false when the error is the widget's own.
 */
export function reportStepFailure(error: unknown): boolean {
  if (!runtime) return false;
  if (recovering) return true;
  const name = runtime.tf.getBackend();
  if (name !== 'webgl') return false;
  const message = error instanceof Error ? error.message : String(error);
  if (!contextLost() && !looksLikeContextLoss(message)) return false;
  void recover(name);
  return true;
}

/**
 * Calls `fn` each time the page has moved to a new backend after a failure. A read-back from a
 * lost WebGL context never settles, so a loop awaiting one uses this to let that tick go.
 */
export function onBackendRecovered(fn: () => void): () => void {
  recoveredListeners.add(fn);
  return () => void recoveredListeners.delete(fn);
}

/** The latest backend notice, for the widget frames. */
export function useBackendNotice(): BackendNotice | null {
  const [current, setCurrent] = useState(notice);
  useEffect(() => {
    setCurrent(notice);
    noticeListeners.add(setCurrent);
    return () => void noticeListeners.delete(setCurrent);
  }, []);
  return current;
}

function recover(failed: string): Promise<void> {
  if (!runtime || lost.has(failed)) return recovering ?? Promise.resolve();
  const rt = runtime;
  lost.add(failed);
  recovering = (async () => {
    let to: string | null = null;
    for (const name of fallbackCandidates(rt.order, failed, lost)) {
      if (await rt.trySetBackend(name)) {
        to = name;
        break;
      }
    }
    stopPolling(failed);
    notice = { from: failed, to };
    for (const fn of noticeListeners) fn(notice);
    if (to) rt.switched(to);
    for (const fn of recoveredListeners) fn();
  })().finally(() => {
    recovering = null;
  });
  return recovering;
}

/** The canvas of the live tfjs WebGL backend, if that is the current one. */
function webglCanvas(): EventTarget | null {
  if (!runtime || runtime.tf.getBackend() !== 'webgl') return null;
  const backend = runtime.tf.findBackend('webgl') as unknown as { canvas?: EventTarget } | null;
  return backend?.canvas ?? null;
}

function contextLost(): boolean {
  const backend = runtime?.tf.findBackend('webgl') as unknown as { gpgpu?: { gl?: WebGLRenderingContext } } | null;
  return backend?.gpgpu?.gl?.isContextLost() === true;
}

/**
 * tfjs waits for a read-back by polling a fence every few milliseconds until it passes; on a
 * lost context it never does, so the poll would spin for the life of the page. Drop those waits
 * (whoever awaited them was let go, see onBackendRecovered).
 */
function stopPolling(name: string): void {
  const backend = runtime?.tf.findBackend(name) as unknown as { gpgpu?: { itemsToPoll?: unknown[] } } | null;
  if (backend?.gpgpu && Array.isArray(backend.gpgpu.itemsToPoll)) backend.gpgpu.itemsToPoll = [];
}
