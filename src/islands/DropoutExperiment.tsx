/**
 * DropoutExperiment: two copies of one small MLP (optionally a third with weight decay) train on
 * a small MNIST subset from the same initial weights and the same mini-batches; only the dropout
 * copy masks its hidden units (p = DROP probability). Live training and held-out accuracy curves
 * per copy with the gap shaded, a results table, progress and the backend badge.
 * Takes in: the instance id, the page language and the chapter's starting values. Renders and
 * wires state only: the run lives in ./dropout/useExperimentRunner, the model in the engines.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';
import { firstProblem } from '~/lib/problems';
import type { ParamValues } from '~/lib/params';
import {
  dropoutExperimentParams,
  dropoutExperimentSettings,
  mainExperimentParams,
  moreExperimentParams,
} from '~/lib/widgets/dropoutExperiment';
import { Controls } from './kit/Controls';
import { RunBar } from './kit/RunBar';
import { TrainingNotices } from './kit/TrainingNotices';
import { hostProblem, useEngineHost } from './kit/useEngineHost';
import { useBackendSwitch } from './kit/useBackendSwitch';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { useDigits } from './network/useDigits';
import { ExperimentResults } from './dropout/ExperimentResults';
import { experimentWords } from './dropout/experimentWords';
import { useExperimentRunner } from './dropout/useExperimentRunner';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
}

/** The dropout experiment widget. */
export default function DropoutExperiment({ id, lang, initial }: Props) {
  const w = experimentWords[lang];
  const state = useWidgetState(id, dropoutExperimentParams, initial);
  const settings = useMemo(() => dropoutExperimentSettings(state.values), [state.values]);
  const engines = useEngineHost();
  const digits = useDigits();
  const root = useRef<HTMLDivElement>(null);
  const run = useExperimentRunner(root, engines.host, digits.digits !== null, settings, engines.backend, engines.generation);
  const { switchBackend, switchError } = useBackendSwitch(engines);

  const snapshot = run.snapshot;
  const step = snapshot?.step ?? 0;
  const epochsAt = (s: number) => (s * settings.batchSize) / settings.trainCount;
  const problem = firstProblem(lang, [
    ['run', run.error], ['switch', switchError], ['tf', hostProblem(engines)],
  ]);
  // TensorFlow.js and the digits load side by side: the download has its own progress line.
  const waiting = engines.status === 'starting' ? kt(lang, 'loading') : null;
  const evaluations = snapshot?.copies[0]?.curve.length ?? 0;

  return (
    <WidgetFrame
      id={id}
      title={w.title}
      lang={lang}
      ignored={state.ignored}
      onReset={state.reset}
      shareUrl={state.shareUrl}
      engine={engines}
      backend={{
        backend: engines.backend || '…',
        speed: run.speed === null ? null : { value: run.speed, unit: kt(lang, 'stepsPerSecond') },
        available: engines.available,
        onSwitch: switchBackend,
        lang,
      }}
    >
      <div
        ref={root}
        class="dropout-experiment"
        data-step={step}
        data-evaluations={evaluations}
        data-done={snapshot?.done ? 'true' : 'false'}
        data-tensors={run.tensors ?? undefined}
      >
        <p class="dropout-fair">{w.fair(settings.trainCount, settings.hidden[0], settings.seed, settings.weightDecay > 0, settings.inputDropProbability)}</p>
        <Controls table={dropoutExperimentParams} values={state.values} set={state.set} lang={lang} only={[...mainExperimentParams]} />
        <TrainingNotices
          prefix="dropout"
          waiting={waiting}
          data={digits}
          downloading={w.loading}
          failed={w.failed}
          retry={w.retry}
          problem={problem}
        />
        <RunBar backend={engines.backend} prefix="dropout" run={run} lang={lang} disabled={snapshot === null}>
          <span class="dropout-progress">{w.progress(step, settings.steps, epochsAt(step))}</span>
          <progress max={settings.steps} value={step} aria-label={w.progress(step, settings.steps, epochsAt(step))} />
        </RunBar>
        <ExperimentResults copies={snapshot?.copies ?? []} step={step} totalEpochs={epochsAt(settings.steps)} lang={lang} />
        <details class="dropout-settings">
          <summary>{w.more}</summary>
          <Controls table={dropoutExperimentParams} values={state.values} set={state.set} lang={lang} only={[...moreExperimentParams]} />
        </details>
      </div>
    </WidgetFrame>
  );
}
