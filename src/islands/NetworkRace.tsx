/**
 * NetworkRace, "a fair race on a real network": the chosen optimizers each train the same
 * 784 → hidden → 10 MLP on the shipped MNIST digits, from one set of initial weights and on the
 * same mini-batches in the same order, under one learning-rate schedule. Live loss and held-out
 * accuracy curves, the schedule's multiplier beside the loss, a standings table, the examples/s
 * meter and the backend badge. Takes in: the instance id, the page language and the chapter's
 * starting values. The island only wires state; the run lives in ./network/useNetworkRunner.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { CurveRacer } from '~/charts/trainingCurves';
import { standingRows, standingsSummary } from '~/charts/trainingStandings';
import { inBoth, type Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';
import { firstProblem } from '~/lib/problems';
import type { ParamValues } from '~/lib/params';
import { baseRate, networkParams, networkRaceSettings, visibleNetworkParams } from '~/lib/widgets/network';
import { readerKey } from '~/lib/cell/readerRacers';
import { useReaderRacers } from './cell/useReaderRacers';
import { Controls } from './kit/Controls';
import { RunBar } from './kit/RunBar';
import { TrainingNotices } from './kit/TrainingNotices';
import { hostProblem, useEngineHost } from './kit/useEngineHost';
import { useBackendSwitch } from './kit/useBackendSwitch';
import { useWidgetState } from './kit/useWidgetState';
import { WidgetFrame } from './kit/WidgetFrame';
import { NetworkCharts } from './network/NetworkCharts';
import { Standings } from './network/Standings';
import { useDigits } from './network/useDigits';
import { HELD_OUT, useNetworkRunner } from './network/useNetworkRunner';
import { useSeedResults } from './network/useSeedResults';
import { useRaceSchedule } from './network/useRaceSchedule';
import { applyScheduleCell } from '~/lib/cell/cellDrivers';
import { FirstLayerView } from './network/FirstLayerView';
import { useColorScheme } from './kit/useColorScheme';
import { racerColor, type OptimizerName } from '~/lib/optimizerTable';

interface Props {
  id: string;
  lang: Lang;
  initial: ParamValues;
}

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('networkRace');

/** The network race widget. */
export default function NetworkRace({ id, lang, initial }: Props) {
  const w = words[lang];
  const state = useWidgetState(id, networkParams, initial);
  const { values } = state;
  const readers = useReaderRacers();
  // One list of racers: the built-ins switched on, then the reader's cells at their rule's base rate.
  const settings = useMemo(() => {
    const own = networkRaceSettings(values);
    const cells = readers.map((r) => ({
      name: r.rule,
      id: readerKey(r.id),
      hyper: { learningRate: baseRate(r.rule, values) },
      cell: { code: r.code, values: r.values, label: { en: r.label, ko: r.label }, color: r.color },
    }));
    return { ...own, optimizers: [...own.optimizers, ...cells] };
  }, [values, readers]);
  // The schedule: the built-in one, or the reader's schedule cell once applied in the explorer.
  const raceSchedule = useRaceSchedule(settings, lang);
  const raceSettings = useMemo(() => ({ ...settings, schedule: raceSchedule.settings }), [settings, raceSchedule.settings]);
  const engines = useEngineHost();
  const digits = useDigits();
  const root = useRef<HTMLDivElement>(null);
  // From the instance id, not useId: Preact numbers useId per island, so islands would collide.
  const summaryId = `${id}-summary`;
  const run = useNetworkRunner(root, engines.host, digits.digits !== null, raceSettings, engines.backend, engines.generation);
  const { switchBackend, switchError } = useBackendSwitch(engines);

  const snapshot = run.snapshot;
  const step = snapshot?.step ?? 0;
  const factors = raceSchedule.factors;
  const now = raceSchedule.now(step);
  // The explorer's note, for this race's length: a warm-up or a drop interval past its steps is said.
  const scheduleWarning = raceSchedule.warning;
  const scheme = useColorScheme();
  // By racer id: a reader's cell racer keeps its own colour, a built-in takes the theme's.
  const colorOf = (id: string) => {
    const reader = snapshot?.racers.find((r) => r.id === id && r.id !== r.name);
    return reader ? reader.color : racerColor(id as OptimizerName, scheme);
  };
  // Every racer in the theme's colour (lib/optimizerTable.ts); the engine's snapshot carries the light one.
  const racers: CurveRacer[] = useMemo(
    // A reader's cell racer (id ≠ name) keeps the colour it was given; the built-ins take the theme's.
    () => (snapshot?.racers ?? []).map((r) => ({ ...r, name: r.id, label: r.label[lang], color: r.id === r.name ? racerColor(r.name, scheme) : r.color })),
    [snapshot, lang, scheme],
  );
  const earlier = useSeedResults(raceSettings, snapshot, colorOf);
  const rows = standingRows(racers);
  const rates = Object.fromEntries(settings.optimizers.map((o) => [o.id ?? o.name, raceSchedule.rate(o.hyper.learningRate, step)]));
  const summary = standingsSummary(racers, { step, totalSteps: settings.steps, batchSize: settings.batchSize }, lang);
  const visible = visibleNetworkParams(values);
  const ready = snapshot !== null;
  const problem = firstProblem(lang, [
    ['run', run.error], ['switch', switchError], ['tf', hostProblem(engines)],
  ]);
  // TensorFlow.js and the digits load side by side: the download has its own progress line.
  const waiting = engines.status === 'starting' ? kt(lang, 'loading') : null;

  // The settings change only when the reader changes them: one element kept between results,
  // so Preact skips the four fieldsets of controls on every training result (a vnode it is handed
  // again is not diffed).
  const settingsPanel = useMemo(
    () => (
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
          {raceSchedule.reader && (
            <div class="network-reader-schedule" data-reader-schedule={raceSchedule.reader.inUse ? 'in-use' : 'refused'}>
              <p class={raceSchedule.reader.inUse ? undefined : 'notice'} role="status">{raceSchedule.reader.text}</p>
              <button type="button" onClick={() => applyScheduleCell(false)}>{w.builtInSchedule}</button>
            </div>
          )}
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
    ),
    [values, lang, raceSchedule.reader?.text, raceSchedule.reader?.inUse, scheduleWarning?.en],
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
      backend={{
        backend: engines.backend || '…',
        speed: run.speed === null ? null : { value: run.speed, unit: kt(lang, 'examplesPerSecond') },
        available: engines.available,
        onSwitch: switchBackend,
        lang,
      }}
    >
      <div ref={root} class="network-race" data-ready={String(ready)} data-step={step} data-tensors={run.tensors ?? undefined} data-playing={String(run.playing)} data-engines={engines.mode}>
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
        <RunBar backend={engines.backend} prefix="network" run={run} lang={lang} disabled={!ready}>
          <span class="network-progress">{w.progress(step, settings.steps)}</span>
        </RunBar>
        {settings.optimizers.length === 0 && <p class="notice">{w.none}</p>}
        <NetworkCharts
          racers={racers}
          totalSteps={settings.steps}
          factors={factors}
          now={now}
          scheduleLabel={raceSchedule.label}
          describedBy={summaryId}
          heldOut={HELD_OUT}
          earlier={earlier}
          lang={lang}
        />
        <Standings rows={rows} rates={rates} lang={lang} />
        {ready && (
          <FirstLayerView
            read={run.firstLayer}
            version={step * 1000 + (snapshot?.racers.length ?? 0)}
            labels={Object.fromEntries(racers.map((r) => [r.name, { label: r.label, color: r.color }]))}
            scheme={scheme}
            lang={lang}
          />
        )}
        <p id={summaryId} class="visually-hidden">
          {summary}
        </p>
        {settingsPanel}
      </div>
    </WidgetFrame>
  );
}
