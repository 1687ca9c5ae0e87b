/**
 * The network race's schedule as the island shows it: the built-in one from its controls, or,
 * once the reader applied their schedule cell in the explorer, the cell (compiled and checked
 * here over the whole run from every racer's base rate, so a bad rule is said in the reader's
 * language and the race keeps its built-in schedule; the engine worker compiles it again and
 * takes each step's learning rate from it).
 */
import { useMemo } from 'preact/hooks';
import { factorAt, scheduleFactors, type StepValue } from '~/charts/trainingCurves';
import { cellMessage } from '~/lib/cell/cellProblems';
import { sampleScheduleCell, scheduleForRun, type ScheduleCell } from '~/lib/cell/cellSchedule';
import { dict, type Lang } from '~/lib/i18n';
import type { Label } from '~/lib/params';
import { scheduleNote, schedules } from '~/lib/schedules';
import type { NetworkRaceSettings } from '~/lib/widgets/network';
import { useCellDriver } from '../cell/useCellDriver';

export interface RaceSchedule {
  settings: NetworkRaceSettings['schedule'];
  /** The rate multiplier over the run (at base 1) and at `step`. */
  factors: StepValue[];
  now(step: number): StepValue;
  /** The learning rate racer of base rate `base` uses at `step`. */
  rate(base: number, step: number): number;
  label: string;
  warning: Label | null;
  /** Set when the reader's schedule cell is applied: what it says, and whether it is in use. */
  reader: { text: string; inUse: boolean } | null;
}

/** The schedule of `settings` (built-in) or of the reader's applied schedule cell. */
export function useRaceSchedule(settings: NetworkRaceSettings, lang: Lang): RaceSchedule {
  const driver = useCellDriver('schedule');
  const { schedule, steps } = settings;
  const bases = settings.optimizers.map((o) => o.hyper.learningRate);
  const applied = driver?.applied ? driver : null;
  const checked = useMemo((): { schedule: ScheduleCell } | { problem: string } | null => {
    if (!applied) return null;
    const checked = scheduleForRun(applied, steps, bases);
    return checked.ok ? { schedule: checked.schedule } : { problem: cellMessage(lang, checked.error) };
  }, [applied?.code, JSON.stringify(applied?.values), steps, bases.join(), lang]);
  const builtInFactors = useMemo(() => scheduleFactors(schedule.name, schedule.params, steps), [schedule.name, JSON.stringify(schedule.params), steps]);
  const w = dict(lang).networkRace;

  if (!applied || !checked || !('schedule' in checked)) {
    return {
      settings: schedule,
      factors: builtInFactors,
      now: (step) => factorAt(schedule.name, schedule.params, step, steps),
      rate: (base, step) => base * factorAt(schedule.name, schedule.params, step, steps).value,
      label: schedules[schedule.name].label[lang],
      warning: scheduleNote(schedule.name, schedule.params, steps),
      reader: applied && checked && 'problem' in checked ? { text: w.readerScheduleRefused(applied.label, checked.problem), inUse: false } : null,
    };
  }
  const cell = checked.schedule;
  const at = (base: number, step: number) => {
    const result = cell.at(Math.min(Math.max(0, step), steps), steps, base);
    return result.ok ? result.rate : 0;
  };
  const sampled = sampleScheduleCell(cell, 1, steps, 120);
  return {
    settings: { ...schedule, cell: { code: applied.code, values: applied.values } },
    factors: sampled.ok ? sampled.points.map((p) => ({ step: p.step, value: p.rate })) : [],
    now: (step) => ({ step: Math.min(Math.max(0, step), steps), value: at(1, step) }),
    rate: at,
    label: applied.label,
    warning: null,
    reader: { text: w.readerSchedule(applied.label), inUse: true },
  };
}
