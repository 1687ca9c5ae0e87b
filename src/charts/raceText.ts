/**
 * Words and numbers of the race charts in both languages: the text alternatives read by screen
 * readers (aria-label / figcaption), the legend's status and the divergence note. Pure.
 */
export type ChartLang = 'en' | 'ko';

/** A loss or coordinate for a reader: 2 significant digits, exponent form when tiny or huge. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (size < 1e-3 || size >= 1e5) return value.toExponential(1).replace('e+', 'e');
  return String(Number(value.toPrecision(2)));
}

/** This module's words per language; exported so tests/unit/messageTables.test.ts can check every Korean string. */
export const words = {
  en: {
    divergedAt: (step: number) => `diverged at step ${step}`,
    after: (step: number) => `After ${step} step${step === 1 ? '' : 's'}`,
    notStarted: 'Not started yet',
    none: 'no optimizer is racing',
    lossAxis: 'f − f_min (log scale)',
    stepAxis: 'step',
    map: (formula: string, xs: string, ys: string) =>
      `Heat map of f(x, y) = ${formula} for x from ${xs} and y from ${ys}; darker is higher, lines are contours.`,
    minimumAt: (point: string) => `Lowest point at ${point}.`,
    startAt: (point: string) => `Start at ${point}.`,
    at: (point: string, loss: string) => `at ${point}, f − f_min ${loss}`,
    biasChart: 'Adam bias-correction factors over the first steps',
    biasSummary: (t: number, m: string, v: string) => `After ${t} Adam steps the first moment is divided by ${m} and the second by ${v}.`,
    biasOff: 'Bias correction is off: both factors are 1.',
    to: 'to',
  },
  ko: {
    divergedAt: (step: number) => `${step}번째 스텝에서 발산`,
    after: (step: number) => `${step} 스텝 후`,
    notStarted: '아직 시작하지 않음',
    none: '경주 중인 최적화기가 없음',
    lossAxis: 'f − f_min (로그 눈금)',
    stepAxis: '스텝',
    map: (formula: string, xs: string, ys: string) =>
      `f(x, y) = ${formula}의 열지도, x는 ${xs}, y는 ${ys}; 어두울수록 높고, 선은 등고선입니다.`,
    minimumAt: (point: string) => `가장 낮은 점 ${point}.`,
    startAt: (point: string) => `시작점 ${point}.`,
    at: (point: string, loss: string) => `위치 ${point}, f − f_min ${loss}`,
    biasChart: '처음 몇 스텝 동안의 Adam 편향 보정 계수',
    biasSummary: (t: number, m: string, v: string) => `Adam ${t} 스텝 후 1차 모멘트는 ${m}, 2차 모멘트는 ${v}로 나눕니다.`,
    biasOff: '편향 보정이 꺼져 있어 두 계수 모두 1입니다.',
    to: '~',
  },
} as const;

/** The chart strings of `lang`. */
export function chartWords(lang: ChartLang) {
  return words[lang];
}

/** "(−2.5, 0.6)". */
export function formatPoint(point: readonly [number, number]): string {
  return `(${formatValue(point[0])}, ${formatValue(point[1])})`;
}

/** One racer's latest state, as the summaries need it. */
export interface RacerStatus {
  label: string;
  step: number;
  /** f − lossFloor now (mean over particles in a swarm; may be non-finite when diverged). */
  loss: number;
  diverged: null | { step: number };
}

/** "After 120 steps: Adam 3.2e-4, SGD 0.41, Momentum diverged at step 12." */
export function lossSummary(racers: readonly RacerStatus[], lang: ChartLang): string {
  const w = chartWords(lang);
  if (racers.length === 0) return `${w.none}.`;
  const step = Math.max(...racers.map((r) => r.step));
  if (step === 0) return `${w.notStarted}.`;
  const parts = racers.map((r) => `${r.label} ${r.diverged ? w.divergedAt(r.diverged.step) : formatValue(r.loss)}`);
  return `${w.after(step)}: ${parts.join(', ')}.`;
}

/** The legend's short status of one racer: its loss now, or where it diverged. */
export function racerStatusText(racer: RacerStatus, lang: ChartLang): string {
  if (racer.diverged) return chartWords(lang).divergedAt(racer.diverged.step);
  return racer.step === 0 ? '' : formatValue(racer.loss);
}
