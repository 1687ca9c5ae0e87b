/**
 * Number handling shared by every numeric control (widget sliders, number boxes, inline prose
 * parameters): how a value is shown, how it maps to a slider position, how one arrow press or
 * one pixel of drag changes it. Log-scale parameters move multiplicatively. Pure.
 */
import type { IntParam, NumberParam } from './params';

export type NumericSpec = NumberParam | IntParam;

/** Slider positions across a log-scale range (fine enough for two significant digits). */
const LOG_SLIDER_STEPS = 200;
/** One arrow press on a log parameter multiplies by 10^(1/10) ≈ 1.26. */
const LOG_ARROW_DECADES = 0.1;

/** True when the parameter moves in log10 space. */
export function isLog(spec: NumericSpec): boolean {
  return spec.kind === 'number' && spec.scale === 'log' && spec.min > 0;
}

/** The linear step of a numeric spec (ints step by 1 unless told otherwise). */
export function linearStep(spec: NumericSpec): number {
  return spec.step ?? 1;
}

/** Rounds to the step's decimals (linear) or to two significant digits (log), hiding float noise. */
export function tidy(spec: NumericSpec, value: number): number {
  if (spec.kind === 'int') return Math.round(value);
  if (isLog(spec)) return Number(value.toPrecision(2));
  const step = linearStep(spec);
  const rounded = Math.round((value - spec.min) / step) * step + spec.min;
  return Number(rounded.toFixed(decimalsOf(step) + 2));
}

/** Keeps a value inside the spec's range. */
export function clamp(spec: NumericSpec, value: number): number {
  return Math.min(spec.max, Math.max(spec.min, value));
}

/** How a value is written for a reader: 0.003, 1e-5, 1,000 → "1000", 0.25. */
export function formatNumber(spec: NumericSpec, value: number): string {
  if (spec.kind === 'int') return String(Math.round(value));
  if (isLog(spec)) {
    const short = Number(value.toPrecision(2));
    return Math.abs(short) < 1e-3 && short !== 0 ? short.toExponential() : String(short);
  }
  return String(Number(value.toFixed(decimalsOf(linearStep(spec)))));
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
 * The value after dragging `pixels` horizontally from `start`: the whole range spans `span`
 * pixels (in log10 space for log specs), so a drag feels the same on every parameter.
 */
export function dragTo(spec: NumericSpec, start: number, pixels: number, span = 300): number {
  if (isLog(spec)) {
    const decades = ((Math.log10(spec.max) - Math.log10(spec.min)) * pixels) / span;
    return clamp(spec, tidy(spec, start * 10 ** decades));
  }
  return clamp(spec, tidy(spec, start + ((spec.max - spec.min) * pixels) / span));
}

function decimalsOf(step: number): number {
  if (!Number.isFinite(step) || step >= 1) return 0;
  const text = step.toExponential();
  const exponent = Number(text.split('e')[1]);
  const mantissaDecimals = (text.split('e')[0].split('.')[1] ?? '').length;
  return Math.max(0, -exponent + mantissaDecimals);
}
