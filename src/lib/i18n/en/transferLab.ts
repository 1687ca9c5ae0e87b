/** Words of words.ts (namespace `transferLab`). Pure data. */

export const transferLab = {
  title: 'Transfer lab: head only vs fine-tune vs from scratch',
  run: 'Train all three',
  none: 'No results yet: press “Train all three” to train the three strategies on the same examples.',
  stop: 'Stop',
  loadingModel: 'Loading the pretrained network and the digits…',
  strategy: 'Strategy',
  heldOut: 'Held-out accuracy',
  train: 'Train accuracy',
  steps: 'Steps',
  time: 'Training time',
  slow: 'Fine-tune and from scratch train every conv layer: seconds on webgl, but on wasm or cpu they can take minutes at N ≥ 10 (head only stays fast everywhere: it trains on features computed once).',
  curves: 'Accuracy during training',
  curvesKey: (focus: string) => `Solid: held-out accuracy (the dot is the latest); dashed: train accuracy. “${focus}” (highlighted) is drawn on top.`,
  againstN: 'Final held-out accuracy against N: each run you finish adds a dot per strategy; the line joins the means, and a bar spans several runs at one N (change the seed to see the spread)',
  runsKept: (n: number) => `${n} finished ${n === 1 ? 'run' : 'runs'} shown; they stay, through backend switches, until you clear them.`,
  clear: 'Clear results',
  fair: (n: number, seed: number) => `All three see the same ${n * 10} digits (${n} per class, seed ${seed}) and stop by the same rule: training loss below 0.05 or 400 steps.`,
  focus: 'highlighted',
  stale: 'The results below come from earlier settings (N, seed, held-out digits, layer locks or the layer head only reads have changed since): train again to see the current ones.',
  tapped: (layer: string) => `(on ${layer}'s features)`,
};
