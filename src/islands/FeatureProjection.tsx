/**
 * FeatureProjection: held-out digits through the frozen pretrained network and through the same
 * network with random weights, each projected on its first two principal components and
 * coloured by digit, with nearest-centroid accuracy in the full 128-D feature space.
 * Takes in: the instance id, the page language and the chapter's starting values.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
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

/** The feature projection widget. */
export default function FeatureProjection({ id, lang, initial }: Props) {
  const w = words[lang];
  const state = useWidgetState(id, featureProjectionParams, initial);
  const engines = useEngineHost();
  const digits = useDigits();
  const [result, setResult] = useState<{ pretrained: Projection; random: Projection } | null>(null);
  const [error, setError] = useState<string | null>(null);
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
        pretrained: projectionChartOptions(result.pretrained.points, { width: 340, height: 300, ariaLabel: w.alt(w.pretrained, result.pretrained.points.length, result.pretrained.centroidAccuracy) }),
        random: projectionChartOptions(result.random.points, { width: 340, height: 300, ariaLabel: w.alt(w.random, result.random.points.length, result.random.centroidAccuracy) }),
      },
    [result, w],
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
        {result && charts && (
          <div class="transfer-charts">
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
          </div>
        )}
      </div>
    </WidgetFrame>
  );
}
