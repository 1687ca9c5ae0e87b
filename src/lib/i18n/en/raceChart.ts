/** Words of raceText.ts (namespace `raceChart`). Pure data. */

export const raceChart = {
  divergedAt: (step: number, variable?: string) => `diverged at step ${step}${variable ? ` (${variable} became NaN or infinite)` : ''}`,
  after: (step: number) => `After ${step} step${step === 1 ? '' : 's'}`,
  notStarted: 'Not started yet',
  none: 'no optimizer is racing',
  lossAxis: 'f − f_min (log scale)',
  stepAxis: 'step',
  map: (formula: string, xs: string, ys: string) =>
    `Heat map of f(x, y) = ${formula} for x from ${xs} and y from ${ys}; darker is higher, lines are contours.`,
  mapDark: (formula: string, xs: string, ys: string) =>
    `Heat map of f(x, y) = ${formula} for x from ${xs} and y from ${ys}; lighter is higher, lines are contours.`,
  minimumAt: (point: string) => `Lowest point at ${point}.`,
  startAt: (point: string) => `Start at ${point}.`,
  at: (point: string, loss: string) => `at ${point}, f − f_min ${loss}`,
  biasChart: 'Adam bias-correction factors over the first steps',
  biasSummary: (t: number, m: string, v: string) => `After ${t} Adam steps the first moment is divided by ${m} and the second by ${v}.`,
  biasOff: 'Bias correction is off: both factors are 1.',
  to: 'to',
  outcomeX: 'final f − f_min (log scale)',
  outcomeY: 'share of particles (%)',
};
