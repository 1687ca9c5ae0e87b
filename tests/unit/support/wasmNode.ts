/**
 * tfjs's wasm backend in Node for the unit tests: the .wasm binaries are read from
 * node_modules (the page serves copies of the same files from /tfjs/). wasm runs this course's
 * convolutions (im2col + matMul) many times faster than the cpu backend's plain JavaScript.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { fileURLToPath } from 'node:url';

const WASM_DIR = fileURLToPath(new URL('../../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url));

/** Points tfjs-backend-wasm at node_modules, switches to it and waits until it is ready. */
export async function useWasmInNode(): Promise<void> {
  setWasmPaths(WASM_DIR);
  if (!(await tf.setBackend('wasm'))) throw new Error(`The tfjs wasm backend did not start from ${WASM_DIR}`);
  await tf.ready();
}
