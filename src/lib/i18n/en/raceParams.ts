/** Labels and help of race.ts's table (namespace `raceParams`). Pure data. */

export const raceParams = {
  surface: {
    label: 'Surface',
  },
  formula: {
    label: 'Formula f(x, y)',
    help: 'Used when the surface is “Your formula”.',
  },
  momentum: {
    label: 'Momentum ρ',
  },
  decayRate: {
    label: 'RMSProp decay rate',
  },
  beta1: {
    label: 'Adam β₁',
  },
  beta2: {
    label: 'Adam β₂',
  },
  epsilon: {
    label: 'ε',
  },
  damping: {
    label: 'Newton damping λ',
    help: 'The step is −(H + λI)⁻¹∇f; 0 is the plain Newton step.',
  },
  memory: {
    label: 'L-BFGS memory m',
  },
  biasCorrection: {
    label: 'Adam bias correction',
  },
  noise: {
    label: 'Gradient noise',
    help: 'Standard deviation added to every gradient coordinate (seeded).',
  },
  startX: {
    label: 'Start x',
  },
  startY: {
    label: 'Start y',
  },
  particles: {
    label: 'Particles per optimizer',
    help: 'More than 1: a swarm from random starts.',
  },
  seed: {
    label: 'Seed',
  },
  stepsPerFrame: {
    label: 'Steps per frame',
  },
};
