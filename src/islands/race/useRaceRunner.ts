/**
 * Runs the race for the island as a job of the page's engine host (engines/raceJob.ts): in the
 * module Web Worker where the browser has one, else on the page (`?engines=main`). The kit's
 * stepped run calls it once per animation frame and draws the latest snapshot; a call is paced
 * to about FRAME_BUDGET_MS of the worker's time (measured there) and at most the reader's
 * steps per frame, so Pause, Reset or a changed setting waits for one short call at most and
 * the page itself never waits. The race restarts from the start whenever a setting that shapes
 * the run changes; after a backend switch the old race stays on screen (kit/useKeptRun).
 *
 *   paused ──play──► playing ──pause / all diverged / RACE_MAX_STEPS──► paused
 *      ▲                │
 *      └──── settings change: dispose, create afresh at step 0 (keeps playing) ◄──┘
 *
 * Instant redraw (single path, like Distill's momentum figure): with one particle a changed
 * setting on the same surface (a learning rate dragged, momentum, a new start point) rebuilds the race and at once
 * brings it to the step the old one had reached, in the worker and without animating, so the
 * whole path follows the slider; Play still runs the animation. The first-order racers take
 * microseconds for that (lib/firstOrderSwarm.ts); second-order and cell racers catch up in
 * short calls, and a catch-up that a newer setting made stale stops after its current call.
 * With a swarm, or in the same way after its worker restarted, a race that settled by itself
 * plays on after the rebuild. The loop (off-screen and hidden-tab pauses, speed meter, step
 * failures) is the kit's useSteppedRun.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { RaceEntry } from '~/engines/race';
import type { TrackedRaceSnapshot } from '~/engines/raceJob';
import type { Domain } from '~/engines/surfaces';
import type { EngineHost } from '~/engines/worker/host';
import { remoteJob } from '~/islands/kit/useEngineHost';
import { useSteppedRun } from '~/islands/kit/useSteppedRun';
import { clampToWindow, raceStarts } from '~/lib/widgets/raceStarts';

/** Worker time per call: short enough that Pause acts within a frame or two. */
const FRAME_BUDGET_MS = 30;

export interface RaceSettings {
  /** The surface's window (null while it loads). */
  domain: Domain | null;
  /** Identity of the surface (see useRaceSurface); the job rebuilds the surface from it. */
  surfaceKey: string;
  entries: RaceEntry[];
  start: [number, number];
  particles: number;
  seed: number;
  noise: number;
  stepsPerFrame: number;
}

export interface RaceRun {
  snapshot: TrackedRaceSnapshot | null;
  /** Particle 0's path per racer key (OptimizerSnapshot.id), [x0, y0, x1, y1, …]; replaced (not mutated) every frame. */
  paths: Record<string, number[]>;
  playing: boolean;
  play(): void;
  pause(): void;
  stepOnce(): void;
  restart(): void;
  /** Steps per second while playing (null before the first half second). */
  speed: number | null;
  error: string | null;
  /** The backend a race kept on screen after a backend switch ran on (null: the live race is shown). */
  keptFrom: string | null;
}

/**
 * A `work(budgetMs)` that runs as many steps as the last call's time per step (measured where
 * the race runs) says fit in the budget, never more than `most()` nor fewer than 1.
 */
function workerPaced(step: (k: number) => TrackedRaceSnapshot | Promise<TrackedRaceSnapshot>, most: () => number): (budgetMs: number) => Promise<TrackedRaceSnapshot> {
  let perCall = 1;
  return async (budgetMs) => {
    const next = await step(Math.max(1, Math.min(perCall, most())));
    // A step faster than 1 µs is timer noise: it would ask for an unbounded k.
    const msPerStep = Math.max(next.workMs / Math.max(1, next.stepsTaken), 0.001);
    perCall = Math.max(1, Math.min(most(), Math.floor(budgetMs / msPerStep)));
    return next;
  };
}

/** The race of `settings` on `host`, stepped while playing; starts playing on its own when `autoplay`. */
export function useRaceRunner(
  rootRef: RefObject<Element>,
  host: EngineHost | null,
  settings: RaceSettings,
  backend: string,
  generation: number,
  autoplay: boolean,
): RaceRun {
  const { domain, surfaceKey, entries, start, particles, seed, noise, stepsPerFrame } = settings;
  // Read at every call, so a new speed takes effect without restarting the race.
  const steps = useRef(stepsPerFrame);
  steps.current = stepsPerFrame;
  const autoplayed = useRef(false);
  const instant = particles === 1;
  // `key` stands for every setting that changes the run (the surface by its key) and the host's generation.
  const key = `${generation}:${JSON.stringify({ surfaceKey, entries, start, particles, seed, noise })}`;
  const currentKey = useRef(key);
  currentKey.current = key;
  /** The step the shown race had reached: a rebuilt single-path race is brought straight there. */
  const reached = useRef({ step: 0, surfaceKey: '', backend: '' });
  /** Set by Reset and by Play on a finished race: the next build starts at step 0 and animates. */
  const fromStart = useRef(false);
  const create =
    host && domain && surfaceKey && entries.length > 0
      ? async () => {
          const mine = currentKey.current;
          // Only on the same surface and backend: a new surface (and the start that follows it) starts
          // at step 0, and so does a run on a new backend (the old one stays on screen, kit/useKeptRun).
          const same = reached.current.surfaceKey === surfaceKey && reached.current.backend === backend;
          const target = instant && !fromStart.current && same ? reached.current.step : 0;
          fromStart.current = false;
          const starts = raceStarts(domain, clampToWindow(domain, start), particles, seed);
          const job = await remoteJob(host, 'optimizerRace', { surfaceKey, entries, starts, noise, seed });
          const catchUp = workerPaced(job.step, () => Math.max(1, target - job.snapshot().step));
          // Catch up in calls of about one frame's budget, giving up once a newer setting exists.
          while (job.snapshot().step < target && !job.snapshot().done && currentKey.current === mine) await catchUp(FRAME_BUDGET_MS);
          return { ...job, work: workerPaced(job.step, () => steps.current) };
        }
      : null;
  const run = useSteppedRun(rootRef, host, create, key, backend, FRAME_BUDGET_MS, undefined, { playOnAfterEnd: !instant });
  if (run.snapshot && !run.keptFrom) reached.current = { step: run.snapshot.step, surfaceKey: run.snapshot.surfaceKey, backend };

  useEffect(() => {
    if (autoplay && !autoplayed.current && run.snapshot) {
      autoplayed.current = true;
      run.play();
    }
  }, [autoplay, run.snapshot]);

  const { snapshot, playing, pause, stepOnce, speed, error, keptFrom } = run;
  const play = () => {
    if (snapshot?.done) fromStart.current = true;
    run.play();
  };
  const restart = () => {
    fromStart.current = true;
    run.restart();
  };
  return { snapshot, paths: snapshot?.paths ?? {}, playing, play, pause, stepOnce, restart, speed, error, keptFrom };
}
