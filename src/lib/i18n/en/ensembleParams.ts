/** Labels and help of ensemble.ts's table (namespace `ensembleParams`). Pure data. */

export const ensembleParams = {
  mode: {
    label: 'What to average',
    choices: {
      independent: 'K independent models',
      // Short enough for a phone's menu: the sentence under the lab's title says how the
      // snapshots come about (cosine restarts) and which averages are compared (EMA, Polyak).
      snapshots: 'K snapshots of one run',
      averaging: 'Parameter averaging',
    },
  },
  members: {
    label: 'Number of models K',
  },
  steps: {
    label: 'Training steps per model',
  },
  hidden: {
    label: 'Hidden units',
  },
  trainCount: {
    label: 'Training digits',
  },
  seed: {
    label: 'Random seed',
  },
  emaDecay: {
    label: 'EMA decay β',
  },
  batchSize: {
    label: 'Batch size',
  },
  /** The members' rate, with the momentum they train with. */
  learningRate: (optimizer: string, momentum: number) => `Learning rate (${optimizer} ${momentum})`,
};
