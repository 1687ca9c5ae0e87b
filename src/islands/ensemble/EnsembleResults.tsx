/**
 * The lab's two charts (members against the ensemble; the gain as models are added, or raw
 * against EMA during an averaging run) and the results table, which with the summary sentence
 * is the charts' text alternative.
 */
import { useMemo, useRef } from 'preact/hooks';
import { ensembleSummary, gainChart, membersChart, resultLabel } from '~/charts/ensembleCharts';
import type { EnsembleSnapshot } from '~/lib/ensembleTypes';
import { PlotFigure } from '~/islands/kit/PlotFigure';
import { useElementWidth } from '~/islands/kit/useElementWidth';
import type { Lang } from '~/lib/i18n';
import { ensembleWords } from './ensembleWords';

interface Props {
  snapshot: EnsembleSnapshot | null;
  /** K of the current settings (the gain chart's x axis runs to it). */
  members: number;
  lang: Lang;
}

const pct = (v: number, lang: Lang) => `${(100 * v).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

/** Charts, table and summary of the latest snapshot. */
export function EnsembleResults({ snapshot, members, lang }: Props) {
  const w = ensembleWords[lang];
  const host = useRef<HTMLDivElement>(null);
  const width = useElementWidth(host);
  const summary = snapshot ? ensembleSummary(snapshot, lang) : '';
  const averaging = snapshot?.mode === 'averaging';
  const count = snapshot?.members.length ?? 0;
  const showGain = averaging ? (snapshot?.curve.length ?? 0) > 0 : count > 0;
  // Redraw only when there is something new: a finished member or a new curve point.
  const key = `${snapshot?.mode}:${count}:${snapshot?.curve.length}:${snapshot?.totalSteps}`;
  const options = useMemo(() => {
    if (!snapshot || width === 0) return { members: null, gain: null };
    return {
      members: count > 0 ? membersChart(snapshot, { width, ariaLabel: summary }, lang) : null,
      // Decorative: the members chart and the table already carry these numbers for screen readers.
      gain: showGain ? gainChart(snapshot, members, { width, ariaLabel: '' }, lang) : null,
    };
  }, [key, width, lang, members]);

  return (
    <div class="ensemble-results" ref={host}>
      {count > 0 && (
        <figure class="ensemble-chart ensemble-chart-members">
          <PlotFigure options={options.members} />
          <figcaption class="widget-caption">{averaging ? w.averagingCaption : w.membersCaption}</figcaption>
        </figure>
      )}
      {showGain && (
        <figure class="ensemble-chart ensemble-chart-gain">
          <PlotFigure options={options.gain} decorative />
          <figcaption class="widget-caption">{averaging ? w.curveCaption : w.gainCaption}</figcaption>
        </figure>
      )}
      {count > 0 && snapshot && (
        <table class="ensemble-table">
          <thead>
            <tr>
              <th scope="col">{w.result}</th>
              <th scope="col">{w.accuracy}</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.members.map((m) => (
              <tr key={`${m.kind}-${m.index}`} data-kind={m.kind} data-accuracy={m.heldOut.toFixed(4)}>
                <th scope="row">{resultLabel(m, lang)}</th>
                <td>{pct(m.heldOut, lang)}</td>
              </tr>
            ))}
            {snapshot.ensemble !== null && count > 1 && (
              <tr class="ensemble-row" data-kind="ensemble" data-accuracy={snapshot.ensemble.toFixed(4)}>
                <th scope="row">{w.ensembleRow(count)}</th>
                <td>{pct(snapshot.ensemble, lang)}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      <p class="ensemble-summary" role="status" aria-live="polite" data-members={count}>
        {summary}
      </p>
    </div>
  );
}
