/**
 * The three charts of the network race: training loss (log y) with the schedule's small
 * multiplier curve beside it, and held-out accuracy below. Plot options come from
 * src/charts/trainingCurves.ts; while the race runs they are redrawn at most every REDRAW_MS so
 * drawing never takes the frame from training. The group is described by the standings in words.
 */
import { useMemo, useRef } from 'preact/hooks';
import {
  accuracyChartOptions,
  accuracyPoints,
  lossChartOptions,
  scheduleSparkOptions,
  type CurveRacer,
  type SeedResult,
  type StepValue,
} from '~/charts/trainingCurves';
import { compareTopTwo } from '~/lib/accuracyNoise';
import { PlotFigure } from '~/islands/kit/PlotFigure';
import { useElementWidth } from '~/islands/kit/useElementWidth';
import { inBoth, type Lang } from '~/lib/i18n';

interface Props {
  racers: CurveRacer[];
  totalSteps: number;
  /** The schedule's multiplier over the run, and where the race is on it. */
  factors: StepValue[];
  now: StepValue;
  /** Name of the schedule, in the page language. */
  scheduleLabel: string;
  /** Id of the element whose text describes the charts (the standings in words). */
  describedBy: string;
  /** Held-out digits each accuracy is measured on. */
  heldOut: number;
  /** Final accuracies of earlier runs with other seeds. */
  earlier: SeedResult[];
  lang: Lang;
}

/** Least time between two redraws of a chart while the race runs (its dot and lines move every step). */
const REDRAW_MS = 250;
/** Chart heights in px (the schedule's: beside the loss chart, under it). */
const LOSS_HEIGHT = 220;
const ACCURACY_HEIGHT = 200;
const SPARK_HEIGHT = { beside: 180, under: 120 };
/** Below this width the schedule curve goes under the loss chart instead of beside it. */
const SIDE_BY_SIDE = 520;
const SPARK_WIDTH = 176;

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('networkCharts');

/** The top two racers' latest accuracies judged against the held-out noise, in words; null before there is anything to compare. */
export function noiseVerdict(racers: readonly CurveRacer[], heldOut: number, lang: Lang): { text: string; within: boolean } | null {
  const live = racers.filter((r) => r.diverged === null && (r.heldOutAccuracy.at(-1)?.step ?? 0) > 0);
  const verdict = compareTopTwo(live.map((r) => r.heldOutAccuracy.at(-1)!.accuracy), heldOut);
  if (!verdict) return null;
  const points = (v: number) => (100 * v).toFixed(1);
  const [leader, runnerUp, n] = [live[verdict.leader].label, live[verdict.runnerUp].label, heldOut.toLocaleString(lang)];
  const w = words[lang];
  const text =
    points(verdict.gap) === '0.0'
      ? w.tied(leader, runnerUp, points(verdict.noise), n)
      : (verdict.withinNoise ? w.within : w.beyond)(leader, runnerUp, points(verdict.gap), points(verdict.noise), n);
  return { text, within: verdict.withinNoise };
}

/** Loss, schedule and accuracy charts sized to the widget. */
export function NetworkCharts({ racers, totalSteps, factors, now, scheduleLabel, describedBy, heldOut, earlier, lang }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const width = useElementWidth(host);
  const w = words[lang];
  const sideBySide = width >= SIDE_BY_SIDE;
  const lossWidth = sideBySide ? width - SPARK_WIDTH - 16 : width;
  const sparkWidth = sideBySide ? SPARK_WIDTH : width;
  const sparkHeight = sideBySide ? SPARK_HEIGHT.beside : SPARK_HEIGHT.under;

  const loss = useMemo(
    () => (width > 0 ? lossChartOptions(racers, { width: lossWidth, height: LOSS_HEIGHT, totalSteps, lang, ariaLabel: w.loss }) : null),
    [racers, lossWidth, totalSteps, lang],
  );
  const spark = useMemo(
    () =>
      width > 0
        ? scheduleSparkOptions(factors, now, { width: sparkWidth, height: sparkHeight, totalSteps, lang, ariaLabel: w.schedule(scheduleLabel) })
        : null,
    [factors, now.step, now.value, sparkWidth, sideBySide, totalSteps, lang, scheduleLabel],
  );
  // Before the first evaluation after the start there is nothing to compare: a line says so instead
  // of an empty 0–100 % axis (its box keeps the chart's height, so nothing below jumps).
  const measured = earlier.length > 0 || racers.some((r) => accuracyPoints(r).some((p) => p.step > 0));
  const accuracy = useMemo(
    () => (width > 0 && measured ? accuracyChartOptions(racers, { width, height: ACCURACY_HEIGHT, totalSteps, lang, ariaLabel: w.accuracy, heldOut, earlier }) : null),
    [racers, width, totalSteps, lang, heldOut, earlier, measured],
  );
  const verdict = noiseVerdict(racers, heldOut, lang);

  return (
    <div ref={host} class="network-charts" role="group" aria-label={w.group} aria-describedby={describedBy}>
      <div class={sideBySide ? 'network-chart-row' : 'network-chart-column'}>
        <figure class="network-chart network-chart-loss">
          <figcaption>{w.loss}</figcaption>
          <PlotFigure options={loss} minIntervalMs={REDRAW_MS} height={LOSS_HEIGHT} decorative />
        </figure>
        <figure class="network-chart network-chart-schedule">
          <figcaption>{w.schedule(scheduleLabel)}</figcaption>
          <PlotFigure options={spark} minIntervalMs={REDRAW_MS} height={sparkHeight} decorative />
        </figure>
      </div>
      <figure class="network-chart network-chart-accuracy">
        <figcaption>{w.accuracy}</figcaption>
        {measured ? (
          <PlotFigure options={accuracy} minIntervalMs={REDRAW_MS} height={ACCURACY_HEIGHT} decorative />
        ) : (
          <p class="network-accuracy-empty" style={{ height: `${ACCURACY_HEIGHT}px` }}>
            {w.noAccuracy}
          </p>
        )}
        <p class="network-noise-key">
          {w.band(heldOut.toLocaleString(lang))}
          {earlier.length > 0 ? w.seeds(new Set(earlier.map((e) => e.seed)).size) : ''}
        </p>
        {verdict && (
          <p class="network-noise" role="status" data-within={String(verdict.within)}>
            {verdict.text}
          </p>
        )}
      </figure>
    </div>
  );
}
