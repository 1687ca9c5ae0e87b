/**
 * FeatureProjection's parameters: how many held-out digits are projected, and the seed of the
 * randomly initialised network it is compared with. Pure data.
 */
import type { ParamTable } from '../params';

export const featureProjectionParams: ParamTable = [
  { kind: 'int', name: 'count', label: { en: 'Digits projected', ko: '투영할 숫자 수' }, default: 500, min: 100, max: 1000, step: 100 },
  { kind: 'int', name: 'seed', label: { en: 'Seed of the random network', ko: '무작위 네트워크의 시드' }, default: 1, min: 1, max: 9999 },
];
