/**
 * Parameters of the ScheduleExplorer widget: which schedule, its base rate and run length, then
 * every schedule's own parameters (the widget shows only the chosen schedule's). Built from the
 * schedules table so the two never drift apart. Pure.
 */
import { pair } from '../i18n';
import type { ChoiceParam, IntParam, NumberParam, ParamSpec, ParamTable, ParamValues } from '../params';
import { scheduleNames, schedules, type ScheduleName, type ScheduleParams } from '../schedules';

const schedule: ChoiceParam = {
  kind: 'choice',
  name: 'schedule',
  label: pair((d) => d.scheduleParams.schedule.label),
  default: 'step',
  choices: scheduleNames.map((name) => ({ value: name, label: schedules[name].label })),
};

const base: NumberParam = {
  kind: 'number',
  name: 'base',
  label: pair((d) => d.scheduleParams.base.label),
  default: 0.1,
  min: 1e-4,
  max: 1,
  step: 0.0001,
  scale: 'log',
};

const total: IntParam = {
  kind: 'int',
  name: 'total',
  label: pair((d) => d.scheduleParams.total.label),
  default: 1000,
  min: 10,
  max: 10000,
  step: 10,
};

/**
 * Two schedules share a parameter name with different defaults (exponential and 1/t both call
 * theirs `decay`); in the widget's table, and so in the URL, the second one gets its own name.
 */
const renamed: Partial<Record<ScheduleName, Record<string, string>>> = {
  inverseTime: { decay: 'inverseDecay' },
};

/** The widget-table name of schedule `name`'s parameter `param`. */
export function scheduleParamKey(name: ScheduleName, param: string): string {
  return renamed[name]?.[param] ?? param;
}

const ownParams: ParamSpec[] = scheduleNames.flatMap((name) =>
  schedules[name].params.map((spec) => ({ ...spec, name: scheduleParamKey(name, spec.name) })),
);

export const scheduleParams: ParamTable = [schedule, base, total, ...ownParams];

/** The table names of the controls to show for schedule `name`. */
export function visibleScheduleParams(name: ScheduleName): string[] {
  return ['schedule', 'base', 'total', ...schedules[name].params.map((p) => scheduleParamKey(name, p.name))];
}

/** The chosen schedule's own parameters, under the names schedules.ts expects. */
export function scheduleArgs(name: ScheduleName, values: ParamValues): ScheduleParams {
  const out: Record<string, number | boolean> = {};
  for (const spec of schedules[name].params) {
    const v = values[scheduleParamKey(name, spec.name)];
    if (typeof v === 'number' || typeof v === 'boolean') out[spec.name] = v;
  }
  return out;
}

/**
 * The values that give another widget with the same schedule parameters (the network race) the
 * explorer's schedule: its name and its own parameters, under the shared table names. The base
 * rate and the run length are left out: the race has a base rate per optimizer and its own length.
 */
export function scheduleHandOver(values: ParamValues): Record<string, number | boolean | string> {
  const name = values.schedule as ScheduleName;
  const out: Record<string, number | boolean | string> = { schedule: name };
  for (const spec of schedules[name].params) {
    const key = scheduleParamKey(name, spec.name);
    const v = values[key];
    if (typeof v === 'number' || typeof v === 'boolean') out[key] = v;
  }
  return out;
}

/**
 * A name for the curve of `values`, to tell overlaid curves apart:
 * "Step decay (drop every (steps) 100, drop factor 0.5), η₀ 0.1"; without the base rate when
 * `withBase` is false (what the network race takes over: it keeps its own base rates).
 */
export function scheduleCurveLabel(values: ParamValues, lang: 'en' | 'ko', withBase = true): string {
  const name = values.schedule as ScheduleName;
  // Numbers as they are; a switch by its label when on, left out when off.
  const shown = schedules[name].params.flatMap((spec) => {
    const v = values[scheduleParamKey(name, spec.name)];
    if (typeof v === 'boolean') return v ? [spec.label[lang]] : [];
    return [`${spec.label[lang]} ${String(v)}`];
  });
  const own = `${schedules[name].label[lang]}${shown.length ? ` (${shown.join(', ')})` : ''}`;
  return withBase ? `${own}, η₀ ${String(values.base)}` : own;
}
