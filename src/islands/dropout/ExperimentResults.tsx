/**
 * The experiment's accuracy curves (one panel per copy, the gap shaded) and the results table,
 * which with the summary sentence is the chart's text alternative.
 */
import { useMemo, useRef } from 'preact/hooks';
import { copyColors, experimentCurveOptions, experimentSummary, gapRows, type CurveCopy } from '~/charts/dropoutExperimentCharts';
import { PlotFigure } from '~/islands/kit/PlotFigure';
import { useElementWidth } from '~/islands/kit/useElementWidth';
import type { Lang } from '~/lib/i18n';
import { experimentWords } from './experimentWords';

interface Props {
  copies: readonly CurveCopy[];
  step: number;
  totalEpochs: number;
  lang: Lang;
}

const pct = (v: number, lang: Lang) => `${(100 * v).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

/** Curves and table of the latest snapshot. */
export function ExperimentResults({ copies, step, totalEpochs, lang }: Props) {
  const w = experimentWords[lang];
  const host = useRef<HTMLDivElement>(null);
  const width = useElementWidth(host);
  const summary = experimentSummary(copies, lang);
  const options = useMemo(
    () => (width > 0 && copies.length > 0 ? experimentCurveOptions(copies, totalEpochs, { width, ariaLabel: summary }, lang) : null),
    [width, copies, totalEpochs, lang],
  );
  const rows = copies.length > 0 ? gapRows(copies, lang) : [];

  return (
    <div class="dropout-results">
      <div ref={host} class="dropout-curves">
        <PlotFigure options={options} minIntervalMs={250} />
      </div>
      <p class="widget-caption">{w.caption}</p>
      <table class="dropout-gaps">
        <thead>
          <tr>
            <th scope="col">{w.copy}</th>
            <th scope="col">{w.train}</th>
            <th scope="col">{w.heldOut}</th>
            <th scope="col">{w.gap}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} data-copy={r.name} data-gap={r.gap.toFixed(4)}>
              <th scope="row">
                <span class="dropout-swatch" style={{ background: copyColors[r.name] }} aria-hidden="true" />
                {r.label}
              </th>
              <td>{pct(r.train, lang)}</td>
              <td>{pct(r.heldOut, lang)}</td>
              <td>{(100 * r.gap).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="dropout-summary" role="status" aria-live="polite" data-step={step}>
        {summary}
      </p>
    </div>
  );
}
