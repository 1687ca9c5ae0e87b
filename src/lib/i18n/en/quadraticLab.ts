/** The quadratic lab's words (namespace `quadraticLab`); numbers arrive formatted. Pure data. */

export const quadraticLab = {
  title: 'Quadratic lab: why momentum works',
  method: { gd: 'Gradient descent', momentum: 'SGD + momentum', nesterov: 'Nesterov momentum' },
  steep: 'steep direction',
  flat: 'flat direction',
  measured: 'measured',
  predicted: 'predicted',
  errorCaption: 'Error along each eigen-direction of H (log scale), from 1 at step 0. Solid: the iteration; dashed: the predicted factor per step.',
  direction: (which: string, lambda: string, factor: string) => `${which} (λ = ${lambda}): × ${factor} per step`,
  diverges: (which: string, lambda: string, factor: string) => `${which} (λ = ${lambda}): × ${factor} per step, so it grows and diverges`,
  /** The map's shading runs the other way in the dark theme (the slow region is the page's dark), so the words follow it. */
  mapCaption: (dark: boolean) =>
    `Momentum’s rate over (α, ρ): ${dark ? 'brighter' : 'darker'} converges faster; beyond the ${dark ? 'white' : 'black'} line it diverges. Ring: your setting; star: the optimum (α*, ρ*); dashed: critical damping of the flat (left) and steep (right) directions.`,
  mapSummary: (rate: string, best: string, alpha: string, rho: string) => `Your rate ${rate} per step; the best is ${best} at α* = ${alpha}, ρ* = ${rho}.`,
  alphaAxis: 'step size α',
  rhoAxis: 'momentum ρ',
  tableCaption: 'Steps to shrink the error to 1e-6, each method at its best setting for this κ, and at yours.',
  columns: ['Method', 'α', 'ρ', 'measured', 'predicted', 'grows like', 'noise floor'],
  yours: 'yours',
  never: 'never',
  noNoise: 'set σ > 0',
  rescaleCaption: 'Left: the bowl’s contour. Right: after the per-coordinate rescaling Adam and RMSProp aim at (each coordinate divided by its own curvature).',
  rescale: (before: string, after: string) => `κ ${before} → ${after} after rescaling each coordinate.`,
};
