/**
 * The optimizer race, centrepiece of the Optimization chapter: six update rules roll down one
 * loss surface side by side. This island only wires state: parameters from the kit's store
 * (URL-synced, shared with inline <Param> numbers), the surface from useRaceSurface, the run
 * from useRaceRunner, and pure chart builders from src/charts/ for everything drawn.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { LossRacer } from '~/charts/lossChart';
import { lossSummary, racerStatusText, type RacerStatus } from '~/charts/raceText';
import type { TrailRacer } from '~/charts/trailChart';
import { PlayControls } from '~/islands/kit/PlayControls';
import { ProblemText } from '~/islands/kit/ProblemText';
import { WidgetFrame } from '~/islands/kit/WidgetFrame';
import { prefersReducedMotion } from '~/islands/kit/useAnimationLoop';
import { useTf } from '~/islands/kit/useTf';
import { useBackendSwitch } from '~/islands/kit/useBackendSwitch';
import { hostProblem, useEngineHost } from '~/islands/kit/useEngineHost';
import { useWidgetState } from '~/islands/kit/useWidgetState';
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';
import { firstProblem } from '~/lib/problems';
import { racerColor, racerFacts } from '~/lib/optimizerTable';
import { useColorScheme } from '~/islands/kit/useColorScheme';
import type { ParamValues, TextParam } from '~/lib/params';
import { raceOptimizerNames, raceParams } from '~/lib/widgets/race';
import { builtInRacers, raceHyper } from '~/lib/widgets/raceEntries';
import { raceWords } from '~/lib/widgets/raceWords';
import { FormulaBox } from './race/FormulaBox';
import { InnerStatePanel } from './race/InnerStatePanel';
import { LossView } from './race/LossView';
import { RaceLegend, type LegendRow } from './race/RaceLegend';
import { Controls } from '~/islands/kit/Controls';
import { SurfaceView } from './race/SurfaceView';
import { SwarmOutcome } from './race/SwarmOutcome';
import { wellsOf } from '~/lib/swarmOutcome';
import { useRaceEngines } from './race/useRaceEngines';
import { useRaceRunner } from './race/useRaceRunner';
import { useRaceSurface } from './race/useRaceSurface';
import { useStartFollowsSurface } from './race/useStartFollowsSurface';
import { useReaderRacers } from './cell/useReaderRacers';
import { readerKey } from '~/lib/cell/readerRacers';

interface Props {
  /** Widget instance id: URL prefix and store key. */
  id?: string;
  lang: Lang;
  initial: ParamValues;
}

const SURFACE_CONTROL = ['surface'];
const HYPER_CONTROLS = ['momentum', 'decayRate', 'beta1', 'beta2', 'epsilon'];
const RUN_CONTROLS = ['noise', 'particles', 'stepsPerFrame', 'startX', 'startY', 'seed'];
const formulaSpec = raceParams.find((p) => p.name === 'formula') as TextParam;

/** The OptimizerRace widget. */
export default function OptimizerRace({ id = 'race', lang, initial }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const w = raceWords(lang);
  const { values, set, reset, ignored, shareUrl } = useWidgetState(id, raceParams, initial);
  // Note: the controls are deliberately not memoised. A memoised subtree (memo or a cached
  // vnode) was not patched on the first update after hydration, so URL values never showed.
  const setValue = set;
  // tfjs on the page draws the surface (heat map, formula checks); the race runs in the engine host.
  const tf = useTf();
  const host = useEngineHost();
  const { switchBackend, switchError } = useBackendSwitch(host);
  const { engines, error: engineError } = useRaceEngines(tf.status === 'ready');
  const picked = useRaceSurface(engines, String(values.surface), String(values.formula));
  useStartFollowsSurface(picked.surface, picked.key, raceParams, values, set);

  const readers = useReaderRacers();
  // One list of racers: the built-ins switched on, then the reader's cells (each with its own key).
  const entries = useMemo(() => {
    const builtIns = builtInRacers(values);
    const cells = readers.map((r) => ({
      name: r.rule,
      id: readerKey(r.id),
      hyper: raceHyper(values, r.rule),
      cell: { code: r.code, values: r.values, label: { en: r.label, ko: r.label }, color: r.color },
    }));
    return [...builtIns, ...cells];
  }, [values, readers]);
  const start: [number, number] = [Number(values.startX), Number(values.startY)];
  const particles = Number(values.particles);
  const run = useRaceRunner(
    root,
    host.host,
    {
      domain: picked.surface?.domain ?? null,
      surfaceKey: picked.key,
      entries,
      start,
      particles,
      seed: Number(values.seed),
      noise: Number(values.noise),
      stepsPerFrame: Number(values.stepsPerFrame),
    },
    host.backend,
    host.generation,
    !prefersReducedMotion(),
  );

  const scheme = useColorScheme();
  // Every racer in the theme's colour (lib/optimizerTable.ts); the engine's snapshot carries the light one.
  const racers = useMemo(
    () => (run.snapshot?.optimizers ?? []).map((o) => ({ ...o, color: o.id === o.name ? racerColor(o.name, scheme) : o.color })),
    [run.snapshot, scheme],
  );
  const statuses: RacerStatus[] = racers.map((o) => ({
    label: o.label[lang],
    step: o.step,
    loss: o.loss[o.loss.length - 1] ?? NaN,
    diverged: o.diverged,
  }));
  const legendRows: LegendRow[] = raceOptimizerNames.map((name) => {
    const i = racers.findIndex((o) => o.id === name);
    // Colours come from the lib table, so the legend's swatches show before tfjs has loaded.
    const { cost } = racerFacts(name);
    return { name, color: racerColor(name, scheme), cost: cost[lang], status: i >= 0 ? racerStatusText(statuses[i], lang) : '', diverged: i >= 0 && racers[i].diverged !== null };
  });
  const readerRows = racers
    .map((o, i) => ({ o, status: statuses[i] }))
    .filter(({ o }) => o.id !== o.name)
    .map(({ o, status }) => ({ key: o.id, label: o.label[lang], color: o.color, status: racerStatusText(status, lang), diverged: o.diverged !== null }));
  const trailRacers: TrailRacer[] = racers.map((o) => ({
    name: o.id,
    label: o.label[lang],
    color: o.color,
    path: run.paths[o.id] ?? [],
    velocity: o.inner.velocity,
    curvature: o.inner.curvature,
    diverged: o.diverged,
  }));
  const lossRacers: LossRacer[] = racers.map((o) => ({ name: o.id, label: o.label[lang], color: o.color, loss: o.loss, diverged: o.diverged }));
  const swarm = particles > 1 ? racers.map((o) => ({ color: o.color, positions: o.positions })) : null;
  const summary = lossSummary(statuses, lang);
  const problem = firstProblem(lang, [['tf', tf.error || hostProblem(host)], ['engine', engineError], ['run', run.error], ['switch', switchError]]);
  const ready = Boolean(engines && picked.surface && host.host);

  const setFormula = (text: string) => {
    set('formula', text);
    if (values.surface !== 'custom') set('surface', 'custom');
  };

  return (
    <WidgetFrame
      title={w.title}
      lang={lang}
      ignored={ignored}
      onReset={reset}
      shareUrl={shareUrl}
      id={id}
      engine={host}
      backend={{
        backend: host.backend || '…',
        speed: run.speed === null ? null : { value: run.speed, unit: kt(lang, 'stepsPerSecond') },
        available: host.available,
        onSwitch: switchBackend,
        lang,
      }}
    >
      <div class="race" ref={root} data-ready={ready ? 'true' : 'false'} data-engines={host.mode} data-playing={String(run.playing)}>
        <div class="race-surface-row">
          <Controls table={raceParams} values={values} set={setValue} lang={lang} only={SURFACE_CONTROL} />
          {/* A built-in surface shows its own formula here, so editing it starts from what is drawn. */}
          <FormulaBox
            idPrefix={id}
            value={values.surface === 'custom' ? String(values.formula) : (picked.surface?.formula ?? String(values.formula))}
            maxLength={formulaSpec.maxLength}
            error={picked.formulaError}
            problem={picked.surfaceProblem ? w.surfaceProblem(picked.surfaceProblem) : null}
            onChange={setFormula}
            lang={lang}
          />
        </div>
        <div class="race-run-row">
          <PlayControls playing={run.playing} onPlay={run.play} onPause={run.pause} onStep={run.stepOnce} onReset={run.restart} lang={lang} disabled={!ready} />
          <output class="race-step" aria-live="off">
            {w.step} {run.snapshot?.step ?? 0}
          </output>
        </div>
        {run.keptFrom && (
          <p class="widget-kept-run" role="status">
            {kt(lang, 'keptRun').replace('{from}', run.keptFrom).replace('{to}', host.backend || '…')}
          </p>
        )}
        {problem && (
          <p class="notice" role="alert">
            <ProblemText problem={problem} />
          </p>
        )}
        <div class="race-stage">
          <figure class="race-map-figure">
            {!ready && !problem && <p class="race-loading">{w.loading}</p>}
            <SurfaceView
              sample={picked.sample}
              scheme={scheme}
              domain={picked.surface?.domain ?? null}
              formula={picked.surface?.formula ?? ''}
              minimum={picked.surface?.minimum ?? [0, 0]}
              start={start}
              racers={trailRacers}
              swarm={swarm}
              onPlaceStart={([x, y]) => {
                set('startX', x);
                set('startY', y);
              }}
              lang={lang}
              hint={w.mapHint}
            />
            <figcaption>
              {w.mapCaption[scheme]} {w.arrows} {w.mapHint} {swarm ? w.swarmOn(particles) : ''}
            </figcaption>
          </figure>
          <div class="race-results">
            <LossView racers={lossRacers} summary={summary} caption={w.lossCaption} lang={lang} />
            {swarm && picked.surface && (
              <SwarmOutcome
                racers={racers.map((o) => ({ name: o.id, label: o.label[lang], color: o.color, positions: o.positions }))}
                surface={{ ...picked.surface, wells: wellsOf(picked.surface) }}
                lang={lang}
              />
            )}
          </div>
        </div>
        <RaceLegend rows={legendRows} readerRows={readerRows} table={raceParams} values={values} set={setValue} lang={lang} heading={w.racers} />
        <details class="race-details" open>
          <summary>{w.innerState}</summary>
          <InnerStatePanel racers={racers.filter((o) => o.id === o.name)} table={raceParams} values={values} set={setValue} lang={lang} />
        </details>
        <details class="race-details">
          <summary>{w.hyper}</summary>
          <Controls table={raceParams} values={values} set={setValue} lang={lang} only={HYPER_CONTROLS} />
        </details>
        <div class="race-run-controls">
          <Controls table={raceParams} values={values} set={setValue} lang={lang} only={RUN_CONTROLS} />
        </div>
      </div>
    </WidgetFrame>
  );
}
