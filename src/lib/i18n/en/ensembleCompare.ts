/** The ensemble lab's table comparing its three modes (namespace `ensembleCompare`). Pure data. */

type Mode = 'independent' | 'snapshots' | 'averaging';

export const ensembleCompare = {
  caption: 'The three modes compared: the latest finished run of each since this page was opened.',
  mode: 'Mode',
  updates: 'Training updates',
  single: 'One model alone',
  combined: 'Combined',
  testModels: 'Models at test time',
  singleNote: (mode: Mode) => (mode === 'averaging' ? 'raw weights' : 'mean of the models'),
  combinedNote: (kind: 'ema' | 'polyak' | null, k: number) => (kind === 'ema' ? 'EMA' : kind === 'polyak' ? 'Polyak' : `ensemble of ${k}`),
  notRun: 'not run yet: choose it under “What to average” and press Play',
};
