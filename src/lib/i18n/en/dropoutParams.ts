/** Labels and help of dropout.ts's table (namespace `dropoutParams`). Pure data. */

export const dropoutParams = {
  dropProbability: {
    label: 'Drop probability p (chance a unit is switched off)',
  },
  inputs: {
    label: 'Input units',
  },
  hidden1: {
    label: 'Hidden layer 1 units',
  },
  hidden2: {
    label: 'Hidden layer 2 units (0 = no second layer)',
  },
  outputs: {
    label: 'Output units',
  },
  passesPerSecond: {
    label: 'Forward passes per second while playing',
  },
  seed: {
    label: 'Random seed',
  },
};
