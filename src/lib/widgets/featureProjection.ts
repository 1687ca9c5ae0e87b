/**
 * FeatureProjection's parameters: how many held-out digits are projected, and the seed of the
 * randomly initialised network it is compared with. Pure data.
 */
import { pair } from '../i18n';
import type { ParamTable } from '../params';

export const featureProjectionParams: ParamTable = [
  { kind: 'int', name: 'count', label: pair((d) => d.featureProjectionParams.count.label), default: 500, min: 100, max: 1000, step: 100 },
  { kind: 'int', name: 'seed', label: pair((d) => d.featureProjectionParams.seed.label), default: 1, min: 1, max: 9999 },
];
