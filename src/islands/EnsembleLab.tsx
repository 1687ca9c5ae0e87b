/**
 * EnsembleLab: train K small MLPs from different seeds on the same MNIST digits and average
 * their predictions; or get a cheap ensemble from one run (snapshots at the end of cosine
 * cycles), or average one run's parameters (EMA, Polyak). Live progress, each member's held-out
 * accuracy against the ensemble's, the gain as members are added, backend badge and examples/s.
 * Takes in: the instance id, the page language and the chapter's starting values. Renders and
 * wires state only: the run lives in ./ensemble/useEnsembleRunner, the models in the engines.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { comparisonRow, withRow, type ComparisonRow } from '~/lib/ensembleComparison';
import type { EnsembleMode } from '~/lib/ensembleTypes';
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';
import { firstProblem } from '~/lib/problems';
import type { ParamValues } from '~/lib/params';
import { ensembleParams, ensembleSettings, mainEnsembleParams, moreEnsembleParams, totalUpdates } from '~/lib/widgets/ensemble';
import { Controls } from './kit/Controls';
import { RunBar } from './kit/RunBar';
import { TrainingNotices } from './kit/TrainingNotices';
import { hostProblem, useEngineHost } from './kit/useEngineHost';
import { useBackendSwitch } from './kit/useBackendSwitch';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { useDigits } from './network/useDigits';
import { EnsembleResults } from './ensemble/EnsembleResults';
import { ModeComparison } from './ensemble/ModeComparison';
import { RescuedDigits } from './ensemble/RescuedDigits';
import { ensembleWords } from './ensemble/ensembleWords';
import { HELD_OUT, useEnsembleRunner } from './ensemble/useEnsembleRunner';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
}

/** The ensemble lab widget. */
export default function EnsembleLab({ id, lang, initial }: Props) {
  const w = ensembleWords[lang];
  const state = useWidgetState(id, ensembleParams, initial);
  const settings = useMemo(() => ensembleSettings(state.values), [state.values]);
  const engines = useEngineHost();
  const digits = useDigits();
  const root = useRef<HTMLDivElement>(null);
  const run = useEnsembleRunner(root, engines.host, digits.digits !== null, settings, engines.backend, engines.generation);
  const { switchBackend, switchError } = useBackendSwitch(engines);

  const snapshot = run.snapshot;
  // Each mode's latest finished run since the page loaded, for the comparison table.
  const [compared, setCompared] = useState<Partial<Record<EnsembleMode, ComparisonRow>>>({});
  useEffect(() => {
    if (snapshot?.done) setCompared((rows) => withRow(rows, comparisonRow(snapshot)));
  }, [snapshot]);
  const step = snapshot?.step ?? 0;
  const total = totalUpdates(settings);
  const S = settings.stepsPerMember;
  const member = Math.min(settings.members, Math.floor(step / S) + 1);
  const stepIn = settings.mode === 'averaging' ? step : step - (member - 1) * S;
  const progress = snapshot?.done ? w.finished : w.progress(settings.mode, member, settings.members, stepIn, S);
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
        speed: run.speed === null ? null : { value: run.speed, unit: kt(lang, 'examplesPerSecond') },
        available: engines.available,
        onSwitch: switchBackend,
        lang,
      }}
    >
      <div
        ref={root}
        class="ensemble-lab"
        data-ready={snapshot !== null ? 'true' : 'false'}
        data-step={step}
        data-members={snapshot?.members.length ?? 0}
        data-done={snapshot?.done ? 'true' : 'false'}
        data-tensors={run.tensors ?? undefined}
      >
        <p class="ensemble-fair">
          {w.fair(settings.mode, settings.members, settings.hidden, settings.trainCount, S, settings.seed)} {w.heldOut(HELD_OUT)}
        </p>
        <Controls table={ensembleParams} values={state.values} set={state.set} lang={lang} only={mainEnsembleParams(settings.mode)} />
        <TrainingNotices
          prefix="ensemble"
          waiting={waiting}
          data={digits}
          downloading={w.loading}
          failed={w.failed}
          retry={w.retry}
          problem={problem}
        />
        <RunBar backend={engines.backend} prefix="ensemble" run={run} lang={lang} disabled={snapshot === null}>
          <span class="ensemble-progress">
            {progress}
            {snapshot && snapshot.loss !== null && !snapshot.done ? ` · ${w.loss(snapshot.loss)}` : ''}
          </span>
          <progress max={total} value={step} aria-label={progress} />
        </RunBar>
        <EnsembleResults snapshot={snapshot} members={settings.members} lang={lang} />
        {snapshot && snapshot.mode !== 'averaging' && (
          <RescuedDigits
            digits={digits.digits}
            rescued={snapshot.rescued}
            votes={snapshot.rescuedVotes}
            lost={snapshot.lost}
            members={snapshot.members.length}
            lang={lang}
          />
        )}
        <ModeComparison rows={compared} lang={lang} />
        <details class="ensemble-settings">
          <summary>{w.more}</summary>
          <Controls table={ensembleParams} values={state.values} set={state.set} lang={lang} only={moreEnsembleParams(settings.mode)} />
        </details>
      </div>
    </WidgetFrame>
  );
}
