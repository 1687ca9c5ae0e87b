/** Labels and help of quadraticLab.ts's table (namespace `quadraticLabParams`). Pure data. */

export const quadraticLabParams = {
  kappa: { label: 'Condition number κ' },
  angle: { label: 'Rotation (degrees)' },
  method: { label: 'Method' },
  alpha: { label: 'Step size α' },
  rho: { label: 'Momentum ρ' },
  noise: { label: 'Gradient noise σ', help: 'Standard deviation added to each gradient coordinate (seeded).' },
};
