/**
 * Draws the gallery: the photo canvas becomes one tfjs image (kept while the photo and the
 * backend stay the same), and every change of the settings or the seed runs the pipeline 16
 * times and paints the tiles with tf.browser.toPixels. Draws never overlap: a change during a
 * draw is picked up when it finishes. Returns what each tile drew and the time of the batch.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Drawn } from '~/engines/augment/transform';
import type { Tf } from '~/engines/tfRuntime';
import { reportStepFailure } from '~/islands/kit/tfRecovery';
import type { AugmentSettings } from '~/lib/widgets/augment';

type Pipeline = typeof import('~/engines/augment/pipeline');

export const TILES = 16;

export interface GridState {
  drawn: Drawn[];
  /** Milliseconds the last batch of 16 took, transfer to the canvases included. */
  ms: number | null;
  busy: boolean;
  error: string | null;
}

/** Paints TILES augmentations of `photo` into `canvases` whenever an input changes. */
export function useGalleryGrid(
  tf: Tf | null,
  engine: Pipeline | null,
  backend: string,
  photo: HTMLCanvasElement | null,
  settings: AugmentSettings,
  seed: number,
  canvases: { current: (HTMLCanvasElement | null)[] },
): GridState {
  const [state, setState] = useState<GridState>({ drawn: [], ms: null, busy: false, error: null });
  const image = useRef<{ source: HTMLCanvasElement; backend: string; tensor: import('@tensorflow/tfjs').Tensor3D } | null>(null);
  const running = useRef(false);
  const wanted = useRef(0);
  const key = JSON.stringify({ settings, seed, backend });
  // The loop below reads the newest inputs, not the ones of the render that started it.
  const latest = useRef({ photo, settings, seed });
  latest.current = { photo, settings, seed };

  useEffect(() => {
    if (!tf || !engine || !photo) return;
    wanted.current++;
    if (running.current) return;
    const draw = async () => {
      running.current = true;
      let done = 0;
      while (done !== wanted.current) {
        done = wanted.current;
        setState((s) => ({ ...s, busy: true }));
        const started = performance.now();
        const { photo, settings, seed } = latest.current;
        if (!photo) {
          setState((s) => ({ ...s, busy: false }));
          break;
        }
        try {
          const cached = image.current;
          if (!cached || cached.source !== photo || cached.backend !== tf.getBackend()) {
            cached?.tensor.dispose();
            const tensor = engine.photoTensor(photo);
            image.current = { source: photo, backend: tf.getBackend(), tensor };
          }
          const grid = engine.augmentGrid(image.current!.tensor, engine.buildPipeline(settings), seed, TILES);
          try {
            await Promise.all(grid.images.map((img, i) => (canvases.current[i] ? tf.browser.toPixels(img, canvases.current[i]!) : null)));
          } finally {
            engine.disposeGrid(grid);
          }
          setState({ drawn: grid.drawn, ms: performance.now() - started, busy: false, error: null });
        } catch (e) {
          // A dead WebGL context moves the page to another backend; the key change then redraws.
          reportStepFailure(e);
          setState((s) => ({ ...s, busy: false, error: e instanceof Error ? e.message : String(e) }));
        }
        // Give the page a frame between batches, so sliding a control stays smooth.
        await tf.nextFrame();
      }
      running.current = false;
    };
    void draw();
    // `key` stands for the settings, seed and backend.
  }, [tf, engine, photo, key]);

  useEffect(() => () => image.current?.tensor.dispose(), []);
  return state;
}
