/**
 * StrategyTable's one parameter: the selected cell of the lecture's 2x2 table (data size x
 * similarity), and which TransferLab strategy each cell recommends. Pure data.
 */
import type { ParamTable } from '../params';

export const STRATEGY_CELLS = ['little-similar', 'much-similar', 'little-different', 'much-different'] as const;
export type StrategyCell = (typeof STRATEGY_CELLS)[number];

/** The lab strategy that each cell's advice corresponds to. */
export const CELL_STRATEGY: Record<StrategyCell, { focus: 'head' | 'finetune'; frozenLayers: number; headLayer: number }> = {
  'little-similar': { focus: 'head', frozenLayers: 3, headLayer: 3 },
  'much-similar': { focus: 'finetune', frozenLayers: 2, headLayer: 3 },
  // The lecture's "linear classifier from an earlier stage": head only on conv2's features.
  'little-different': { focus: 'head', frozenLayers: 3, headLayer: 2 },
  'much-different': { focus: 'finetune', frozenLayers: 0, headLayer: 3 },
};

/** How a cell is named where the reader may see it (a select, a notice): data size, then similarity. */
const cellLabels: Record<StrategyCell, { en: string; ko: string }> = {
  'little-similar': { en: 'little data, similar data set', ko: '데이터 적음, 비슷한 데이터' },
  'much-similar': { en: 'a lot of data, similar data set', ko: '데이터 많음, 비슷한 데이터' },
  'little-different': { en: 'little data, different data set', ko: '데이터 적음, 다른 데이터' },
  'much-different': { en: 'a lot of data, different data set', ko: '데이터 많음, 다른 데이터' },
};

export const strategyTableParams: ParamTable = [
  {
    kind: 'choice',
    name: 'cell',
    label: { en: 'Selected cell', ko: '선택한 칸' },
    default: 'little-similar',
    choices: STRATEGY_CELLS.map((value) => ({ value, label: cellLabels[value] })),
  },
];
