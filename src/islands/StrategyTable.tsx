/**
 * StrategyTable: the lecture's 2x2 table (little / a lot of data x similar / different data
 * set), each cell with its advice and why. Clicking a cell selects it and sets TransferLab's
 * highlighted strategy and layer locks to match (the two islands share TransferLab's store), then
 * says what it set, with a button that brings the lab into view (it stands earlier in the chapter).
 */
import { useState } from 'preact/hooks';
import { strategyLabels } from '~/charts/transferCharts';
import { inBoth, type Lang } from '~/lib/i18n';
import type { ParamValues } from '~/lib/params';
import { getStore, peekStore } from '~/lib/widgetStore';
import { CELL_STRATEGY, strategyTableParams, type StrategyCell } from '~/lib/widgets/strategyTable';
import { transferLabParams } from '~/lib/widgets/transferLab';
import { prefersReducedMotion } from './kit/useAnimationLoop';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
  /** The TransferLab instance to steer. */
  labId?: string;
}

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('strategyTable');

/** The clickable 2x2 strategy table. */
export default function StrategyTable({ id, lang, initial, labId = 'transferLab' }: Props) {
  const w = words[lang];
  const state = useWidgetState(id, strategyTableParams, initial);
  const selected = String(state.values.cell) as StrategyCell;
  // What the reader's last click set (nothing is said for the cell a page starts with).
  const [said, setSaid] = useState<StrategyCell | null>(null);
  const choose = (cell: StrategyCell) => {
    state.set('cell', cell);
    const lab = peekStore(labId) ?? getStore(labId, transferLabParams);
    lab.setMany(CELL_STRATEGY[cell]);
    setSaid(cell);
  };
  const goToLab = () =>
    document.querySelector(`figure.widget[data-widget-id="${labId}"]`)?.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
  const setting = said && CELL_STRATEGY[said];
  const cell = (name: StrategyCell) => {
    const [advice, why] = w.cells[name];
    // The column's name travels with the cell: a phone stacks the cells and shows it above each.
    return (
      <td data-col={name.endsWith('similar') ? w.similar : w.different}>
        <button type="button" class="strategy-cell" aria-pressed={selected === name} data-cell={name} onClick={() => choose(name)}>
          <strong>{advice}</strong>
          <span>{why}</span>
        </button>
      </td>
    );
  };
  return (
    <WidgetFrame id={id} title={w.title} lang={lang} ignored={state.ignored} onReset={state.reset} shareUrl={state.shareUrl}>
      <table class="strategy-table">
        <thead>
          <tr>
            <td />
            <th scope="col">{w.similar}</th>
            <th scope="col">{w.different}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{w.little}</th>
            {cell('little-similar')}
            {cell('little-different')}
          </tr>
          <tr>
            <th scope="row">{w.much}</th>
            {cell('much-similar')}
            {cell('much-different')}
          </tr>
        </tbody>
      </table>
      <p class="widget-caption">{w.hint}</p>
      <p class="strategy-said" role="status" aria-live="polite">
        {setting && (
          <>
            {w.set(strategyLabels[lang][setting.focus], setting.frozenLayers, setting.headLayer)}{' '}
            <button type="button" onClick={goToLab}>
              {w.goToLab}
            </button>
          </>
        )}
      </p>
    </WidgetFrame>
  );
}
