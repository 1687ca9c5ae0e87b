/** The schedule explorer's own words (namespace `scheduleExplorer`). Pure data. */
import { count } from '../format';

export const scheduleExplorer = {
  title: 'Learning-rate schedule explorer',
  pin: 'Keep this curve to compare',
  pinned: 'Curves kept for comparison',
  remove: (label: string) => `Remove ${label}`,
  full: (n: number) => `At most ${n} curves are kept: remove one to keep another.`,
  alsoDrawn: (labels: readonly string[]) => ` Also drawn for comparison: ${labels.join('; ')}.`,
  apply: 'Apply to the network race',
  applied: (label: string, steps: number) =>
    `The network race now trains with ${label} and has restarted. Its base learning rates and its ${count(steps, 'en')} steps stay its own.`,
  goToRace: 'Go to the race',
  noRace: 'There is no network race on this page to apply the schedule to.',
  refused: (names: string) => `The network race did not accept: ${names}.`,
  yours: (label: string, inRace: boolean) => `Your schedule cell: ${label}${inRace ? ' (the network race uses it)' : ''}`,
  applyYours: 'Apply your schedule to the network race',
  removeYours: 'Remove your curve',
  yoursApplied: (label: string, steps: number) =>
    `The network race now takes its learning rate from your code "${label}" at every step, from each optimizer's base rate, and has restarted (${count(steps, 'en')} steps).`,
  yoursRefused: (problem: string) => `Your schedule is not drawn: ${problem}.`,
};
