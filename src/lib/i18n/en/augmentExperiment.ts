/** Words of experimentWords.ts (namespace `augmentExperiment`). Pure data. */

export const augmentExperiment = {
  title: 'Data augmentation on a few digits: one network, one data set, one difference',
  fair: (perClass: number, model: string, seed: number) =>
    `Both copies of the ${model === 'cnn' ? 'small CNN' : '784 → 64 → 10 MLP'} start from the same initial weights (seed ${seed}) and train with Adam on the same ` +
    `mini-batches of the same ${perClass} digits per class (${10 * perClass} in all). The only difference: the second copy sees every ` +
    'mini-batch through a random rotation, zoom and shift. No flips: a mirrored 2, 3 or 7 is not a digit, and a 6 turned upside down is a 9. ' +
    'Accuracy is measured on the un-augmented training digits and on 1,000 held-out digits neither copy trains on.',
  progress: (step: number, total: number, epoch: number) => `Step ${step} of ${total} (${epoch.toFixed(1)} epochs)`,
  copy: 'Copy',
  train: 'Training accuracy',
  heldOut: 'Held-out accuracy',
  caption: 'Dashed: training accuracy. Solid: held-out accuracy.',
  loading: 'Loading 10,000 MNIST digits…',
  failed: 'The MNIST digits could not be loaded, so the experiment cannot run.',
  retry: 'Try again',
  more: 'More settings',
  samples: 'What the augmented copy sees (the same 8 digits, freshly augmented at every step):',
};
