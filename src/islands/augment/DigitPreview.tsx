/**
 * Eight training digits as the augmented copy sees them, freshly augmented each time `round`
 * changes (the island passes the number of measurements so far, so the strip changes with the
 * chart rather than every frame). No flips among them: see the chapter text. The augmenting is
 * a one-shot job on the engine host (the worker); the page only paints the pixels it gets back.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { AffineRanges } from '~/engines/augment/geometry';
import type { EngineHost } from '~/engines/worker/host';
import { remoteJob } from '~/islands/kit/useEngineHost';
import { IMAGE_SIZE, PIXELS } from '~/lib/mnist';

const COUNT = 8;

interface Props {
  host: EngineHost | null;
  /** The host's generation: a restarted worker draws the strip again. */
  generation: number;
  digitsReady: boolean;
  ranges: AffineRanges;
  seed: number;
  round: number;
  label: string;
}

/** Paints one digit (784 values in [0, 1], ink = 1) into `canvas`, ink dark on transparent. */
function paintDigit(canvas: HTMLCanvasElement, pixels: Float32Array, offset: number) {
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(IMAGE_SIZE, IMAGE_SIZE);
  for (let p = 0; p < PIXELS; p++) {
    const v = Math.round(255 * pixels[offset + p]);
    image.data.set([v, v, v, 255], 4 * p);
  }
  context.putImageData(image, 0, 0);
}

/** A strip of COUNT augmented digits. */
export function DigitPreview({ host, generation, digitsReady, ranges, seed, round, label }: Props) {
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  useEffect(() => {
    if (!host || !digitsReady) return;
    let alive = true;
    void remoteJob(host, 'digitPreview', { count: COUNT, ranges, seed: seed * 1009 + round }).then(
      (job) => {
        job.dispose();
        if (!alive) return;
        const { pixels } = job.snapshot();
        canvases.current.forEach((canvas, i) => canvas && (i + 1) * PIXELS <= pixels.length && paintDigit(canvas, pixels, i * PIXELS));
      },
      // A strip that could not be drawn keeps the previous one; the run reports the host's problems.
      () => {},
    );
    return () => {
      alive = false;
    };
  }, [host, generation, digitsReady, JSON.stringify(ranges), seed, round]);
  return (
    <div class="augment-digits" role="img" aria-label={label}>
      {Array.from({ length: COUNT }, (_, i) => (
        <canvas key={i} width={IMAGE_SIZE} height={IMAGE_SIZE} ref={(el) => void (canvases.current[i] = el)} />
      ))}
    </div>
  );
}
