/**
 * TransferLab's parameters (URL keys `transferLab.<name>`): how many digits per class, the seed
 * that picks them (and every initialisation), how many conv layers the fine-tune strategy keeps
 * frozen, which conv block's features the head-only strategy reads (3 = the last; an earlier
 * one for the lecture's "linear classifiers from different stages"), how many held-out digits score the runs, and which strategy is highlighted (the
 * StrategyTable sets it). Pure data.
 */
import { pair } from '../i18n';
import type { ParamTable } from '../params';

export const transferLabParams: ParamTable = [
  { kind: 'int', name: 'perClass', label: pair((d) => d.transferLabParams.perClass.label), default: 1, min: 1, max: 100 },
  {
    kind: 'int',
    name: 'frozenLayers',
    label: pair((d) => d.transferLabParams.frozenLayers.label),
    help: pair((d) => d.transferLabParams.frozenLayers.help),
    default: 0,
    min: 0,
    max: 3,
  },
  {
    kind: 'int',
    name: 'headLayer',
    label: pair((d) => d.transferLabParams.headLayer.label),
    help: pair((d) => d.transferLabParams.headLayer.help),
    default: 3,
    min: 1,
    max: 3,
  },
  { kind: 'int', name: 'heldOut', label: pair((d) => d.transferLabParams.heldOut.label), default: 500, min: 100, max: 2000, step: 100 },
  { kind: 'int', name: 'seed', label: pair((d) => d.transferLabParams.seed.label), default: 1, min: 1, max: 9999 },
  {
    kind: 'choice',
    name: 'focus',
    label: pair((d) => d.transferLabParams.focus.label),
    default: 'head',
    choices: [
      { value: 'head', label: pair((d) => d.transferLabParams.focus.choices.head) },
      { value: 'finetune', label: pair((d) => d.transferLabParams.focus.choices.finetune) },
      { value: 'scratch', label: pair((d) => d.transferLabParams.focus.choices.scratch) },
    ],
  },
];
