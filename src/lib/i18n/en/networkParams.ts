/** Labels and help of network.ts's table (namespace `networkParams`). Pure data. */

export const networkParams = {
  shareRate: {
    label: 'Same learning rate for all',
  },
  sharedRate: {
    label: 'Shared learning rate',
  },
  schedule: {
    label: 'Learning-rate schedule',
  },
  steps: {
    label: 'Steps',
  },
  batchSize: {
    label: 'Batch size',
  },
  trainCount: {
    label: 'Training digits',
  },
  hidden: {
    label: 'Hidden units',
  },
  seed: {
    label: 'Seed (initial weights and batch order)',
  },
  /** The switch that enters an optimizer in the race. */
  race: (optimizer: string) => `Race ${optimizer}`,
};
