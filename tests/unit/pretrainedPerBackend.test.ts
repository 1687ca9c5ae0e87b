/**
 * The pretrained body after the page changes backend (a lost WebGL context moves it to wasm):
 * a new body on the new backend, built from the bytes already fetched, not a second download.
 */
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { loadPretrainedBody } from '../../src/engines/transfer/loadModel';

const dir = new URL('../../public/models/strokes-cnn/', import.meta.url);

it('builds one body per backend from a single download', async () => {
  setWasmPaths(fileURLToPath(new URL('../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
  const fetched: string[] = [];
  const fetchBytes = (async (url: string) => {
    fetched.push(url);
    const bytes = readFileSync(new URL(url.replace('/models/strokes-cnn/', ''), dir));
    return new Response(bytes);
  }) as unknown as typeof fetch;

  await tf.setBackend('cpu');
  const onCpu = await loadPretrainedBody('/models/strokes-cnn/', fetchBytes);
  expect(await loadPretrainedBody('/models/strokes-cnn/', fetchBytes)).toBe(onCpu);
  const downloads = fetched.length;

  await tf.setBackend('wasm');
  const onWasm = await loadPretrainedBody('/models/strokes-cnn/', fetchBytes);
  expect(onWasm.body).not.toBe(onCpu.body);
  expect(fetched.length).toBe(downloads);
  expect(onWasm.body.kernels.map((k) => k.shape)).toEqual(onCpu.body.kernels.map((k) => k.shape));
  const first = async (b: typeof onCpu.body) => Array.from((await b.kernels[0].data()).slice(0, 5));
  expect(await first(onWasm.body)).toEqual(await first(onCpu.body));
});
