/** Words of transferCharts.ts (namespace `transferChart`). Pure data. */

export const transferChart = { step: 'training step', accuracy: 'accuracy (%)', perClass: 'examples per class (N, log scale)', heldOut: 'held-out', train: 'train (dashed)' };
