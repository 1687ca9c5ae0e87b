/**
 * Eight training digits as the augmented copy sees them, freshly augmented each time `round`
 * changes (the island passes the number of measurements so far, so the strip changes with the
 * chart rather than every frame). No flips among them: see the chapter text.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Tf } from '~/engines/tfRuntime';
import type { AffineRanges } from '~/engines/augment/geometry';
import { balancedSubset, gather, IMAGE_SIZE, splitIndices, type DigitSet } from '~/lib/mnist';
import { createRng } from '~/lib/rng';

type Digits = typeof import('~/engines/augment/digits');

const COUNT = 8;

interface Props {
  tf: Tf | null;
  engine: Digits | null;
  digits: DigitSet | null;
  ranges: AffineRanges;
  seed: number;
  round: number;
  label: string;
}

/** A strip of COUNT augmented digits. */
export function DigitPreview({ tf, engine, digits, ranges, seed, round, label }: Props) {
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  useEffect(() => {
    if (!tf || !engine || !digits) return;
    // One digit of each of the first eight classes.
    const rows = balancedSubset(digits, splitIndices(digits).train, 1).slice(0, COUNT);
    const { x } = gather(digits, rows);
    const batch = engine.augmentedDigitImages(x, COUNT, ranges, createRng(seed * 1009 + round));
    let alive = true;
    Promise.all(batch.map((img, i) => (alive && canvases.current[i] ? tf.browser.toPixels(img, canvases.current[i]!) : null))).finally(() => tf.dispose(batch));
    return () => {
      alive = false;
    };
  }, [tf, engine, digits, JSON.stringify(ranges), seed, round]);
  return (
    <div class="augment-digits" role="img" aria-label={label}>
      {Array.from({ length: COUNT }, (_, i) => (
        <canvas key={i} width={IMAGE_SIZE} height={IMAGE_SIZE} ref={(el) => void (canvases.current[i] = el)} />
      ))}
    </div>
  );
}
