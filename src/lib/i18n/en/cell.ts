/** Words of the lecture cells (namespace `cell`): the editor, its buttons, Run results and link notices. Pure. */
export const cell = {
  cell: 'Runnable cell',
  kindUpdate: 'runs once per step, with x, dx = compute_gradient(x), t (from 1) and learning_rate given',
  kindSchedule: 'gives learning_rate at step t of num_steps, from base_lr',
  kindDropout: 'runs on the hidden activations H1 of a training step',
  editor: (name: string) => `Code of the ${name} cell`,
  noBias: (rule: string) => `${rule}, no bias correction`,
  run: 'Run',
  reset: 'Reset',
  race: 'Race this rule',
  racing: 'Racing',
  stopRace: 'Take out of the races',
  racerName: 'Racer name',
  defaultName: (name: string) => `My ${name}`,
  copyLink: 'Copy link',
  copied: 'Link copied',
  copyFailed: 'Could not copy; the address bar holds the link',
  hyper: 'New hyper-parameters',
  state: 'State (starts at zeros like x)',
  loading: 'Loading TensorFlow.js…',
  ravine: (steps: number, x: string, y: string, loss: string) => `After ${steps} steps on the ravine from (−2.5, 0.6): x = (${x}, ${y}), f = ${loss}`,
  schedule: (rates: string) => `learning_rate with base_lr = 0.1 over num_steps = 100: ${rates}`,
  dropout: (kept: string, mean: string) => `Of 1,000 activations of 1: ${kept} kept, mean after dropout ${mean} (inverted dropout keeps it near 1)`,
  linkTooLong: (length: number, limit: number) =>
    `This cell is too long for a link (${length} characters compressed, the limit is ${limit}); the link keeps the lecture's code.`,
  linkBroken: 'The link held a cell that could not be read; the lecture\'s code is shown instead.',
  raceWhere: 'It races in the optimizer race and the network race below, in its own colour.',
  torch: 'PyTorch',
  scheduleWord: 'schedule',
  dropoutWord: 'dropout',
  driverName: 'Name in the widget',
  drivesSchedule: (applied: boolean) =>
    applied
      ? 'Its curve is drawn in the schedule explorer above, and the network race takes its learning rate from it.'
      : 'Its curve is drawn in the schedule explorer above; from there it can be applied to the network race.',
  drivesDropout: 'The dropout visualiser above draws its masks with this code.',
};
