/**
 * One unit's output at train time against test time, without and with inverted scaling: a Plot
 * bar chart and the same numbers as a table (the chart's text alternative), plus what happened
 * to the unit on the current pass.
 */
import { useMemo, useRef } from 'preact/hooks';
import { expectationChartOptions, type ExpectationRow } from '~/charts/dropoutCharts';
import { expectedActivation } from '~/lib/dropoutMath';
import type { DropoutSession } from '~/lib/dropoutNetwork';
import { PlotFigure } from '~/islands/kit/PlotFigure';
import { useElementWidth } from '~/islands/kit/useElementWidth';
import type { Lang } from '~/lib/i18n';
import { visualiserWords } from './visualiserWords';

interface Props {
  /** The widget instance id, to make element ids unique on the page. */
  idPrefix: string;
  session: DropoutSession;
  /** The name of the reader's dropout cell while it draws the masks (null: the built-in). */
  readerLabel: string | null;
  lang: Lang;
}

const show = (v: number, lang: Lang) => v.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The train-versus-test panel of the visualiser. */
export function UnitExpectation({ idPrefix, session, readerLabel, lang }: Props) {
  const w = visualiserWords[lang];
  const host = useRef<HTMLDivElement>(null);
  // From the instance id, not useId: Preact numbers useId per island, so islands would collide.
  const titleId = `${idPrefix}-unit-title`;
  const width = useElementWidth(host);
  const { network, dropProbability: p, passes, measuredMean, masks } = session;
  const { h, layer, unit } = network.tracked;
  const kept = masks[layer - 1][unit] === 1;

  const rows: ExpectationRow[] = (['none', 'inverted'] as const).flatMap((scheme) => {
    const e = expectedActivation(h, p, scheme);
    const schemeLabel = scheme === 'none' ? w.none : w.inverted;
    return [
      { scheme, schemeLabel, phase: 'train', phaseLabel: w.trainPhase, expected: e.train, measured: measuredMean[scheme] },
      { scheme, schemeLabel, phase: 'test', phaseLabel: w.testPhase, expected: e.test, measured: null },
    ];
  });
  const options = useMemo(
    () => (width > 0 ? expectationChartOptions(rows, h, { width, ariaLabel: w.chartLabel(p) }) : null),
    [width, JSON.stringify(rows), h, lang],
  );

  return (
    <section class="dropout-unit" aria-labelledby={titleId}>
      <h4 id={titleId}>{w.unitTitle}</h4>
      <p class="dropout-unit-now" aria-live="polite">
        {w.unitNow(h, kept, p)}
      </p>
      <div ref={host} class="dropout-unit-chart">
        <PlotFigure options={options} />
      </div>
      <p class="widget-caption">{w.legend}</p>
      <table class="dropout-unit-table">
        <thead>
          <tr>
            <th scope="col">{w.scheme}</th>
            <th scope="col">{w.expectedTrain}</th>
            <th scope="col">{w.measured(passes)}</th>
            <th scope="col">{w.atTest}</th>
          </tr>
        </thead>
        <tbody>
          {(['none', 'inverted'] as const).map((scheme) => {
            const e = expectedActivation(h, p, scheme);
            return (
              <tr key={scheme} data-scheme={scheme}>
                <th scope="row">{scheme === 'none' ? w.none : w.inverted}</th>
                <td>{show(e.train, lang)}</td>
                <td>{show(measuredMean[scheme], lang)}</td>
                <td>{show(e.test, lang)}</td>
              </tr>
            );
          })}
          {readerLabel !== null && session.readerMean !== null && (
            <tr data-scheme="reader">
              <th scope="row">{w.readerRow(readerLabel)}</th>
              <td>—</td>
              <td>{show(session.readerMean, lang)}</td>
              <td>{show(h, lang)}</td>
            </tr>
          )}
        </tbody>
      </table>
      {readerLabel !== null && session.readerMean !== null && <p class="dropout-reader-lesson">{w.readerLesson(session.readerMean, h, passes)}</p>}
      <p>{w.lesson(p)}</p>
    </section>
  );
}
