/**
 * Benchmark page of the augmentation gallery (never shipped: scripts/bench-augment.mjs bundles
 * it into a temporary folder). Times what one click of "New draw" costs: a batch of 16
 * augmentations of the cat photo (224 px, as the gallery works) through engines/augment exactly
 * as the widget calls it, with every pixel read back so a GPU backend has really finished.
 * Exposes `window.augmentBench` for the Playwright driver.
 */
import { augmentGrid, buildPipeline, disposeGrid } from '~/engines/augment/pipeline';
import { getTf, trySetBackend } from '~/engines/tfRuntime';
import { augmentNames, augmentParams, augmentSettings, switchName } from '~/lib/widgets/augment';
import { defaults } from '~/lib/params';

export interface AugmentBenchResult {
  backend: string;
  pipeline: string;
  ok: boolean;
  error?: string;
  batches: number;
  msPerBatch: number;
}

const tf = getTf();

async function photoTensor() {
  const bitmap = await createImageBitmap(await (await fetch('/chelsea.jpg')).blob());
  const scale = 224 / Math.max(bitmap.width, bitmap.height);
  const canvas = new OffscreenCanvas(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return tf.tidy(() => tf.browser.fromPixels(canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)).toFloat().div(255));
}

/** ms per batch of 16 on `backend`, with the default pipeline or with every transform on. */
async function run(backend: string, pipeline: 'default' | 'all', seconds: number): Promise<AugmentBenchResult> {
  if (!(await trySetBackend(backend))) return { backend, pipeline, ok: false, error: 'backend did not start', batches: 0, msPerBatch: NaN };
  const values = defaults(augmentParams);
  if (pipeline === 'all') for (const name of augmentNames) values[switchName(name)] = true;
  const transform = buildPipeline(augmentSettings(values));
  const image = (await photoTensor()) as import('@tensorflow/tfjs').Tensor3D;
  const batch = async (seed: number) => {
    const grid = augmentGrid(image, transform, seed, 16);
    await Promise.all(grid.images.map((t) => t.data()));
    disposeGrid(grid);
  };
  try {
    await batch(1); // warm-up: shader compilation, wasm start
    let batches = 0;
    const started = performance.now();
    while (performance.now() - started < seconds * 1000) await batch(2 + batches++);
    return { backend, pipeline, ok: true, batches, msPerBatch: (performance.now() - started) / batches };
  } catch (e) {
    return { backend, pipeline, ok: false, error: e instanceof Error ? e.message : String(e), batches: 0, msPerBatch: NaN };
  } finally {
    image.dispose();
  }
}

(window as unknown as { augmentBench: unknown }).augmentBench = { run, tfVersion: tf.version.tfjs };
