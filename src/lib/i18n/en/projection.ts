/** Words of FeatureProjection.tsx (namespace `projection`). Pure data. */

export const projection = {
  title: 'Frozen features of digits, projected to 2-D',
  pretrained: 'Pretrained network',
  random: 'Same network, random weights',
  nc: (a: number) => `nearest-centroid accuracy (128-D): ${(100 * a).toFixed(1)} %`,
  working: 'Computing features…',
  alt: (which: string, n: number, a: number) =>
    `${which}: scatter of ${n} held-out digits on the first two principal components of their features, coloured by digit, with each digit's label at the centre of its points. Nearest-centroid accuracy in the full 128-D space: ${(100 * a).toFixed(1)} %.`,
};
