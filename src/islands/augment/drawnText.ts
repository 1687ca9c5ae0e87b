/**
 * What one augmentation call drew, as short text for a tile's caption and a longer one for its
 * tooltip: "flip · crop 54% · +7°". Pure.
 */
import type { Lang } from '~/lib/i18n';

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
  const parts: string[] = [];
  if (typeof drawn.cropScale === 'number') parts.push(`${lang === 'ko' ? '자르기' : 'crop'} ${Math.round(100 * drawn.cropScale)}%`);
  if (drawn.flip === true) parts.push(lang === 'ko' ? '뒤집기' : 'flip');
  if (typeof drawn.rotate === 'number') parts.push(`${signed(drawn.rotate)}°`);
  if (typeof drawn.shiftX === 'number') parts.push(`${signed(drawn.shiftX as number)},${signed(drawn.shiftY as number)} px`);
  if (typeof drawn.hue === 'number') parts.push(`${lang === 'ko' ? '색조' : 'hue'} ${signed(360 * drawn.hue)}°`);
  if (typeof drawn.cutoutSide === 'number') parts.push(`${lang === 'ko' ? '컷아웃' : 'cutout'}`);
  return parts.join(' · ');
}

const yesNo = { en: ['yes', 'no'], ko: ['예', '아니요'] } as const;

/** Each drawn value's name per language and how its value reads (exported for tests/unit/messageTables.test.ts). */
export const drawnNames: Record<string, { en: string; ko: string; show(v: number | boolean, lang: Lang): string }> = {
  cropScale: { en: 'crop area', ko: '자르기 넓이', show: (v) => `${(100 * Number(v)).toFixed(1)}%` },
  cropRatio: { en: 'crop aspect', ko: '자르기 가로세로 비', show: (v) => Number(v).toFixed(2) },
  flip: { en: 'flipped', ko: '뒤집힘', show: (v, lang) => yesNo[lang][v ? 0 : 1] },
  rotate: { en: 'rotation', ko: '회전', show: (v) => `${signed(Number(v), 1)}°` },
  shiftX: { en: 'shift x', ko: '가로 이동', show: (v) => `${signed(Number(v))} px` },
  shiftY: { en: 'shift y', ko: '세로 이동', show: (v) => `${signed(Number(v))} px` },
  brightness: { en: 'brightness', ko: '밝기', show: (v) => factor(Number(v)) },
  contrast: { en: 'contrast', ko: '대비', show: (v) => factor(Number(v)) },
  saturation: { en: 'saturation', ko: '채도', show: (v) => factor(Number(v)) },
  hue: { en: 'hue', ko: '색조', show: (v) => `${signed(360 * Number(v), 1)}°` },
  cutoutSide: { en: 'cutout side', ko: '컷아웃 한 변', show: (v) => `${v} px` },
};

/** Every drawn value, one per line, for the tooltip and the accessible description. */
export function drawnDetails(drawn: Drawn, lang: Lang): string {
  return Object.entries(drawn)
    .filter(([key]) => key in drawnNames)
    .map(([key, value]) => `${drawnNames[key][lang]}: ${drawnNames[key].show(value, lang)}`)
    .join('\n');
}
