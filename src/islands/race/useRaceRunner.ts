/**
 * Runs the race for the island on the kit's stepped run: creates it from the current settings
 * (engines/race.ts), steps it `stepsPerFrame` at a time once per animation frame, keeps
 * particle 0's path of every racer for the trails, and restarts it from the start whenever a
 * setting that shapes the run changes. After a backend switch the old race stays on screen
 * (kit/useKeptRun) until the reader starts anew.
 *
 *   paused ──play──► playing ──pause / all diverged / MAX_STEPS──► paused
 *      ▲                │
 *      └──── settings change: dispose, create afresh at step 0 (keeps playing) ◄──┘
 *
 * A race that settled by itself (or whose backend died) plays on after the rebuild. The loop
 * (off-screen and hidden-tab pauses, speed meter, step failures) is the kit's useSteppedRun.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Race, RaceEntry, RaceSnapshot } from '~/engines/race';
import type { Surface } from '~/engines/surfaces';
import { useSteppedRun, type Steppable } from '~/islands/kit/useSteppedRun';
import { clampToWindow, raceStarts } from '~/lib/widgets/raceStarts';
import type { RaceEngines } from './useRaceEngines';

/** A race this long has long settled; stopping keeps the loss arrays (copied every frame) small. */
export const MAX_STEPS = 2000;
/** The kit's per-frame time budget, unused: a race frame is `stepsPerFrame` steps, as the reader set it. */
const UNTIMED = 0;

export interface RaceSettings {
  surface: Surface | null;
  /** Identity of the surface (see useRaceSurface). */
  surfaceKey: string;
  entries: RaceEntry[];
  start: [number, number];
  particles: number;
  seed: number;
  noise: number;
  stepsPerFrame: number;
  /** The tfjs backend: tensors are recreated on a switch. */
  backend: string;
}

export interface RaceRun {
  snapshot: RaceSnapshot | null;
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

/** A race snapshot with the trails so far and whether the race has settled. */
type TrackedSnapshot = RaceSnapshot & { paths: Record<string, number[]>; done: boolean };

/** `paths` with each racer's particle 0 appended where it moved. */
function grownPaths(paths: Record<string, number[]>, next: RaceSnapshot): Record<string, number[]> {
  const grown: Record<string, number[]> = {};
  for (const o of next.optimizers) {
    const path = paths[o.id] ?? [];
    const [x, y] = [o.positions[0], o.positions[1]];
    const same = path.length >= 2 && path[path.length - 2] === x && path[path.length - 1] === y;
    grown[o.id] = same ? path : [...path, x, y];
  }
  return grown;
}

/** `race` as the kit steps it: a frame's work is `stepsPerFrame.current` steps, trails grow as it goes. */
function trackedRace(race: Race, stepsPerFrame: { current: number }): Steppable<TrackedSnapshot> {
  const track = (next: RaceSnapshot, paths: Record<string, number[]>): TrackedSnapshot => ({
    ...next,
    paths: grownPaths(paths, next),
    done: next.optimizers.every((o) => o.diverged !== null) || next.step >= MAX_STEPS,
  });
  let latest = track(race.snapshot(), {});
  const step = (k: number) => (latest = track(race.step(k), latest.paths));
  return { snapshot: () => latest, work: () => step(stepsPerFrame.current), step, dispose: () => race.dispose() };
}

/** The race of `settings`, stepped while playing; starts playing on its own when `autoplay`. */
export function useRaceRunner(rootRef: RefObject<Element>, engines: RaceEngines | null, settings: RaceSettings, autoplay: boolean): RaceRun {
  const { surface, surfaceKey, entries, start, particles, seed, noise, stepsPerFrame, backend } = settings;
  // Read at every frame, so a new speed takes effect without restarting the race.
  const steps = useRef(stepsPerFrame);
  steps.current = stepsPerFrame;
  const autoplayed = useRef(false);
  const create =
    engines && surface && entries.length > 0
      ? () => {
          const from = clampToWindow(surface.domain, start);
          const starts = raceStarts(surface.domain, from, particles, seed);
          return trackedRace(engines.race.createRace({ surface, entries, starts, noise, seed }), steps);
        }
      : null;
  // `key` stands for every setting that changes the run (the surface by its key).
  const key = JSON.stringify({ surfaceKey, entries, start, particles, seed, noise });
  const run = useSteppedRun(rootRef, null, create, key, backend, UNTIMED, undefined, { playOnAfterEnd: true });

  useEffect(() => {
    if (autoplay && !autoplayed.current && run.snapshot) {
      autoplayed.current = true;
      run.play();
    }
  }, [autoplay, run.snapshot]);

  const { snapshot, playing, play, pause, stepOnce, restart, speed, error, keptFrom } = run;
  return { snapshot, paths: snapshot?.paths ?? {}, playing, play, pause, stepOnce, restart, speed, error, keptFrom };
}
