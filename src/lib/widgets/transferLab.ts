/**
 * TransferLab's parameters (URL keys `transferLab.<name>`): how many digits per class, the seed
 * that picks them (and every initialisation), how many conv layers the fine-tune strategy keeps
 * frozen, which conv block's features the head-only strategy reads (3 = the last; an earlier
 * one for the lecture's "linear classifiers from different stages"), how many held-out digits score the runs, and which strategy is highlighted (the
 * StrategyTable sets it). Pure data.
 */
import type { ParamTable } from '../params';

export const transferLabParams: ParamTable = [
  { kind: 'int', name: 'perClass', label: { en: 'Examples per class (N)', ko: '클래스당 예제 수 (N)' }, default: 1, min: 1, max: 100 },
  {
    kind: 'int',
    name: 'frozenLayers',
    label: { en: 'Conv layers kept frozen when fine-tuning', ko: '미세 조정 때 고정할 합성곱 층 수' },
    help: { en: '0 = fine-tune all; 3 = only the head trains', ko: '0 = 전체 미세 조정, 3 = 마지막 층만 학습' },
    default: 0,
    min: 0,
    max: 3,
  },
  {
    kind: 'int',
    name: 'headLayer',
    label: { en: 'Head only reads the features of conv…', ko: '마지막 층만 학습이 읽는 특징: conv…' },
    help: { en: '3 = the last block (the usual recipe); 1 or 2 = an earlier, more general stage', ko: '3 = 마지막 블록(보통의 방법), 1이나 2 = 더 일반적인 앞 단계' },
    default: 3,
    min: 1,
    max: 3,
  },
  { kind: 'int', name: 'heldOut', label: { en: 'Held-out digits scored', ko: '평가에 쓰는 보류 숫자 수' }, default: 500, min: 100, max: 2000, step: 100 },
  { kind: 'int', name: 'seed', label: { en: 'Random seed', ko: '난수 시드' }, default: 1, min: 1, max: 9999 },
  {
    kind: 'choice',
    name: 'focus',
    label: { en: 'Highlighted strategy', ko: '강조할 전략' },
    default: 'head',
    choices: [
      { value: 'head', label: { en: 'Head only', ko: '마지막 층만' } },
      { value: 'finetune', label: { en: 'Fine-tune', ko: '미세 조정' } },
      { value: 'scratch', label: { en: 'From scratch', ko: '처음부터' } },
    ],
  },
];
