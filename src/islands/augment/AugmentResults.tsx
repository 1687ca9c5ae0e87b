/** The experiment's accuracy curves (one panel per copy) and the results table with its summary sentence. */
import { useMemo, useRef } from 'preact/hooks';
import { augmentCurveOptions, augmentRows, augmentSummary, type AugmentCurveCopy } from '~/charts/augmentCharts';
import { PlotFigure } from '~/islands/kit/PlotFigure';
import { useElementWidth } from '~/islands/kit/useElementWidth';
import type { Lang } from '~/lib/i18n';
import { augmentExperimentWords } from './experimentWords';

interface Props {
  copies: readonly AugmentCurveCopy[];
  step: number;
  totalEpochs: number;
  lang: Lang;
}

const pct = (v: number, lang: Lang) => `${(100 * v).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

/** Curves and table of the latest snapshot. */
export function AugmentResults({ copies, step, totalEpochs, lang }: Props) {
  const w = augmentExperimentWords[lang];
  const host = useRef<HTMLDivElement>(null);
  const width = useElementWidth(host);
  const summary = augmentSummary(copies, lang);
  const options = useMemo(
    () => (width > 0 && copies.length > 0 ? augmentCurveOptions(copies, totalEpochs, { width, ariaLabel: summary }, lang) : null),
    [width, copies, totalEpochs, lang],
  );
  const rows = augmentRows(copies, lang);
  return (
    <div class="augment-results">
      <div ref={host} class="augment-curves">
        <PlotFigure options={options} minIntervalMs={250} />
      </div>
      <p class="widget-caption">{w.caption}</p>
      <table class="augment-table">
        <thead>
          <tr>
            <th scope="col">{w.copy}</th>
            <th scope="col">{w.train}</th>
            <th scope="col">{w.heldOut}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} data-copy={r.name} data-held-out={r.heldOut.toFixed(4)}>
              <th scope="row">{r.label}</th>
              <td>{pct(r.train, lang)}</td>
              <td>{pct(r.heldOut, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="augment-summary" role="status" aria-live="polite" data-step={step}>
        {summary}
      </p>
    </div>
  );
}
