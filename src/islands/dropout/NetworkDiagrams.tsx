/**
 * The toy network twice, side by side (stacked on narrow screens): at train time with the current
 * pass's masks, and at test time with every unit on. Each diagram is a Plot chart whose
 * aria-label says, in words, which units the pass dropped.
 */
import { useMemo, useRef } from 'preact/hooks';
import { networkDiagramOptions } from '~/charts/dropoutCharts';
import type { DropoutSession } from '~/lib/dropoutNetwork';
import { PlotFigure } from '~/islands/kit/PlotFigure';
import { useElementWidth } from '~/islands/kit/useElementWidth';
import type { Lang } from '~/lib/i18n';
import { visualiserWords } from './visualiserWords';

interface Props {
  session: DropoutSession;
  lang: Lang;
}

/** Per hidden layer, how many units this pass dropped, in words. */
export function droppedSummary(session: DropoutSession, lang: Lang): string[] {
  return session.masks.map((m, i) => visualiserWords[lang].dropped(i + 1, m.length - m.reduce((a, b) => a + b, 0), m.length));
}

/** Train-time and test-time diagrams of the session's network. */
export function NetworkDiagrams({ session, lang }: Props) {
  const w = visualiserWords[lang];
  const trainHost = useRef<HTMLDivElement>(null);
  const testHost = useRef<HTMLDivElement>(null);
  const trainWidth = useElementWidth(trainHost);
  const testWidth = useElementWidth(testHost);
  const { sizes, tracked } = session.network;
  const parts = droppedSummary(session, lang);
  const maskText = session.masks.map((m) => m.join('')).join('|');

  const trainOptions = useMemo(
    () =>
      trainWidth > 0
        ? networkDiagramOptions(sizes, session.masks, tracked, { width: trainWidth, ariaLabel: w.diagram(session.passes, parts) }, lang)
        : null,
    [trainWidth, maskText, session.passes, lang, sizes.join(',')],
  );
  const testOptions = useMemo(
    () => (testWidth > 0 ? networkDiagramOptions(sizes, null, tracked, { width: testWidth, ariaLabel: w.testDiagram }, lang) : null),
    [testWidth, lang, sizes.join(','), tracked.unit],
  );

  return (
    <div class="dropout-diagrams">
      <figure class="dropout-diagram" data-mask={maskText}>
        <figcaption>{w.train(session.passes)}</figcaption>
        <div ref={trainHost}>
          <PlotFigure options={trainOptions} />
        </div>
        <p class="widget-caption dropout-dropped">{parts.join(' · ')}</p>
      </figure>
      <figure class="dropout-diagram dropout-diagram-test">
        <figcaption>{w.test}</figcaption>
        <div ref={testHost}>
          <PlotFigure options={testOptions} />
        </div>
      </figure>
    </div>
  );
}
