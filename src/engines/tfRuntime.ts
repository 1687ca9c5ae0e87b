/**
 * TensorFlow.js as this site runs it: the wasm backend registered with its binaries served from
 * the site itself (/tfjs/, copied there by scripts/copy-tfjs-wasm.mjs), never from a CDN.
 * Import this module only with a dynamic import(), so tfjs loads when a widget needs it.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

export type Tf = typeof tf;

/** Backends worth trying, fastest first on typical hardware. */
export const BACKEND_ORDER = ['webgl', 'wasm', 'cpu'] as const;

/** Where the site serves the wasm binaries. */
export const WASM_PATH = '/tfjs/';

setWasmPaths(WASM_PATH);

/** The tfjs namespace, with the site's backends registered. */
export function getTf(): Tf {
  return tf;
}

/** Backends registered in this build, in BACKEND_ORDER. */
export function registeredBackends(): string[] {
  const registered = Object.keys(tf.engine().registryFactory);
  return BACKEND_ORDER.filter((name) => registered.includes(name));
}

/** Switches to backend `name`; false (not an exception) when it cannot start, e.g. no WebGL. */
export async function trySetBackend(name: string): Promise<boolean> {
  try {
    const ok = await tf.setBackend(name);
    await tf.ready();
    return ok && tf.getBackend() === name;
  } catch {
    return false;
  }
}
