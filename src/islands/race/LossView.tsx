/** The loss-versus-step chart beside the map, redrawn at most ten times a second. */
import { useRef } from 'preact/hooks';
import { lossChartOptions, type LossRacer } from '~/charts/lossChart';
import type { Lang } from '~/lib/i18n';
import { PlotFigure } from '../kit/PlotFigure';
import { useElementWidth } from '../kit/useElementWidth';

/** Ten redraws a second read as smooth for a curve and leave the frame budget to the map. */
const REDRAW_MS = 100;

interface Props {
  racers: readonly LossRacer[];
  summary: string;
  caption: string;
  lang: Lang;
}

/** One log-scale loss line per racer, with a visible caption that is also the chart's summary. */
export function LossView({ racers, summary, caption, lang }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const options =
    width > 0 ? lossChartOptions({ racers, width, height: Math.round(Math.min(300, Math.max(200, width * 0.7))), lang, ariaLabel: summary }) : null;
  return (
    <figure class="race-loss" ref={box}>
      <PlotFigure options={options} minIntervalMs={REDRAW_MS} />
      <figcaption>
        <span class="race-caption-title">{caption}</span> <span class="race-summary">{summary}</span>
      </figcaption>
    </figure>
  );
}
