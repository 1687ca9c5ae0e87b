/**
 * NetworkRace, "a fair race on a real network": the chosen optimizers each train the same
 * 784 → hidden → 10 MLP on the shipped MNIST digits, from one set of initial weights and on the
 * same mini-batches in the same order, under one learning-rate schedule. Live loss and held-out
 * accuracy curves, the schedule's multiplier beside the loss, a standings table, the examples/s
 * meter and the backend badge. Takes in: the instance id, the page language and the chapter's
 * starting values. The island only wires state; the run lives in ./network/useNetworkRunner.
 */
import { useMemo, useRef } from 'preact/hooks';
import { factorAt, scheduleFactors, type CurveRacer } from '~/charts/trainingCurves';
import { standingRows, standingsSummary } from '~/charts/trainingStandings';
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';
import { firstProblem } from '~/lib/problems';
import type { ParamValues } from '~/lib/params';
import { scheduleNote, schedules } from '~/lib/schedules';
import { networkParams, networkRaceSettings, visibleNetworkParams } from '~/lib/widgets/network';
import { Controls } from './kit/Controls';
import { RunBar } from './kit/RunBar';
import { TrainingNotices } from './kit/TrainingNotices';
import { useTf } from './kit/useTf';
import { useBackendSwitch } from './kit/useBackendSwitch';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { NetworkCharts } from './network/NetworkCharts';
import { Standings } from './network/Standings';
import { useDigits } from './network/useDigits';
import { useNetworkEngine } from './network/useNetworkEngine';
import { useNetworkRunner } from './network/useNetworkRunner';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
}

/** This module's words per language; exported so tests/unit/messageTables.test.ts can check every Korean string. */
export const words = {
  en: {
    title: 'A fair race on a real network',
    fair: (seed: number, n: number, hidden: number) =>
      `Fair by construction: every optimizer starts from the same initial weights (seed ${seed}) and trains on the same ` +
      `mini-batches of ${n.toLocaleString('en')} MNIST digits in the same order, with a 784 → ${hidden} → 10 network. ` +
      'Only the update rule and its learning rate differ. Accuracy is measured on 1,000 digits no racer trains on. ' +
      'Changing a setting restarts the race from that same start.',
    progress: (step: number, total: number) => `Step ${step} of ${total}`,
    racers: 'Racers',
    rates: 'Base learning rates',
    schedule: 'Schedule (applied to every racer)',
    run: 'Network and data',
    none: 'Switch on at least one optimizer to start a race.',
    digits: 'Loading 10,000 MNIST digits…',
    digitsFailed: 'The MNIST digits could not be loaded, so the race cannot run.',
    retry: 'Try again',
  },
  ko: {
    title: '실제 신경망에서의 공정한 경주',
    fair: (seed: number, n: number, hidden: number) =>
      `공정한 비교: 모든 최적화기는 같은 초기 가중치(시드 ${seed})에서 출발해, MNIST 숫자 이미지 ${n.toLocaleString('ko')}개로 만든 ` +
      `같은 미니배치를 같은 순서로 학습합니다 (784 → ${hidden} → 10 신경망). 다른 것은 업데이트 규칙과 학습률뿐입니다. ` +
      '정확도는 어느 참가자도 학습하지 않는 숫자 이미지 1,000개로 잽니다. 설정을 바꾸면 같은 출발점에서 경주를 다시 시작합니다.',
    progress: (step: number, total: number) => `${total} 스텝 중 ${step} 스텝`,
    racers: '참가자',
    rates: '기본 학습률',
    schedule: '스케줄 (모든 참가자에게 적용)',
    run: '신경망과 데이터',
    none: '경주를 시작하려면 최적화기를 하나 이상 켜 주세요.',
    digits: 'MNIST 숫자 이미지 10,000개 불러오는 중…',
    digitsFailed: 'MNIST 숫자 이미지를 불러오지 못해 경주를 시작할 수 없습니다.',
    retry: '다시 시도',
  },
} as const;

/** The network race widget. */
export default function NetworkRace({ id, lang, initial }: Props) {
  const w = words[lang];
  const state = useWidgetState(id, networkParams, initial);
  const { values } = state;
  const settings = useMemo(() => networkRaceSettings(values), [values]);
  const tfHandle = useTf();
  const digits = useDigits();
  const { engine, error: engineError } = useNetworkEngine(tfHandle.status === 'ready');
  const root = useRef<HTMLDivElement>(null);
  // From the instance id, not useId: Preact numbers useId per island, so islands would collide.
  const summaryId = `${id}-summary`;
  const run = useNetworkRunner(root, engine, tfHandle.tf, digits.digits, settings, tfHandle.backend);
  const { switchBackend, switchError } = useBackendSwitch(tfHandle);

  const { name: scheduleName, params: scheduleParams } = settings.schedule;
  const factors = useMemo(
    () => scheduleFactors(scheduleName, scheduleParams, settings.steps),
    [scheduleName, JSON.stringify(scheduleParams), settings.steps],
  );
  const snapshot = run.snapshot;
  const step = snapshot?.step ?? 0;
  const now = factorAt(scheduleName, scheduleParams, step, settings.steps);
  // The explorer's note, for this race's length: a warm-up or a drop interval past its steps is said.
  const scheduleWarning = scheduleNote(scheduleName, scheduleParams, settings.steps);
  const racers: CurveRacer[] = useMemo(
    () => (snapshot?.racers ?? []).map((r) => ({ ...r, label: r.label[lang] })),
    [snapshot, lang],
  );
  const rows = standingRows(racers);
  const rates = Object.fromEntries(settings.optimizers.map((o) => [o.name, o.hyper.learningRate * now.value]));
  const summary = standingsSummary(racers, { step, totalSteps: settings.steps, batchSize: settings.batchSize }, lang);
  const visible = visibleNetworkParams(values);
  const ready = snapshot !== null;
  const problem = firstProblem(lang, [
    ['run', run.error], ['engine', engineError], ['switch', switchError], ['tf', tfHandle.status === 'error' && tfHandle.error],
  ]);
  // TensorFlow.js and the digits load side by side: the download has its own progress line.
  const waiting = tfHandle.status !== 'ready' && tfHandle.status !== 'error' ? kt(lang, 'loading') : null;

  return (
    <WidgetFrame
      id={id}
      title={w.title}
      lang={lang}
      ignored={state.ignored}
      onReset={state.reset}
      shareUrl={state.shareUrl}
      backend={{
        backend: tfHandle.backend || '…',
        speed: run.speed === null ? null : { value: run.speed, unit: kt(lang, 'examplesPerSecond') },
        available: tfHandle.available,
        onSwitch: switchBackend,
        lang,
      }}
    >
      <div ref={root} class="network-race" data-ready={String(ready)} data-step={step} data-tensors={run.tensors ?? undefined}>
        <p class="network-fair">{w.fair(settings.seed, settings.trainCount, settings.hidden)}</p>
        <TrainingNotices
          prefix="network"
          waiting={waiting}
          data={digits}
          downloading={w.digits}
          failed={w.digitsFailed}
          retry={w.retry}
          problem={problem}
        />
        <RunBar backend={tfHandle.backend} prefix="network" run={run} lang={lang} disabled={!ready}>
          <span class="network-progress">{w.progress(step, settings.steps)}</span>
        </RunBar>
        {settings.optimizers.length === 0 && <p class="notice">{w.none}</p>}
        <NetworkCharts
          racers={racers}
          totalSteps={settings.steps}
          factors={factors}
          now={now}
          scheduleLabel={schedules[scheduleName].label[lang]}
          describedBy={summaryId}
          lang={lang}
        />
        <Standings rows={rows} rates={rates} lang={lang} />
        <p id={summaryId} class="visually-hidden">
          {summary}
        </p>
        <div class="network-settings">
          <fieldset>
            <legend>{w.racers}</legend>
            <Controls table={networkParams} values={values} set={state.set} lang={lang} only={visible.racers} />
          </fieldset>
          <fieldset>
            <legend>{w.rates}</legend>
            <Controls table={networkParams} values={values} set={state.set} lang={lang} only={visible.rates} />
          </fieldset>
          <fieldset>
            <legend>{w.schedule}</legend>
            <Controls table={networkParams} values={values} set={state.set} lang={lang} only={visible.schedule} />
            {scheduleWarning && (
              <p class="schedule-note notice" role="status">
                {scheduleWarning[lang]}
              </p>
            )}
          </fieldset>
          <fieldset>
            <legend>{w.run}</legend>
            <Controls table={networkParams} values={values} set={state.set} lang={lang} only={visible.run} />
          </fieldset>
        </div>
      </div>
    </WidgetFrame>
  );
}
