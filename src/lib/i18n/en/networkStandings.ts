/** Words of Standings.tsx (namespace `networkStandings`). Pure data. */

export const networkStandings = { caption: 'Standings', optimizer: 'Optimizer', rate: 'Rate now', loss: 'Training loss', accuracy: 'Held-out accuracy', at: 'step', diverged: (n: number) => `diverged at step ${n}` };
