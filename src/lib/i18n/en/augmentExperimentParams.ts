/** Labels and help of augmentExperiment.ts's table (namespace `augmentExperimentParams`). Pure data. */

export const augmentExperimentParams = {
  model: {
    label: 'Network',
    choices: {
      cnn: 'small CNN (2 conv layers)',
      mlp: 'MLP (784 → 64 → 10)',
    },
  },
  perClass: {
    label: 'Training digits per class',
  },
  rotation: {
    label: 'Rotation up to ± degrees',
  },
  zoom: {
    label: 'Zoom up to ± (fraction)',
  },
  shift: {
    label: 'Shift up to ± (fraction of 28 px)',
  },
  flip: {
    label: 'Also flip digits left–right (a wrong augmentation)',
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
