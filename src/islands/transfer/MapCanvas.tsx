/**
 * A small square map (a filter's weights or an activation map) as a canvas, one canvas pixel per
 * value, enlarged by CSS with crisp pixels. `scale` sets the colours: 'strength' is black to
 * white for 0..max (activations after ReLU); 'signed' is blue through white to orange for
 * -max..max (weights), so sign and size read in light and dark mode alike.
 */
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  values: Float32Array;
  size: number;
  /** The value drawn at full colour (the largest in the group, so maps of one group compare). */
  max: number;
  scale: 'strength' | 'signed';
  label: string;
  class?: string;
}

const ORANGE = [217, 95, 2];
const BLUE = [27, 94, 167];

/** RGB of `v` on `scale` with full colour at `max`. */
function colour(v: number, max: number, scale: Props['scale']): number[] {
  const t = max > 0 ? Math.min(1, Math.abs(v) / max) : 0;
  if (scale === 'strength') return [255 * t, 255 * t, 255 * t];
  const end = v >= 0 ? ORANGE : BLUE;
  return end.map((c) => 255 + (c - 255) * t);
}

/** The map as a labelled image. */
export function MapCanvas({ values, size, max, scale, label, class: className }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const pixels = context.createImageData(size, size);
    values.forEach((v, i) => pixels.data.set([...colour(v, max, scale), 255], 4 * i));
    context.putImageData(pixels, 0, 0);
  }, [values, size, max, scale]);
  return <canvas ref={canvas} class={`layer-map ${className ?? ''}`} width={size} height={size} role="img" aria-label={label} title={label} />;
}
