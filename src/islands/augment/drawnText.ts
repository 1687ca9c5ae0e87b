/**
 * What one augmentation call drew, as short text for a tile's caption and a longer one for its
 * tooltip: "flip · crop 54% · +7°". Pure.
 */
import { dict, pair, type Lang } from '~/lib/i18n';

type Drawn = Record<string, number | boolean>;

/** "+7", "−3.5"; a value that rounds to zero reads "0", never "−0" or "+0". */
const signed = (v: number, digits = 0) => {
  const magnitude = Math.abs(v).toFixed(digits);
  if (Number(magnitude) === 0) return magnitude;
  return `${v > 0 ? '+' : '−'}${magnitude}`;
};
const factor = (v: number) => `×${v.toFixed(2)}`;

/** The short caption: only what changes the look most, in pipeline order. */
export function drawnCaption(drawn: Drawn, lang: Lang): string {
  const w = dict(lang).drawn;
  const parts: string[] = [];
  if (typeof drawn.cropScale === 'number') parts.push(`${w.crop} ${Math.round(100 * drawn.cropScale)}%`);
  if (drawn.flip === true) parts.push(w.flip);
  if (typeof drawn.rotate === 'number') parts.push(`${signed(drawn.rotate)}°`);
  if (typeof drawn.shiftX === 'number') parts.push(`${signed(drawn.shiftX as number)},${signed(drawn.shiftY as number)} px`);
  if (typeof drawn.hue === 'number') parts.push(`${w.hue} ${signed(360 * drawn.hue)}°`);
  if (typeof drawn.cutoutSide === 'number') parts.push(w.cutout);
  return parts.join(' · ');
}

/** Each drawn value's name per language and how its value reads (words from src/lib/i18n). */
export const drawnNames: Record<string, { en: string; ko: string; show(v: number | boolean, lang: Lang): string }> = {
  cropScale: { ...pair((d) => d.drawn.names.cropScale), show: (v) => `${(100 * Number(v)).toFixed(1)}%` },
  cropRatio: { ...pair((d) => d.drawn.names.cropRatio), show: (v) => Number(v).toFixed(2) },
  flip: { ...pair((d) => d.drawn.names.flip), show: (v, lang) => (v ? dict(lang).drawn.yes : dict(lang).drawn.no) },
  rotate: { ...pair((d) => d.drawn.names.rotate), show: (v) => `${signed(Number(v), 1)}°` },
  shiftX: { ...pair((d) => d.drawn.names.shiftX), show: (v) => `${signed(Number(v))} px` },
  shiftY: { ...pair((d) => d.drawn.names.shiftY), show: (v) => `${signed(Number(v))} px` },
  brightness: { ...pair((d) => d.drawn.names.brightness), show: (v) => factor(Number(v)) },
  contrast: { ...pair((d) => d.drawn.names.contrast), show: (v) => factor(Number(v)) },
  saturation: { ...pair((d) => d.drawn.names.saturation), show: (v) => factor(Number(v)) },
  hue: { ...pair((d) => d.drawn.names.hue), show: (v) => `${signed(360 * Number(v), 1)}°` },
  cutoutSide: { ...pair((d) => d.drawn.names.cutoutSide), show: (v) => `${v} px` },
};

/** Every drawn value, one per line, for the tooltip and the accessible description. */
export function drawnDetails(drawn: Drawn, lang: Lang): string {
  return Object.entries(drawn)
    .filter(([key]) => key in drawnNames)
    .map(([key, value]) => `${drawnNames[key][lang]}: ${drawnNames[key].show(value, lang)}`)
    .join('\n');
}
