/**
 * Draws the gallery: the photo's pixels go to the engine host once (a job `augmentGallery`, in
 * the worker; their buffer is transferred, not copied) and stay there as one tfjs image while the
 * photo, the backend and the worker stay the same; every change of the settings or the seed asks
 * the job for 16 augmentations as RGBA bytes, and the page only paints them (putImageData).
 * Draws never overlap: a change during a draw is picked up when it finishes. Returns what each
 * tile drew and the time of the batch.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GridPixels } from '~/engines/augment/pipeline';
import type { Drawn } from '~/engines/augment/transform';
import type { EngineHost } from '~/engines/worker/host';
import { isHostRestart, transferring } from '~/islands/kit/engineHost';
import { remoteJob, type RemoteJob } from '~/islands/kit/useEngineHost';
import type { AugmentSettings } from '~/lib/widgets/augment';

export const TILES = 16;

export interface GridState {
  drawn: Drawn[];
  /** Milliseconds the last batch of 16 took, the trip to the worker and the painting included. */
  ms: number | null;
  busy: boolean;
  error: string | null;
}

/** The photo's pixels, copied out of its canvas (the copy is what travels to the worker). */
function photoPixels(photo: HTMLCanvasElement): { width: number; height: number; rgba: Uint8ClampedArray } {
  const context = photo.getContext('2d');
  if (!context) throw new Error('The photo canvas has no 2D context');
  const { data } = context.getImageData(0, 0, photo.width, photo.height);
  return { width: photo.width, height: photo.height, rgba: data };
}

/** Paints tile `i` of `grid` into `canvas`, sized to the tile. */
function paintTile(canvas: HTMLCanvasElement, grid: GridPixels, i: number) {
  const { width, height, rgba } = grid;
  const size = width * height * 4;
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.putImageData(new ImageData(rgba.slice(i * size, (i + 1) * size), width, height), 0, 0);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Paints TILES augmentations of `photo` into `canvases` whenever an input changes. */
export function useGalleryGrid(
  host: EngineHost | null,
  generation: number,
  backend: string,
  photo: HTMLCanvasElement | null,
  settings: AugmentSettings,
  seed: number,
  canvases: { current: (HTMLCanvasElement | null)[] },
): GridState {
  const [state, setState] = useState<GridState>({ drawn: [], ms: null, busy: false, error: null });
  const job = useRef<{ source: HTMLCanvasElement; host: EngineHost; backend: string; job: Promise<RemoteJob<{ step: number; done: boolean }>> } | null>(null);
  const running = useRef(false);
  const wanted = useRef(0);
  const key = JSON.stringify({ settings, seed, backend, generation });
  // The loop below reads the newest inputs, not the ones of the render that started it.
  const latest = useRef({ host, backend, photo, settings, seed });
  latest.current = { host, backend, photo, settings, seed };

  /** The job holding `photo` on `host` (a new one when either changed, or the backend did). */
  const photoJob = (host: EngineHost, photo: HTMLCanvasElement, backend: string) => {
    const held = job.current;
    if (held && held.source === photo && held.host === host && held.backend === backend) return held.job;
    void held?.job.then((j) => j.dispose(), () => {});
    const pixels = photoPixels(photo);
    const created = remoteJob(host, 'augmentGallery', transferring(pixels, [pixels.rgba.buffer as ArrayBuffer]));
    job.current = { source: photo, host, backend, job: created };
    created.catch(() => job.current?.job === created && (job.current = null));
    return created;
  };

  useEffect(() => {
    if (!host || !photo) return;
    wanted.current++;
    if (running.current) return;
    const draw = async () => {
      running.current = true;
      let done = 0;
      while (done !== wanted.current) {
        done = wanted.current;
        const { host, backend, photo, settings, seed } = latest.current;
        if (!host || !photo) break;
        setState((s) => ({ ...s, busy: true }));
        const started = performance.now();
        try {
          const grid = (await (await photoJob(host, photo, backend)).query('grid', { settings, seed, count: TILES })) as GridPixels | null;
          if (grid) {
            canvases.current.forEach((canvas, i) => canvas && i < TILES && paintTile(canvas, grid, i));
            setState({ drawn: grid.drawn, ms: performance.now() - started, busy: false, error: null });
          }
        } catch (e) {
          // A restarted worker bumps the generation, and the key change draws again on the new one.
          if (isHostRestart(e)) job.current = null;
          else setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
        }
        // Give the page a frame between batches, so sliding a control stays smooth.
        await nextFrame();
      }
      running.current = false;
      setState((s) => (s.busy ? { ...s, busy: false } : s));
    };
    void draw();
    // `key` stands for the settings, seed, backend and the host's generation.
  }, [host, photo, key]);

  useEffect(() => () => void job.current?.job.then((j) => j.dispose(), () => {}), []);
  return state;
}
