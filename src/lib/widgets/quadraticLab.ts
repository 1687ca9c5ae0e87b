/**
 * The quadratic lab's parameters: one table for its controls, its URL keys (`lab.<name>`), the
 * inline prose numbers (<Param for="lab" …/>) and the MDX prop check. The bowl's eigenvalues are
 * 1 and 1/κ (lib/quadraticLab.ts), so α runs to 4 = 2(1 + ρ)/λ₁ at ρ = 1, the edge of stability.
 * Defaults: κ = 100 as the race's ravine, the lecture's ρ = 0.9 and α = 1, so the reader starts
 * away from the optimum (α*, ρ*) ≈ (3.3, 0.67) and can go and find it. Pure data.
 */
import type { ParamTable } from '../params';
import { labMethods } from '../quadraticLab';

export const quadraticLabParams: ParamTable = [
  { kind: 'number', name: 'kappa', label: { en: 'Condition number κ', ko: '조건수 κ' }, default: 100, min: 1, max: 1000, step: 1, scale: 'log' },
  { kind: 'number', name: 'angle', label: { en: 'Rotation (degrees)', ko: '회전 (도)' }, default: 0, min: 0, max: 90, step: 1 },
  {
    kind: 'choice',
    name: 'method',
    label: { en: 'Method', ko: '방법' },
    default: 'momentum',
    choices: labMethods.map((value) => ({
      value,
      label: { gd: { en: 'Gradient descent', ko: '경사 하강법' }, momentum: { en: 'SGD + momentum', ko: 'SGD + 모멘텀' }, nesterov: { en: 'Nesterov momentum', ko: '네스테로프 모멘텀' } }[value],
    })),
  },
  { kind: 'number', name: 'alpha', label: { en: 'Step size α', ko: '스텝 크기 α' }, default: 1, min: 0.01, max: 4, step: 0.01 },
  { kind: 'number', name: 'rho', label: { en: 'Momentum ρ', ko: '모멘텀 ρ' }, default: 0.9, min: 0, max: 0.999, step: 0.001 },
  {
    kind: 'number',
    name: 'noise',
    label: { en: 'Gradient noise σ', ko: '기울기 잡음 σ' },
    help: { en: 'Standard deviation added to each gradient coordinate (seeded).', ko: '기울기의 각 성분에 더하는 잡음의 표준편차 (시드 고정).' },
    default: 0,
    // The flat direction's floor is about σ·√(α/(2λ)) with λ = 1/κ, so σ = 0.1 already settles
    // above the starting error at κ = 100: the range stays small.
    min: 0,
    max: 0.1,
    step: 0.001,
  },
];
