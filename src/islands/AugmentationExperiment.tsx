/**
 * AugmentationExperiment: two copies of one small network (CNN by default) train on a few
 * MNIST digits per class from the same initial weights and the same mini-batches; only the
 * second sees its batches through random rotation, zoom and shift (never flips). Live training
 * and held-out accuracy curves side by side, a results table, a strip of what the augmented copy
 * sees, progress and the backend badge.
 * Takes in: the instance id, the page language and the chapter's starting values. Renders and
 * wires state only: the run lives in ./augment/useAugmentRunner, the model in the engines.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';
import { firstProblem } from '~/lib/problems';
import type { ParamValues } from '~/lib/params';
import {
  augmentExperimentParams,
  augmentExperimentSettings,
  mainAugmentExperimentParams,
  moreAugmentExperimentParams,
} from '~/lib/widgets/augmentExperiment';
import { Controls } from './kit/Controls';
import { RunBar } from './kit/RunBar';
import { TrainingNotices } from './kit/TrainingNotices';
import { hostProblem, useEngineHost } from './kit/useEngineHost';
import { useBackendSwitch } from './kit/useBackendSwitch';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { useDigits } from './network/useDigits';
import { AugmentResults } from './augment/AugmentResults';
import { DigitPreview } from './augment/DigitPreview';
import { augmentExperimentWords } from './augment/experimentWords';
import { useAugmentRunner } from './augment/useAugmentRunner';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
}

/** The augmentation experiment widget. */
export default function AugmentationExperiment({ id, lang, initial }: Props) {
  const w = augmentExperimentWords[lang];
  const state = useWidgetState(id, augmentExperimentParams, initial);
  const settings = useMemo(() => augmentExperimentSettings(state.values), [state.values]);
  const engines = useEngineHost();
  const digits = useDigits();
  const root = useRef<HTMLDivElement>(null);
  const run = useAugmentRunner(root, engines.host, digits.digits !== null, settings, engines.backend, engines.generation);
  const { switchBackend, switchError } = useBackendSwitch(engines);

  const snapshot = run.snapshot;
  const step = snapshot?.step ?? 0;
  const trainCount = 10 * settings.perClass;
  const epochsAt = (s: number) => (s * Math.min(settings.batchSize, trainCount)) / trainCount;
  const evaluations = snapshot?.copies[0]?.curve.length ?? 0;
  const problem = firstProblem(lang, [
    ['run', run.error], ['switch', switchError], ['tf', hostProblem(engines)],
  ]);
  // TensorFlow.js and the digits load side by side: the download has its own progress line.
  const waiting = engines.status === 'starting' ? kt(lang, 'loading') : null;

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
        class="augment-experiment"
        data-step={step}
        data-evaluations={evaluations}
        data-done={snapshot?.done ? 'true' : 'false'}
        data-tensors={run.tensors ?? undefined}
      >
        <p class="augment-fair">{w.fair(settings.perClass, settings.model, settings.seed)}</p>
        <Controls table={augmentExperimentParams} values={state.values} set={state.set} lang={lang} only={[...mainAugmentExperimentParams]} />
        <p class="widget-caption">{w.samples}</p>
        <DigitPreview
          host={engines.host}
          generation={engines.generation}
          digitsReady={digits.digits !== null}
          ranges={settings.augment}
          seed={settings.seed}
          round={evaluations}
          label={w.samples}
        />
        <TrainingNotices
          prefix="augment"
          waiting={waiting}
          data={digits}
          downloading={w.loading}
          failed={w.failed}
          retry={w.retry}
          problem={problem}
        />
        <RunBar backend={engines.backend} prefix="augment" run={run} lang={lang} disabled={snapshot === null}>
          <span class="augment-progress">{w.progress(step, settings.steps, epochsAt(step))}</span>
          <progress max={settings.steps} value={step} aria-label={w.progress(step, settings.steps, epochsAt(step))} />
        </RunBar>
        <AugmentResults copies={snapshot?.copies ?? []} step={step} totalEpochs={epochsAt(settings.steps)} lang={lang} />
        <details class="augment-settings">
          <summary>{w.more}</summary>
          <Controls table={augmentExperimentParams} values={state.values} set={state.set} lang={lang} only={[...moreAugmentExperimentParams]} />
        </details>
      </div>
    </WidgetFrame>
  );
}
