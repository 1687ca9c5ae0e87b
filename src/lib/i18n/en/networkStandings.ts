/** Words of Standings.tsx (namespace `networkStandings`). Pure data. */

export const networkStandings = { caption: 'Standings', optimizer: 'Optimizer', rate: 'Rate now', loss: 'Training loss', accuracy: 'Held-out accuracy', at: 'step', diverged: (n: number, variable?: string) => `diverged at step ${n}${variable ? `: ${variable} became NaN or infinite first` : ''}` };
