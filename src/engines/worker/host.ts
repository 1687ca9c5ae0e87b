/**
 * The engine host: tfjs, its backend and the running jobs (experiments) of every widget, behind
 * one small asynchronous interface. In the page's module Web Worker (engineWorker.ts) it is
 * exposed over Comlink; where there is no Worker or OffscreenCanvas the kit calls the same object
 * on the main thread (islands/kit/engineHost.ts), so both modes run the same code.
 *
 *   start ─► probe (webgl through OffscreenCanvas, wasm, cpu; see backendProbe) ─► create(kind, config) ─► work/step … ─► dispose
 *
 * Every call is one slice of work (an epoch, a few steps); between calls the host answers other
 * messages, so a widget's Stop or dispose waits at most one slice, and the page never does.
 */
import { offeredBackends } from '../../lib/backendFallback';
import { isSoftwareRenderer } from '../../lib/softwareRenderer';
import { webGlRenderer } from '../webGlRenderer';
import { createJob, type JobKind, type JobSnapshot, type Job } from './jobs';
import { getTf, registeredBackends, trySetBackend } from '../tfRuntime';
import type { ProbeResult } from '../backendProbe';

export interface HostStart {
  backend: string;
  /** Backends that can start where the host runs, fastest first. */
  available: string[];
  /** Backends the probe measured or skipped (empty when a remembered choice was used). */
  probe: Pick<ProbeResult, 'backend' | 'stepsPerSecond' | 'skipped'>[];
}

export interface StartOptions {
  /** Try this backend first (the reader's earlier choice); the probe runs when it cannot start. */
  preferred?: string | null;
  /** Backends that failed on this page and are not tried again. */
  ruledOut?: string[];
  /** False on the main thread, where the page's own tfjs already chose its backend. */
  probe?: boolean;
}

/** What the host offers a widget; every result is plain data (typed arrays travel transferred). */
export interface EngineHost {
  start(options?: StartOptions): Promise<HostStart>;
  setBackend(name: string): Promise<boolean>;
  /** Live tfjs tensors where the host runs (tests/e2e/memory.e2e.ts reads it). */
  tensors(): Promise<number>;
  /** Builds a job and returns its id and first snapshot. */
  create(kind: JobKind, config: unknown): Promise<{ id: number; snapshot: JobSnapshot }>;
  /** About `budgetMs` of the job's work (one unit at least). */
  work(id: number, budgetMs: number): Promise<JobSnapshot>;
  /** Exactly `k` of the job's steps. */
  step(id: number, k: number): Promise<JobSnapshot>;
  /** A job's own read besides its snapshot (null when the job has none of that name or is gone). */
  query(id: number, what: string, arg: unknown): Promise<unknown>;
  dispose(id: number): void;
  /**
   * Test-only: throws outside any call, as a crashing engine would, or with 'silent' stops the
   * worker without a word, as one killed for memory does (the kit's watchdog notices; either way
   * the kit restarts the worker).
   */
  crash(how?: 'throw' | 'silent'): void;
  /** Test-only: loses the WebGL context tfjs uses here, as a GPU reset would (false: not on webgl). */
  loseContext(): Promise<boolean>;
}

const inWorker = typeof document === 'undefined';

function webglCanvas(): EventTarget | null {
  const tf = getTf();
  if (tf.getBackend() !== 'webgl') return null;
  return (tf.findBackend('webgl') as unknown as { canvas?: EventTarget } | null)?.canvas ?? null;
}

const watched = new WeakSet<EventTarget>();
/**
 * In the worker, a lost WebGL context ends the worker: a read-back from it would never settle,
 * and the kit restarts a fresh worker with WebGL ruled out (on the page, kit/tfRecovery.ts watches).
 */
function watchWebgl(): void {
  const canvas = inWorker ? webglCanvas() : null;
  if (!canvas || watched.has(canvas)) return;
  watched.add(canvas);
  canvas.addEventListener('webglcontextlost', () => {
    setTimeout(() => {
      throw new Error('WebGL context lost in the engine worker');
    }, 0);
  });
}

/** A new host with no jobs. */
export function createHost(): EngineHost {
  const jobs = new Map<number, Job>();
  let nextId = 1;
  const job = (id: number): Job => {
    const found = jobs.get(id);
    if (!found) throw new Error(`No job ${id} (it was disposed)`);
    return found;
  };
  return {
    async start({ preferred = null, ruledOut = [], probe = true } = {}) {
      // In a worker, WebGL comes through OffscreenCanvas; on the main thread (no worker) the same host asks either.
      const renderer = webGlRenderer('offscreen');
      const available = offeredBackends(registeredBackends(), renderer !== null, ruledOut);
      const tf = getTf();
      if (!probe) return { backend: tf.getBackend(), available, probe: [] };
      if (preferred && available.includes(preferred) && (await trySetBackend(preferred))) {
        watchWebgl();
        return { backend: preferred, available, probe: [] };
      }
      const { probeBackends } = await import('../backendProbe');
      const { best, results } = await probeBackends({ backends: available, softwareWebGl: isSoftwareRenderer(renderer) });
      watchWebgl();
      return { backend: best, available, probe: results.map(({ backend, stepsPerSecond, skipped }) => ({ backend, stepsPerSecond, ...(skipped ? { skipped } : {}) })) };
    },
    async setBackend(name) {
      const ok = await trySetBackend(name);
      watchWebgl();
      return ok;
    },
    tensors: async () => getTf().memory().numTensors,
    async create(kind, config) {
      const created = await createJob(kind, config);
      const id = nextId++;
      jobs.set(id, created);
      return { id, snapshot: created.snapshot() };
    },
    work: async (id, budgetMs) => job(id).work(budgetMs),
    step: async (id, k) => job(id).step(k),
    query: async (id, what, arg) => jobs.get(id)?.query?.(what, arg) ?? null,
    dispose(id) {
      jobs.get(id)?.dispose();
      jobs.delete(id);
    },
    async loseContext() {
      const gl = (getTf().findBackend('webgl') as unknown as { gpgpu?: { gl?: WebGLRenderingContext } } | null)?.gpgpu?.gl;
      if (getTf().getBackend() !== 'webgl' || !gl) return false;
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      return true;
    },
    crash(how = 'throw') {
      if (how === 'silent' && inWorker) return (self as unknown as { close(): void }).close();
      setTimeout(() => {
        throw new Error('Injected engine crash (test hook)');
      }, 0);
    },
  };
}
