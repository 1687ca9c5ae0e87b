/**
 * Learning-rate schedules: how the step size changes over a run. A table of named entries
 * (like the optimizers) that the ScheduleExplorer legend, the chapter's formulas, the URL and
 * the network race all refer to by name. Pure: no DOM, no tfjs.
 *
 * Convention: `step` is the 0-based index of the update being taken (0 .. totalSteps - 1), so
 * the first update always uses a rate derived from `baseRate`, and `step = totalSteps` is the
 * point just after the last update (where cosine reaches its floor).
 */
import { pair } from './i18n';
import type { BooleanParam, IntParam, Label, NumberParam } from './params';

export type ScheduleName = 'constant' | 'step' | 'exponential' | 'inverseTime' | 'cosine' | 'warmup';
export type ScheduleParamSpec = NumberParam | IntParam | BooleanParam;
export type ScheduleParams = Readonly<Record<string, number | boolean>>;

export interface Schedule {
  label: Label;
  /** KaTeX source; symbols: \eta_0 base rate, t step, T total steps, plus the entry's parameters. */
  formula: string;
  params: readonly ScheduleParamSpec[];
  /** The learning rate for update `step` of `totalSteps`, starting from `baseRate`. */
  rate(step: number, totalSteps: number, baseRate: number, params: ScheduleParams): number;
  /** What a reader should be told about these settings for a run this long (e.g. a warm-up longer than the run), if anything. */
  note?(totalSteps: number, params: ScheduleParams): Label | null;
}

/** Reads a numeric parameter, falling back to its table default when absent. */
function num(params: ScheduleParams, spec: ScheduleParamSpec): number {
  const v = params[spec.name];
  return typeof v === 'number' ? v : Number(spec.default);
}

/** Cosine from 1 at progress 0 to 0 at progress 1 (progress clamped, so overshooting is flat). */
function halfCosine(progress: number): number {
  const p = Math.min(1, Math.max(0, progress));
  return 0.5 * (1 + Math.cos(Math.PI * p));
}

const dropEvery: IntParam = {
  kind: 'int', name: 'dropEvery', label: pair((d) => d.schedules.params.dropEvery),
  default: 100, min: 1, max: 10000,
};
const dropFactor: NumberParam = {
  kind: 'number', name: 'dropFactor', label: pair((d) => d.schedules.params.dropFactor),
  default: 0.5, min: 0.01, max: 1, step: 0.01,
};
const exponentialDecay: NumberParam = {
  kind: 'number', name: 'decay', label: pair((d) => d.schedules.params.decay),
  default: 0.005, min: 0, max: 0.1, step: 0.0001, scale: 'log',
};
const inverseDecay: NumberParam = { ...exponentialDecay, default: 0.01 };
const floorFraction: NumberParam = {
  kind: 'number', name: 'floorFraction', label: pair((d) => d.schedules.params.floorFraction),
  default: 0, min: 0, max: 1, step: 0.01,
};
const warmupSteps: IntParam = {
  kind: 'int', name: 'warmupSteps', label: pair((d) => d.schedules.params.warmupSteps),
  default: 50, min: 1, max: 5000,
};
const cosineAfterWarmup: BooleanParam = {
  kind: 'boolean', name: 'cosine', label: pair((d) => d.schedules.params.cosine),
  default: false,
};

export const schedules: Record<ScheduleName, Schedule> = {
  constant: {
    label: pair((d) => d.schedules.names.constant),
    formula: String.raw`\eta_t = \eta_0`,
    params: [],
    rate: (_step, _total, base) => base,
  },
  step: {
    label: pair((d) => d.schedules.names.step),
    formula: String.raw`\eta_t = \eta_0 \, \gamma^{\lfloor t / s \rfloor}`,
    params: [dropEvery, dropFactor],
    rate: (step, _total, base, p) => base * num(p, dropFactor) ** Math.floor(step / num(p, dropEvery)),
    note: (total, p) => {
      const every = num(p, dropEvery);
      if (every < total) return null;
      return pair((d) => d.schedules.neverDrops(every, total));
    },
  },
  exponential: {
    label: pair((d) => d.schedules.names.exponential),
    formula: String.raw`\eta_t = \eta_0 \, e^{-k t}`,
    params: [exponentialDecay],
    rate: (step, _total, base, p) => base * Math.exp(-num(p, exponentialDecay) * step),
  },
  inverseTime: {
    label: pair((d) => d.schedules.names.inverseTime),
    formula: String.raw`\eta_t = \frac{\eta_0}{1 + k t}`,
    params: [inverseDecay],
    rate: (step, _total, base, p) => base / (1 + num(p, inverseDecay) * step),
  },
  cosine: {
    label: pair((d) => d.schedules.names.cosine),
    formula: String.raw`\eta_t = \eta_{\min} + \tfrac{1}{2}(\eta_0 - \eta_{\min})\left(1 + \cos\frac{\pi t}{T}\right)`,
    params: [floorFraction],
    rate: (step, total, base, p) => {
      const floor = base * num(p, floorFraction);
      return floor + (base - floor) * halfCosine(step / total);
    },
  },
  // Linear warm-up reaches the base rate on the last warm-up step (T_w - 1; the chapters' symbol for
  // the warm-up length, since W means weights), so step 0 already
  // moves the weights (a rate of exactly 0 would waste it). Afterwards the rate either holds
  // (Goyal et al. 2017) or, with `cosine`, follows a cosine over the remaining T - T_w steps.
  // A warm-up longer than the run is cut to the run (T_w = T, the base rate on the last step),
  // and `note` says so: a rate that never reaches the base rate it names would mislead.
  warmup: {
    label: pair((d) => d.schedules.names.warmup),
    formula: String.raw`\eta_t = \begin{cases} \eta_0 \frac{t + 1}{T_w} & t < T_w \\ \eta_0 \text{ or } \tfrac{1}{2}\eta_0\left(1 + \cos\frac{\pi (t - T_w)}{T - T_w}\right) & t \ge T_w \end{cases}`,
    params: [warmupSteps, cosineAfterWarmup],
    rate: (step, total, base, p) => {
      const w = Math.min(num(p, warmupSteps), total);
      if (step < w) return (base * (step + 1)) / w;
      if (p.cosine !== true) return base;
      return base * halfCosine(total > w ? (step - w) / (total - w) : 1);
    },
    note: (total, p) => {
      const w = num(p, warmupSteps);
      if (w < total) return null;
      return pair((d) => d.schedules.warmupCut(w, total, p.cosine === true));
    },
  },
};

/** What the reader should be told about schedule `name` with these settings over `totalSteps`, or null. */
export function scheduleNote(name: ScheduleName, params: ScheduleParams, totalSteps: number): Label | null {
  return schedules[name].note?.(totalSteps, params) ?? null;
}

export const scheduleNames = Object.keys(schedules) as ScheduleName[];

/** Looks up a schedule, with an error that lists the known names. */
export function getSchedule(name: string): Schedule {
  if (!(name in schedules)) {
    throw new Error(`Unknown schedule "${name}"; expected one of ${scheduleNames.join(', ')}`);
  }
  return schedules[name as ScheduleName];
}

/** The rate at update `step` of `totalSteps` for the named schedule (checks its arguments). */
export function scheduledRate(
  name: string,
  params: ScheduleParams,
  baseRate: number,
  step: number,
  totalSteps: number,
): number {
  if (!(totalSteps > 0)) throw new Error(`Expected totalSteps to be positive, but got ${totalSteps}`);
  return getSchedule(name).rate(step, totalSteps, baseRate, params);
}

/**
 * `points` samples (integer steps spread evenly over 0 .. totalSteps, both ends included) of the
 * named schedule, for charts. Fewer points come back when there are fewer distinct steps.
 */
export function sampleSchedule(
  name: string,
  params: ScheduleParams,
  baseRate: number,
  totalSteps: number,
  points: number,
): { step: number; rate: number }[] {
  if (!Number.isInteger(points) || points < 2) {
    throw new Error(`Expected points to be an integer of at least 2, but got ${points}`);
  }
  if (!(totalSteps > 0)) throw new Error(`Expected totalSteps to be positive, but got ${totalSteps}`);
  const schedule = getSchedule(name);
  return scheduleSampleSteps(totalSteps, points).map((step) => ({ step, rate: schedule.rate(step, totalSteps, baseRate, params) }));
}

/** The steps a chart samples: `points` integers spread evenly over 0 .. totalSteps (fewer when there are fewer steps). */
export function scheduleSampleSteps(totalSteps: number, points: number): number[] {
  const count = Math.min(points, Math.floor(totalSteps) + 1);
  return Array.from({ length: count }, (_, i) => Math.round((i * totalSteps) / (count - 1)));
}
