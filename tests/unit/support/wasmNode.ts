/**
 * The tfjs wasm backend in Node, for the claim tests that would take minutes on the cpu backend
 * (its MatMul and Slice are plain JavaScript). In Node the backend cannot fetch its .wasm over
 * HTTP, so it is pointed at the files in node_modules. Weights, masks and batches come from the
 * project's seeded Rng, so a run gives the same numbers on wasm as on cpu.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { fileURLToPath } from 'node:url';

/** Loads the wasm backend from node_modules and makes it the active backend; returns its name. */
export async function useWasmInNode(): Promise<string> {
  setWasmPaths(fileURLToPath(new URL('../../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
  const ok = await tf.setBackend('wasm');
  if (!ok) throw new Error('The tfjs wasm backend did not initialise in Node');
  await tf.ready();
  return tf.getBackend();
}
