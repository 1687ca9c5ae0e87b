/** Number formats the dictionaries' sentences share (percent, points, superscripts). Pure. */
import type { SurfaceProblem } from '../formulaSingularity';
import type { Lang } from './lang';

/** 0.842 → "84.2%". */
export const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
/** A difference of fractions in percentage points: 0.061 → "6.1". */
export const points = (v: number) => (100 * v).toFixed(1);
/** The size of a difference in percentage points: −0.061 → "6.1". */
export const pts = (v: number) => (100 * Math.abs(v)).toFixed(1);
/** An accuracy already in percent, with the spacing each language uses: "84.2 %" / "84.2%". */
export const percent = (value: number, lang: Lang) => (lang === 'ko' ? `${value.toFixed(1)}%` : `${value.toFixed(1)} %`);
/** 12 → "¹²", so 2^n reads as a power without markup. */
export const sup = (n: number) => String(n).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
/** A number in `lang`'s digits grouping, at most `digits` decimals. */
export const fmt = (lang: Lang, v: number, digits = 2) => v.toLocaleString(lang, { maximumFractionDigits: digits });
/** A whole count in `lang`'s grouping: 2000 → "2,000". */
export const count = (v: number, lang: Lang) => v.toLocaleString(lang);
/** Bytes as megabytes with one decimal. */
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
/** "(0, −2)" with a true minus sign, as the map's captions write points. */
export const point = ([x, y]: readonly [number, number]) => `(${String(x).replace('-', '−')}, ${String(y).replace('-', '−')})`;
/** " and on 12% of the window" when a surface problem covers a measurable share of the map. */
export const onShare = (problem: SurfaceProblem, en: boolean) =>
  problem.share === undefined || problem.share < 1 ? '' : en ? ` and on ${problem.share}% of the window` : ` 외에도 창의 ${problem.share}%`;
