/** Words of network/FirstLayerView.tsx (namespace `firstLayer`). Pure data. */

export const firstLayer = {
  title: (units: number) => `Inside the networks: the first ${units} hidden units’ weights`,
  caption:
    'Each tile is one hidden unit’s 784 incoming weights drawn as the 28×28 digit they multiply: red where a bright pixel pushes the unit up, blue where it pushes it down. All networks started from the same random weights, so each column is the same unit as each optimizer reshaped it.',
  unit: (u: number) => `unit ${u}`,
  diverged: 'diverged: weights gone',
};
