/** Labels and help of dropoutExperiment.ts's table (namespace `dropoutExperimentParams`). Pure data. */

export const dropoutExperimentParams = {
  dropProbability: {
    label: 'Drop probability p of the dropout copy',
  },
  inputDropProbability: {
    label: 'Drop probability of the input pixels (dropout copy)',
  },
  trainCount: {
    label: 'Training digits',
  },
  weightDecayCopy: {
    label: 'Add a third copy with weight decay',
  },
  weightDecay: {
    label: 'Weight decay λ of the third copy',
  },
  hidden: {
    label: 'Hidden units',
  },
  steps: {
    label: 'Training steps',
  },
  batchSize: {
    label: 'Batch size',
  },
  seed: {
    label: 'Random seed',
  },
};
