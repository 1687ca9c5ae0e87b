/**
 * Setup of the 'unit' Vitest project, whose files share one fork and its module cache (importing
 * tfjs in a fresh fork per file cost as much as the tests themselves). Before each file tfjs is
 * put back where a fresh process starts it: on the cpu backend, so a file that switched to wasm
 * (support/wasmNode.ts) or ran the probe cannot change the numbers of the next. Files that count
 * tensors compare with their own count before, never with zero.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll } from 'vitest';

beforeAll(async () => {
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  await tf.ready();
});
