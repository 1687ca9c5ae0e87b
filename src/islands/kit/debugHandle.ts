/**
 * `window.__lecture7`: a debugging handle on the page's one tfjs instance, set when tfjs loads.
 * In the console, `__lecture7.tf.memory()` shows the live tensor count; tests/e2e/memory.e2e.ts
 * reads it to prove that mounting and unmounting widgets leaves no tensors behind. It adds no
 * behaviour: it only names what the page has already loaded.
 */
import type { Tf } from '~/engines/tfRuntime';

export interface DebugHandle {
  tf?: Tf;
  /** Live tensors where the engine host runs (the worker's own tfjs, or the page's). */
  hostTensors?: () => Promise<number | null>;
  /** Test-only: makes the engine worker throw, as a crashing engine would. */
  crashHost?: () => void;
  /** Test-only: stops the engine worker without an error event (as an out-of-memory kill) after setting the watchdog's timeout to `watchdogMs`. */
  silenceHost?: (watchdogMs: number) => void;
  /** Test-only: loses the engine worker's WebGL context (false when it is not on webgl). */
  loseHostContext?: () => Promise<boolean>;
}

declare global {
  interface Window {
    __lecture7?: DebugHandle;
  }
}

/** Publishes `tf` as `window.__lecture7.tf`. */
export function exposeTf(tf: Tf): void {
  window.__lecture7 = { ...window.__lecture7, tf };
}

/** Publishes the engine host's tensor count and crash hook beside the page's tfjs. */
export function exposeHost(handle: Required<Pick<DebugHandle, 'hostTensors' | 'crashHost' | 'silenceHost' | 'loseHostContext'>>): void {
  window.__lecture7 = { ...window.__lecture7, ...handle };
}
