/**
 * Number handling shared by every numeric control (widget sliders, number boxes, inline prose
 * parameters): how a value is shown, how it maps to a slider position, how one arrow press or
 * one pixel of drag changes it. Log-scale parameters move multiplicatively. Pure.
 */
import type { IntParam, NumberParam } from './params';
import { formatBound } from './paramReasons';

export type NumericSpec = NumberParam | IntParam;

/** Slider positions across a log-scale range (fine enough for two significant digits). */
const LOG_SLIDER_STEPS = 200;
/** One arrow press on a log parameter multiplies by 10^(1/10) ≈ 1.26. */
const LOG_ARROW_DECADES = 0.1;
/** A drag on a log parameter: 100 px sideways is one factor of 10, whatever the range. */
export const DRAG_PX_PER_DECADE = 100;
/** A drag on a linear parameter crosses its whole range in this many pixels (then snaps to its step). */
export const DRAG_PX_PER_RANGE = 300;
/** Significant digits a log-scale value keeps when it is stored (float noise is dropped). */
const LOG_STORED_DIGITS = 4;

/** True when the parameter moves in log10 space. */
export function isLog(spec: NumericSpec): boolean {
  return spec.kind === 'number' && spec.scale === 'log' && spec.min > 0;
}

/** The linear step of a numeric spec (ints step by 1 unless told otherwise). */
export function linearStep(spec: NumericSpec): number {
  return spec.step ?? 1;
}

/**
 * A value at its parameter's stored precision: a log value to four significant digits, a linear
 * one to two decimals finer than its step, an integer as it is (check() refuses a fraction).
 * params.check() applies this to every value from any source, so 1.2000000000000002 is never
 * stored or written into the URL.
 */
export function settle(spec: NumericSpec, value: number): number {
  if (spec.kind === 'int' || !Number.isFinite(value)) return value;
  if (isLog(spec)) return Number(value.toPrecision(LOG_STORED_DIGITS));
  return Number(value.toFixed(Math.min(100, decimalsOf(linearStep(spec)) + 2)));
}

/** The nearest point of an integer parameter's grid (min, min + step, …, never past max). */
function snapToGrid(spec: IntParam, value: number): number {
  const step = Math.max(1, spec.step ?? 1);
  const last = spec.min + Math.floor((spec.max - spec.min) / step) * step;
  const k = Math.round((value - spec.min) / step);
  return Math.min(last, Math.max(spec.min, spec.min + k * step));
}

/** Rounds to the step (linear, integers on their grid) or to two significant digits (log), hiding float noise. */
export function tidy(spec: NumericSpec, value: number): number {
  if (spec.kind === 'int') return snapToGrid(spec, value);
  if (isLog(spec)) return Number(value.toPrecision(2));
  const step = linearStep(spec);
  const rounded = Math.round((value - spec.min) / step) * step + spec.min;
  return Number(rounded.toFixed(decimalsOf(step) + 2));
}

/** Keeps a value inside the spec's range (an integer on its grid). */
export function clamp(spec: NumericSpec, value: number): number {
  if (spec.kind === 'int') return snapToGrid(spec, value);
  return Math.min(spec.max, Math.max(spec.min, value));
}

/**
 * How a value is written for a reader: 0.003, 1e-5, 1e9 (not 1000000000), 1000, 0.25, at the
 * precision the value is stored at (settle). Showing fewer digits than the widget uses would
 * mislead (a typed 0.1234 read "0.12" while the race ran 0.1234), and the inline editor, which
 * starts from this text, would quietly change the value to the rounded one when left.
 */
export function formatNumber(spec: NumericSpec, value: number): string {
  if (spec.kind === 'int') return String(Math.round(value));
  return formatBound(settle(spec, value));
}

/** The slider range: log10 space for log specs, the spec's own range otherwise. */
export function sliderRange(spec: NumericSpec): { min: number; max: number; step: number } {
  if (!isLog(spec)) return { min: spec.min, max: spec.max, step: linearStep(spec) };
  const min = Math.log10(spec.min);
  const max = Math.log10(spec.max);
  return { min, max, step: (max - min) / LOG_SLIDER_STEPS };
}

/** Slider position of a value. */
export function toSlider(spec: NumericSpec, value: number): number {
  return isLog(spec) ? Math.log10(value) : value;
}

/** Value at a slider position (tidied and clamped). */
export function fromSlider(spec: NumericSpec, position: number): number {
  const raw = isLog(spec) ? 10 ** position : position;
  return clamp(spec, tidy(spec, raw));
}

/** The value after `steps` arrow presses (negative = down); log specs step multiplicatively. */
export function nudge(spec: NumericSpec, value: number, steps: number): number {
  if (isLog(spec)) return clamp(spec, tidy(spec, value * 10 ** (steps * LOG_ARROW_DECADES)));
  return clamp(spec, tidy(spec, value + steps * linearStep(spec)));
}

/**
 * The value after dragging `pixels` horizontally from `start`. A log parameter moves a factor
 * of 10 per DRAG_PX_PER_DECADE pixels (a rate spanning 13 decades must not leap from 0.009 to
 * 190 in a flick); a linear one crosses its range in DRAG_PX_PER_RANGE pixels. Either way the
 * result is snapped (integers to their step grid) and kept in range, so check() accepts it.
 */
export function dragTo(spec: NumericSpec, start: number, pixels: number): number {
  if (isLog(spec)) return clamp(spec, tidy(spec, start * 10 ** (pixels / DRAG_PX_PER_DECADE)));
  return clamp(spec, tidy(spec, start + ((spec.max - spec.min) * pixels) / DRAG_PX_PER_RANGE));
}

function decimalsOf(step: number): number {
  if (!Number.isFinite(step) || step >= 1) return 0;
  const text = step.toExponential();
  const exponent = Number(text.split('e')[1]);
  const mantissaDecimals = (text.split('e')[0].split('.')[1] ?? '').length;
  return Math.max(0, -exponent + mantissaDecimals);
}

/** Thousands written with commas ("1,000", "12,500.5"): never starts "0," so "0,170" stays a decimal comma. */
const GROUPED = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;

/**
 * What a reader typed, as the plain decimal `check` reads: trimmed, thousands separators dropped
 * ("1,000" is a thousand, as readers of both languages write it) and a lone decimal comma read as a
 * point ("0,5"). Anything else is left as typed, for `check` to refuse with its message.
 */
export function readTyped(text: string): string {
  const trimmed = text.trim();
  if (GROUPED.test(trimmed)) return trimmed.replaceAll(',', '');
  if (DECIMAL_COMMA.test(trimmed)) return trimmed.replace(',', '.');
  return trimmed;
}
