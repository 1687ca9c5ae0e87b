/**
 * TransferLab: the pretrained strokes-cnn adapted to MNIST three ways on the same N examples per
 * class (same seed): head only, fine-tune (the reader's layer locks decide how much), and the
 * same architecture from scratch. Shows train and held-out curves, a results table with training
 * time, and final held-out accuracy against N across the runs of this visit.
 * Takes in: the instance id, the page language and the chapter's starting values. Renders and
 * wires state only: the run lives in ./transfer/useLabRunner, the model in engines/transfer.
 */
import { useMemo, useRef } from 'preact/hooks';
import { curveChartOptions, perClassChartOptions, STRATEGY_COLORS, strategyLabels, type StrategyName } from '~/charts/transferCharts';
import type { Lang } from '~/lib/i18n';
import { firstProblem } from '~/lib/problems';
import type { ParamValues } from '~/lib/params';
import { transferLabParams } from '~/lib/widgets/transferLab';
import { Controls } from './kit/Controls';
import { useBackendSwitch } from './kit/useBackendSwitch';
import { ProblemText } from './kit/ProblemText';
import { hostProblem, useEngineHost } from './kit/useEngineHost';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { useDigits } from './network/useDigits';
import { PlotFigure } from './kit/PlotFigure';
import { LayerLocks } from './transfer/LayerLocks';
import { isStale, useLabRunner } from './transfer/useLabRunner';
import { labWords } from './transfer/words';
import { Icon } from './kit/Icon';
import { useElementWidth } from './kit/useElementWidth';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
}

const pct = (v: number | null) => (v === null ? '–' : `${(100 * v).toFixed(1)} %`);

/** The transfer lab widget. */
export default function TransferLab({ id, lang, initial }: Props) {
  const w = labWords[lang];
  const state = useWidgetState(id, transferLabParams, initial);
  const settings = useMemo(
    () => ({
      perClass: Number(state.values.perClass),
      frozenLayers: Number(state.values.frozenLayers),
      headLayer: Number(state.values.headLayer),
      heldOut: Number(state.values.heldOut),
      seed: Number(state.values.seed),
    }),
    [state.values],
  );
  const engines = useEngineHost();
  const digits = useDigits();
  const lab = useLabRunner(engines.host, digits.digits !== null, settings);
  const { switchBackend, switchError } = useBackendSwitch(engines);
  const focus = String(state.values.focus) as StrategyName;
  const ready = Boolean(engines.host && digits.digits);
  // Results of other settings stay on screen (they are the reader's), marked as no longer current.
  const stale = lab.status !== 'running' && lab.snapshots.length > 0 && isStale(lab.ranWith, settings);
  const problem = firstProblem(lang, [
    ['run', lab.error], ['switch', switchError], ['data', digits.error], ['tf', hostProblem(engines)],
  ]);
  // The shipped body's blocks (public/models/strokes-cnn/model.json); the model loads in the worker.
  const layers = [
    { name: 'conv1', filters: 32, pool: true },
    { name: 'conv2', filters: 64, pool: true },
    { name: 'conv3', filters: 128, pool: false },
  ];
  // Each chart is drawn at its column's width (one column on a phone, two on a wide screen): a fixed
  // width was scaled down to fit a phone, and its text with it, to 8.6 px.
  const column = useRef<HTMLElement>(null);
  const chartWidth = useElementWidth(column) || 420;
  const curves = useMemo(
    () => curveChartOptions(lab.snapshots.map((s) => ({ strategy: s.strategy, points: s.curve })), { width: chartWidth, height: 240, lang, focus }),
    [lab.snapshots, lang, focus, chartWidth],
  );
  const againstN = useMemo(
    () => (lab.finals.length ? perClassChartOptions(lab.finals, { width: chartWidth, height: 240, lang, focus }) : null),
    [lab.finals, lang, focus, chartWidth],
  );

  return (
    <WidgetFrame
      id={id}
      title={w.title}
      lang={lang}
      ignored={state.ignored}
      onReset={state.reset}
      shareUrl={state.shareUrl}
      engine={engines}
      backend={{ backend: engines.backend || '…', speed: null, available: engines.available, onSwitch: switchBackend, lang }}
    >
      <div class="transfer-lab" data-status={lab.status} data-finals={lab.finals.length} data-steps={lab.snapshots.reduce((sum, s) => sum + s.steps, 0)} data-engines={engines.mode}>
        <p class="widget-caption">{w.fair(settings.perClass, settings.seed)}</p>
        <Controls table={transferLabParams} values={state.values} set={state.set} lang={lang} only={['perClass', 'seed', 'heldOut']} />
        <LayerLocks
          layers={layers}
          frozen={settings.frozenLayers}
          onChange={(n) => state.set('frozenLayers', n)}
          tap={settings.headLayer}
          onTap={(n) => state.set('headLayer', n)}
          lang={lang}
        />
        <div class="transfer-run-bar">
          <button type="button" class="widget-play-toggle" disabled={!ready || lab.status === 'running'} onClick={lab.run}>
            <Icon name="play" /> {w.run}
          </button>
          <button type="button" disabled={lab.status !== 'running'} onClick={lab.stop}>
            {w.stop}
          </button>
          {!ready && !problem && <span role="status">{w.loadingModel}</span>}
        </div>
        {engines.backend && engines.backend !== 'webgl' && <p class="widget-caption">{w.slow}</p>}
        {problem && (
          <p class="notice" role="alert">
            <ProblemText problem={problem} />
          </p>
        )}
        {stale && (
          <p class="notice transfer-stale" role="status">
            {w.stale}
          </p>
        )}
        {/* Before the first run: one line instead of an empty table and two captions over nothing. */}
        {lab.snapshots.length === 0 && <p class="widget-caption transfer-none">{w.none}</p>}
        <table hidden={lab.snapshots.length === 0} class={stale ? 'transfer-results is-stale' : 'transfer-results'} data-stale={stale ? 'true' : 'false'}>
          <thead>
            <tr>
              <th scope="col">{w.strategy}</th>
              <th scope="col">{w.heldOut}</th>
              <th scope="col">{w.train}</th>
              <th scope="col">{w.steps}</th>
              <th scope="col">{w.time}</th>
            </tr>
          </thead>
          <tbody>
            {lab.snapshots.map((s) => (
              <tr key={s.strategy} data-strategy={s.strategy} data-done={s.done} class={s.strategy === focus ? 'is-focus' : ''}>
                <th scope="row">
                  <span class="transfer-swatch" style={`background:${STRATEGY_COLORS[s.strategy]}`} aria-hidden="true" /> {strategyLabels[lang][s.strategy]}
                  {s.strategy === 'head' && settings.headLayer < layers.length && <small> {w.tapped(layers[settings.headLayer - 1].name)}</small>}
                  {s.strategy === focus && <small> ({w.focus})</small>}
                </th>
                <td class="transfer-held">{pct(s.heldOutAccuracy)}</td>
                <td>{pct(s.curve.length ? s.trainAccuracy : null)}</td>
                <td>{s.steps}</td>
                <td>{s.seconds.toFixed(2)} s{s.done ? '' : ' …'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="transfer-charts">
          <figure ref={column} hidden={lab.snapshots.length === 0}>
            <figcaption>{w.curves}</figcaption>
            <PlotFigure options={lab.snapshots.length ? curves : null} />
            {lab.snapshots.length > 0 && <p class="widget-caption transfer-key">{w.curvesKey(strategyLabels[lang][focus])}</p>}
          </figure>
          <figure class="transfer-against-n" data-runs={lab.finishedRuns} hidden={lab.finals.length === 0}>
            <figcaption>{w.againstN}</figcaption>
            <PlotFigure options={againstN} />
            {lab.finals.length > 0 && (
              <p class="widget-caption">
                {w.runsKept(lab.finishedRuns)}{' '}
                <button type="button" class="transfer-clear" onClick={lab.clearFinals}>
                  {w.clear}
                </button>
              </p>
            )}
          </figure>
        </div>
      </div>
    </WidgetFrame>
  );
}
