/**
 * StrategyTable's one parameter: the selected cell of the lecture's 2x2 table (data size x
 * similarity), and which TransferLab strategy each cell recommends. Pure data.
 */
import { pair } from '../i18n';
import type { Label, ParamTable } from '../params';

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
const cellLabels = (cell: StrategyCell): Label => pair((d) => d.strategyTableParams.cells[cell]);

export const strategyTableParams: ParamTable = [
  {
    kind: 'choice',
    name: 'cell',
    label: pair((d) => d.strategyTableParams.cell),
    default: 'little-similar',
    choices: STRATEGY_CELLS.map((value) => ({ value, label: cellLabels(value) })),
  },
];
