/** Words of LayerLocks.tsx (namespace `layerLocks`). Pure data. */

export const layerLocks = {
  input: 'input 28×28',
  head: 'new head → 10',
  pooled: 'average',
  frozen: 'frozen',
  trains: 'trains',
  lock: (n: string, locked: boolean) => `${n}: ${locked ? 'frozen, click to unfreeze' : 'trains, click to freeze'}`,
  tap: (n: string) => `head only reads ${n}`,
  tapLabel: (n: string, on: boolean) => (on ? `Head only reads the averaged features of ${n}` : `Let head only read the averaged features of ${n}`),
  caption: (n: string) =>
    `Locks apply to the fine-tune strategy; head only freezes every conv layer, from scratch none. Head only reads the averaged features of ${n} (the “reads” buttons choose an earlier stage).`,
};
