/** Words of NetworkRace.tsx (namespace `networkRace`). Pure data. */

export const networkRace = {
  title: 'A fair race on a real network',
  fair: (seed: number, n: number, hidden: number) =>
    `Fair by construction: every optimizer starts from the same initial weights (seed ${seed}) and trains on the same ` +
    `mini-batches of ${n.toLocaleString('en')} MNIST digits in the same order, with a 784 → ${hidden} → 10 network. ` +
    'Only the update rule and its learning rate differ. Accuracy is measured on 1,000 digits no racer trains on. ' +
    'Changing a setting restarts the race from that same start.',
  progress: (step: number, total: number) => `Step ${step} of ${total}`,
  racers: 'Racers',
  rates: 'Base learning rates',
  schedule: 'Schedule (applied to every racer)',
  run: 'Network and data',
  none: 'Switch on at least one optimizer to start a race.',
  digits: 'Loading 10,000 MNIST digits…',
  digitsFailed: 'The MNIST digits could not be loaded, so the race cannot run.',
  retry: 'Try again',
  readerSchedule: (label: string) =>
    `The learning rate of every racer comes from your schedule cell "${label}" at each step, from the racer's base rate; the choice below waits until you go back.`,
  readerScheduleRefused: (label: string, problem: string) =>
    `Your schedule cell "${label}" is not used, so the race keeps the schedule below: ${problem}.`,
  builtInSchedule: 'Back to the built-in schedule',
};
