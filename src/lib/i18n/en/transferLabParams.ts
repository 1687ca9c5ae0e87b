/** Labels and help of transferLab.ts's table (namespace `transferLabParams`). Pure data. */

export const transferLabParams = {
  perClass: {
    label: 'Examples per class (N)',
  },
  frozenLayers: {
    label: 'Conv layers kept frozen when fine-tuning',
    help: '0 = fine-tune all; 3 = only the head trains',
  },
  headLayer: {
    label: 'Head only reads the features of conv…',
    help: '3 = the last block (the usual recipe); 1 or 2 = an earlier, more general stage',
  },
  heldOut: {
    label: 'Held-out digits scored',
  },
  seed: {
    label: 'Random seed',
  },
  focus: {
    label: 'Highlighted strategy',
    choices: {
      head: 'Head only',
      finetune: 'Fine-tune',
      scratch: 'From scratch',
    },
  },
};
