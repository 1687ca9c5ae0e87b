/** Labels and help of featureProjection.ts's table (namespace `featureProjectionParams`). Pure data. */

export const featureProjectionParams = {
  count: {
    label: 'Digits projected',
  },
  seed: {
    label: 'Seed of the random network',
  },
};
