/** Words of experimentWords.ts (namespace `dropoutExperiment`). Pure data. */

export const dropoutExperiment = {
  title: 'Dropout against overfitting: one network, one data set, one difference',
  fair: (n: number, hidden: number, seed: number, decay: boolean, inputP: number) =>
    `${decay ? 'All three copies' : 'Both copies'} of a 784 → ${hidden} → 10 network start from the same initial weights (seed ${seed}) and train on the same ` +
    `mini-batches of the same ${n.toLocaleString('en')} MNIST digits, with Adam. The only difference: the dropout copy ` +
    'switches off each hidden unit with probability p on every training pass' +
    (inputP > 0 ? `, and each input pixel with probability ${inputP}` : '') +
    ' (inverted dropout). Accuracy is measured ' +
    'without dropout, on all the training digits and on 1,000 held-out digits no copy trains on.' +
    (decay ? ' The third copy adds weight decay (λ/2)·‖W‖² to its loss instead of dropout.' : ''),
  progress: (step: number, total: number, epoch: number) => `Step ${step} of ${total} (${epoch.toFixed(1)} epochs)`,
  copy: 'Copy',
  train: 'Training accuracy',
  heldOut: 'Held-out accuracy',
  gap: 'Gap (points)',
  caption: 'Dashed: training accuracy. Solid: held-out accuracy. Shaded: the gap between them.',
  loading: 'Loading 10,000 MNIST digits…',
  failed: 'The MNIST digits could not be loaded, so the experiment cannot run.',
  retry: 'Try again',
  more: 'More settings',
};
