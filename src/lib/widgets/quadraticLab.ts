/**
 * The quadratic lab's parameters: one table for its controls, its URL keys (`lab.<name>`), the
 * inline prose numbers (<Param for="lab" …/>) and the MDX prop check. The bowl's eigenvalues are
 * 1 and 1/κ (lib/quadraticLab.ts), so α runs to 4 = 2(1 + ρ)/λ₁ at ρ = 1, the edge of stability.
 * Defaults: κ = 100 as the race's ravine, the lecture's ρ = 0.9 and α = 1, so the reader starts
 * away from the optimum (α*, ρ*) ≈ (3.3, 0.67) and can go and find it. Pure data.
 */
import { pair } from '../i18n';
import type { ParamTable } from '../params';
import { labMethods } from '../quadraticLab';

export const quadraticLabParams: ParamTable = [
  { kind: 'number', name: 'kappa', label: pair((d) => d.quadraticLabParams.kappa.label), default: 100, min: 1, max: 1000, step: 1, scale: 'log' },
  { kind: 'number', name: 'angle', label: pair((d) => d.quadraticLabParams.angle.label), default: 0, min: 0, max: 90, step: 1 },
  {
    kind: 'choice',
    name: 'method',
    label: pair((d) => d.quadraticLabParams.method.label),
    default: 'momentum',
    choices: labMethods.map((value) => ({
      value,
      label: pair((d) => d.quadraticLab.method[value]),
    })),
  },
  { kind: 'number', name: 'alpha', label: pair((d) => d.quadraticLabParams.alpha.label), default: 1, min: 0.01, max: 4, step: 0.01 },
  { kind: 'number', name: 'rho', label: pair((d) => d.quadraticLabParams.rho.label), default: 0.9, min: 0, max: 0.999, step: 0.001 },
  {
    kind: 'number',
    name: 'noise',
    label: pair((d) => d.quadraticLabParams.noise.label),
    help: pair((d) => d.quadraticLabParams.noise.help),
    default: 0,
    // The flat direction's floor is about σ·√(α/(2λ)) with λ = 1/κ, so σ = 0.1 already settles
    // above the starting error at κ = 100: the range stays small.
    min: 0,
    max: 0.1,
    step: 0.001,
  },
];
