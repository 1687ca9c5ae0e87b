/** Words of NetworkCharts.tsx (namespace `networkCharts`). Pure data. */

export const networkCharts = {
  group: 'Training curves of the race',
  loss: 'Training loss',
  accuracy: 'Held-out accuracy',
  noAccuracy: 'No accuracy measured yet: press Play or Step. The chart starts at the first evaluation on the held-out digits.',
  schedule: (name: string) => `Schedule: ${name}`,
  band: (n: string) => `Shaded: ±2 standard errors of each accuracy on ${n} held-out digits, how far it would move on other digits by chance.`,
  seeds: (count: number) => ` Hollow dots: final accuracy of ${count} earlier run${count === 1 ? '' : 's'} with other seeds (change the seed to add one).`,
  within: (leader: string, runnerUp: string, gap: string, noise: string, n: string) =>
    `Within the noise: ${leader} leads ${runnerUp} by ${gap} points, less than twice the standard error of that difference on ${n} digits (${noise} points). Another seed could swap them.`,
  beyond: (leader: string, runnerUp: string, gap: string, noise: string, n: string) =>
    `Beyond the noise: ${leader} leads ${runnerUp} by ${gap} points, more than twice the standard error of that difference on ${n} digits (${noise} points).`,
  tied: (leader: string, runnerUp: string, noise: string, n: string) =>
    `Within the noise: ${leader} and ${runnerUp} are level at the top; on ${n} digits a gap under ${noise} points would be chance too.`,
};
