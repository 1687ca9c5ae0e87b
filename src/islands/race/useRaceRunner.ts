/**
 * Runs the race for the island: creates it from the current settings (engines/race.ts), steps it
 * once per animation frame, keeps particle 0's path of every racer for the trails, and restarts
 * it from the start whenever a setting that shapes the run changes.
 *
 *   paused ──play──► playing ──pause / all diverged / MAX_STEPS──► paused
 *      ▲                │
 *      └──── settings change: dispose, create afresh at step 0 (keeps playing) ◄──┘
 *
 * The loop itself (off-screen and hidden-tab pauses) is the kit's useAnimationLoop.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Race, RaceEntry, RaceSnapshot } from '~/engines/race';
import type { Surface } from '~/engines/surfaces';
import { useAnimationLoop } from '~/islands/kit/useAnimationLoop';
import { useSpeedMeter } from '~/islands/kit/useSpeedMeter';
import { reportStepFailure } from '~/islands/kit/tfRecovery';
import { clampToWindow, raceStarts } from '~/lib/widgets/raceStarts';
import type { RaceEngines } from './useRaceEngines';

/** A race this long has long settled; stopping keeps the loss arrays (copied every frame) small. */
export const MAX_STEPS = 2000;

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
  /** Particle 0's path per optimizer name, [x0, y0, x1, y1, …]; replaced (not mutated) every frame. */
  paths: Record<string, number[]>;
  playing: boolean;
  play(): void;
  pause(): void;
  stepOnce(): void;
  restart(): void;
  /** Steps per second while playing (null before the first half second). */
  speed: number | null;
  error: string | null;
}

/** The race of `settings`, stepped while playing; starts playing on its own when `autoplay`. */
export function useRaceRunner(rootRef: RefObject<Element>, engines: RaceEngines | null, settings: RaceSettings, autoplay: boolean): RaceRun {
  const race = useRef<Race | null>(null);
  const [snapshot, setSnapshot] = useState<RaceSnapshot | null>(null);
  const [paths, setPaths] = useState<Record<string, number[]>>({});
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const autoStopped = useRef(false);
  const autoplayed = useRef(false);
  const meter = useSpeedMeter();
  const { surface, surfaceKey, entries, start, particles, seed, noise, backend } = settings;
  const shape = JSON.stringify({ surfaceKey, entries, start, particles, seed, noise, backend, generation });

  useEffect(() => {
    if (!engines || !surface || entries.length === 0) {
      setSnapshot(null);
      setPaths({});
      return;
    }
    let created: Race | null = null;
    try {
      const from = clampToWindow(surface.domain, start);
      created = engines.race.createRace({
        surface,
        entries,
        starts: raceStarts(surface.domain, from, particles, seed),
        noise,
        seed,
      });
      race.current = created;
      const first = created.snapshot();
      setSnapshot(first);
      setPaths(Object.fromEntries(first.optimizers.map((o) => [o.name, [o.positions[0], o.positions[1]]])));
      setError(null);
      meter.clear();
      // A race stopped by its own end or by a backend that died plays on after the rebuild.
      if (autoStopped.current) {
        autoStopped.current = false;
        setPlaying(true);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPlaying(false);
    }
    return () => {
      created?.dispose();
      if (race.current === created) race.current = null;
    };
    // `shape` stands for every setting that changes the run.
  }, [engines, surface, shape]);

  useEffect(() => {
    if (autoplay && !autoplayed.current && snapshot) {
      autoplayed.current = true;
      setPlaying(true);
    }
  }, [autoplay, snapshot]);

  const advance = useCallback(
    (k: number) => {
      const current = race.current;
      if (!current) return;
      try {
        const next = current.step(k);
        setSnapshot(next);
        setPaths((old) => {
          const grown: Record<string, number[]> = {};
          for (const o of next.optimizers) {
            const path = old[o.name] ?? [];
            const [x, y] = [o.positions[0], o.positions[1]];
            const same = path.length >= 2 && path[path.length - 2] === x && path[path.length - 1] === y;
            grown[o.name] = same ? path : [...path, x, y];
          }
          return grown;
        });
        meter.count(k);
        const settled = next.optimizers.every((o) => o.diverged !== null) || next.step >= MAX_STEPS;
        if (settled) {
          autoStopped.current = true;
          setPlaying(false);
        }
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        setPlaying(false);
        autoStopped.current = reportStepFailure(e);
      }
    },
    [meter.count],
  );

  useAnimationLoop(rootRef, () => advance(settings.stepsPerFrame), playing);

  return {
    snapshot,
    paths,
    playing,
    play: () => {
      autoStopped.current = false;
      // Play on a finished race starts it over rather than doing nothing.
      const done = snapshot && (snapshot.step >= MAX_STEPS || snapshot.optimizers.every((o) => o.diverged !== null));
      if (done) setGeneration((g) => g + 1);
      setPlaying(true);
    },
    pause: () => {
      autoStopped.current = false;
      setPlaying(false);
    },
    stepOnce: () => advance(1),
    restart: () => setGeneration((g) => g + 1),
    speed: meter.rate,
    error,
  };
}
