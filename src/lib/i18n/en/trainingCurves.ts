/** Words of trainingCurves.ts (namespace `trainingCurves`). Pure data. */

export const trainingCurves = { step: 'step', loss: 'training loss (log scale)', accuracy: 'held-out accuracy (%)', rate: '× base rate', diverged: (n: number) => `diverged at step ${n}` };
