/**
 * First-layer weights as pictures: a hidden unit's 784 incoming weights laid out as the 28×28
 * digit they multiply, blue where the weight is negative, red where positive, the page colour at
 * zero. One scale per unit, shared by every racer, so the same tile of two optimizers compares
 * directly. Pure: numbers in, RGBA bytes out (the island puts them on a canvas).
 */
import type { ColorScheme } from '../lib/optimizerTable';

export const TILE = 28;
const PIXELS = TILE * TILE;

type Rgb = readonly [number, number, number];
/** Diverging ends (ColorBrewer RdBu, readable under the common colour-vision deficiencies) and the zero colour per theme. */
const NEGATIVE: Rgb = [33, 102, 172];
const POSITIVE: Rgb = [178, 24, 43];
const ZERO: Record<ColorScheme, Rgb> = { light: [247, 247, 247], dark: [32, 37, 43] };
const NEGATIVE_DARK: Rgb = [103, 169, 207];
const POSITIVE_DARK: Rgb = [239, 138, 98];

/** Per unit, the largest |weight| over every racer that has weights (1 where all are 0). */
export function unitScales(layers: readonly (Float32Array | null)[], units: number): number[] {
  const scales = new Array<number>(units).fill(0);
  for (const weights of layers) {
    if (!weights) continue;
    for (let u = 0; u < units; u++) {
      for (let i = u * PIXELS; i < (u + 1) * PIXELS && i < weights.length; i++) {
        const a = Math.abs(weights[i]);
        if (Number.isFinite(a) && a > scales[u]) scales[u] = a;
      }
    }
  }
  return scales.map((s) => (s > 0 ? s : 1));
}

/** RGBA bytes (28×28×4) of unit `unit` of `weights`, each weight divided by `scale` and clamped to ±1. */
export function tilePixels(weights: Float32Array, unit: number, scale: number, scheme: ColorScheme): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(PIXELS * 4);
  const zero = ZERO[scheme];
  const [neg, pos] = scheme === 'dark' ? [NEGATIVE_DARK, POSITIVE_DARK] : [NEGATIVE, POSITIVE];
  for (let i = 0; i < PIXELS; i++) {
    const w = weights[unit * PIXELS + i];
    const t = Number.isFinite(w) ? Math.max(-1, Math.min(1, w / scale)) : 0;
    const end = t < 0 ? neg : pos;
    const k = Math.abs(t);
    out[4 * i] = zero[0] + (end[0] - zero[0]) * k;
    out[4 * i + 1] = zero[1] + (end[1] - zero[1]) * k;
    out[4 * i + 2] = zero[2] + (end[2] - zero[2]) * k;
    out[4 * i + 3] = 255;
  }
  return out;
}
