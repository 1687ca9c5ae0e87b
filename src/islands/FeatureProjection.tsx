/**
 * FeatureProjection: held-out digits through the frozen pretrained network and through the same
 * network with random weights, each projected on its first two principal components and
 * coloured by digit, with nearest-centroid accuracy in the full 128-D feature space. The two
 * stand side by side where the widget is wide enough (the text asks to compare them), stacked on
 * a phone; each chart takes its column's width.
 * Takes in: the instance id, the page language and the chapter's starting values.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { projectionChartOptions } from '~/charts/transferCharts';
import type { Projection } from '~/engines/transfer/projection';
import { inBoth, type Lang } from '~/lib/i18n';
import { firstProblem } from '~/lib/problems';
import type { ParamValues } from '~/lib/params';
import { featureProjectionParams } from '~/lib/widgets/featureProjection';
import { Controls } from './kit/Controls';
import { ProblemText } from './kit/ProblemText';
import { isHostRestart } from './kit/engineHost';
import { hostProblem, remoteJob, useEngineHost } from './kit/useEngineHost';
import { useElementWidth } from './kit/useElementWidth';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { useDigits } from './network/useDigits';
import { PlotFigure } from './kit/PlotFigure';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
}

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('projection');

/** Width in px from which the two projections stand side by side (34rem, as in the CSS). */
const PAIR_MIN = 544;

/** The feature projection widget. */
export default function FeatureProjection({ id, lang, initial }: Props) {
  const w = words[lang];
  const state = useWidgetState(id, featureProjectionParams, initial);
  const engines = useEngineHost();
  const digits = useDigits();
  const [result, setResult] = useState<{ pretrained: Projection; random: Projection } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pair = useRef<HTMLDivElement>(null);
  const pairWidth = useElementWidth(pair);
  // Side by side from PAIR_MIN px (the CSS container query's 34rem); each chart fills its column.
  const chartWidth = !pairWidth ? 340 : pairWidth >= PAIR_MIN ? Math.floor((pairWidth - 13) / 2) : pairWidth;
  const chartHeight = Math.min(300, Math.max(220, Math.round(chartWidth * 0.9)));
  const count = Number(state.values.count);
  const seed = Number(state.values.seed);

  // Computed in the engine worker (it loads the pretrained body itself); the page only draws.
  const host = engines.host;
  const ready = host !== null && digits.digits !== null;
  useEffect(() => {
    if (!host || !ready) return;
    let alive = true;
    setResult(null);
    setError(null);
    remoteJob(host, 'featureProjection', { count, seed })
      .then((job) => {
        job.dispose();
        if (alive) setResult(job.snapshot());
      })
      .catch((e: unknown) => alive && !isHostRestart(e) && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      alive = false;
    };
  }, [host, ready, count, seed]);

  const charts = useMemo(
    () =>
      result && {
        pretrained: projectionChartOptions(result.pretrained.points, { width: chartWidth, height: chartHeight, ariaLabel: w.alt(w.pretrained, result.pretrained.points.length, result.pretrained.centroidAccuracy) }),
        random: projectionChartOptions(result.random.points, { width: chartWidth, height: chartHeight, ariaLabel: w.alt(w.random, result.random.points.length, result.random.centroidAccuracy) }),
      },
    [result, w, chartWidth, chartHeight],
  );
  const problem = firstProblem(lang, [
    ['run', error], ['data', digits.error], ['tf', hostProblem(engines)],
  ]);

  return (
    <WidgetFrame id={id} title={w.title} lang={lang} ignored={state.ignored} onReset={state.reset} shareUrl={state.shareUrl} engine={engines}>
      <div class="feature-projection" data-ready={result ? 'true' : 'false'} data-engines={engines.mode}>
        <Controls table={featureProjectionParams} values={state.values} set={state.set} lang={lang} />
        {problem && (
          <p class="notice" role="alert">
            <ProblemText problem={problem} />
          </p>
        )}
        {!result && !problem && <p role="status">{w.working}</p>}
        <div class="feature-projection-pair" ref={pair}>
          {result && charts && (
            <>
              <figure>
                <figcaption>
                  {w.pretrained}: <strong data-nc="pretrained">{w.nc(result.pretrained.centroidAccuracy)}</strong>
                </figcaption>
                <PlotFigure options={charts.pretrained} />
              </figure>
              <figure>
                <figcaption>
                  {w.random}: <strong data-nc="random">{w.nc(result.random.centroidAccuracy)}</strong>
                </figcaption>
                <PlotFigure options={charts.random} />
              </figure>
            </>
          )}
        </div>
      </div>
    </WidgetFrame>
  );
}
