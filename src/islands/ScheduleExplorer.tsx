/**
 * ScheduleExplorer: pick a learning-rate schedule, set its base rate, run length and own
 * parameters, and see the rate over the run. Takes in: the instance id, the page language, the
 * chapter's starting values and each schedule's formula pre-rendered to HTML at build time (so
 * no KaTeX ships to the browser). Pure arithmetic, no tfjs. The reader can keep curves to overlay
 * them (./schedule/KeptCurves) and hand the schedule to the network race (./schedule/ApplyToRace).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ScheduleOverlay } from '~/charts/scheduleChart';
import { OVERLAY_COLOURS } from '~/charts/scheduleColours';
import { summariseSchedule } from '~/charts/scheduleSummary';
import { dict, en, ko, type Lang } from '~/lib/i18n';
import type { ParamValues } from '~/lib/params';
import { sampleSchedule, scheduleNote, type ScheduleName } from '~/lib/schedules';
import { scheduleArgs, scheduleCurveLabel, scheduleParams, visibleScheduleParams } from '~/lib/widgets/schedule';
import { Controls } from './kit/Controls';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { compileScheduleCell, sampleScheduleCell } from '~/lib/cell/cellSchedule';
import { readerColors } from '~/lib/cell/readerRacers';
import { ApplyToRace } from './schedule/ApplyToRace';
import { KeptCurves } from './schedule/KeptCurves';
import { ReaderSchedule } from './schedule/ReaderSchedule';
import { useCellDriver } from './cell/useCellDriver';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
  /** KaTeX HTML of each schedule's formula. */
  formulas: Record<string, string>;
}

/** Enough samples for a smooth curve and exact step-decay edges at typical run lengths. */
const SAMPLES = 400;
const CHART_HEIGHT = 260;

/** The colour of the reader's schedule curve (one of the reader colours, apart from the kept curves'). */
const READER_COLOUR = readerColors[0];

/** The widget's title per language (words from src/lib/i18n). */
export const titles = { en: en.scheduleExplorer.title, ko: ko.scheduleExplorer.title };

/** The schedule widget: controls, formula, chart and its text description. */
export default function ScheduleExplorer({ id, lang, initial, formulas }: Props) {
  const state = useWidgetState(id, scheduleParams, initial);
  const { values } = state;
  const name = values.schedule as ScheduleName;
  const points = useMemo(
    () => sampleSchedule(name, scheduleArgs(name, values), Number(values.base), Number(values.total), SAMPLES),
    [values],
  );
  // Curves kept for comparison live as long as the page (each keeps its own settings' points).
  const [kept, setKept] = useState<ScheduleOverlay[]>([]);
  const keep = () => {
    if (kept.length >= OVERLAY_COLOURS.length) return;
    const label = scheduleCurveLabel(values, lang);
    if (kept.some((k) => k.label === label)) return;
    const colour = OVERLAY_COLOURS.find((c) => !kept.some((k) => k.colour === c)) ?? OVERLAY_COLOURS[0];
    setKept([...kept, { label, colour, points }]);
  };
  // The reader's schedule cell, once run: compiled and sampled here over the explorer's run.
  const driver = useCellDriver('schedule');
  const compiled = useMemo(() => (driver ? compileScheduleCell(driver) : null), [driver?.code, JSON.stringify(driver?.values)]);
  const sampled = useMemo(
    () => (compiled?.ok ? sampleScheduleCell(compiled.schedule, Number(values.base), Number(values.total), SAMPLES) : null),
    [compiled, values.base, values.total],
  );
  const readerCurve: ScheduleOverlay[] = driver && sampled?.ok ? [{ label: driver.label, colour: READER_COLOUR, points: sampled.points }] : [];
  const overlays = [...readerCurve, ...kept];
  const summary = summariseSchedule(points, lang) + (overlays.length ? dict(lang).scheduleExplorer.alsoDrawn(overlays.map((k) => k.label)) : '');
  const note = scheduleNote(name, scheduleArgs(name, values), Number(values.total));
  const chartRef = useRef<HTMLDivElement>(null);
  const width = useWidth(chartRef);

  // Plot loads after the controls are live (it is most of this widget's weight).
  const [draw, setDraw] = useState<typeof import('~/charts/scheduleChart').scheduleChart | null>(null);
  useEffect(() => {
    void import('~/charts/scheduleChart').then((m) => setDraw(() => m.scheduleChart));
  }, []);

  useEffect(() => {
    const host = chartRef.current;
    if (!host || !draw || width === 0) return;
    const chart = draw(points, { width, height: CHART_HEIGHT, lang, overlays });
    chart.setAttribute('aria-hidden', 'true');
    host.replaceChildren(chart);
  }, [draw, points, width, lang, kept, sampled, driver?.label]);

  return (
    <WidgetFrame
      id={id}
      title={titles[lang]}
      lang={lang}
      ignored={state.ignored}
      onReset={state.reset}
      shareUrl={state.shareUrl}
    >
      <div class="schedule-explorer">
        <Controls table={scheduleParams} values={values} set={state.set} lang={lang} only={visibleScheduleParams(name)} />
        <div class="schedule-view">
          <p class="schedule-formula" dangerouslySetInnerHTML={{ __html: formulas[name] ?? '' }} />
          <div
            ref={chartRef}
            class="schedule-chart"
            role="img"
            aria-label={summary}
            data-summary={summary}
            style={{ height: `${CHART_HEIGHT}px` }}
          />
          <p class="widget-caption">{summary}</p>
          <KeptCurves kept={kept} max={OVERLAY_COLOURS.length} onKeep={keep} onRemove={(i) => setKept(kept.filter((_, j) => j !== i))} lang={lang} />
          {driver && compiled && (
            <ReaderSchedule
              driver={driver}
              compiled={compiled}
              problem={sampled && !sampled.ok ? sampled.error : null}
              colour={READER_COLOUR}
              base={Number(values.base)}
              lang={lang}
            />
          )}
          <ApplyToRace values={values} lang={lang} />
          {note && (
            <p class="schedule-note notice" role="status">
              {note[lang]}
            </p>
          )}
        </div>
      </div>
    </WidgetFrame>
  );
}

/** The element's content width, following resizes (0 until measured in the browser). */
function useWidth(ref: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return width;
}
