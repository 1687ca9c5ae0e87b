/**
 * Runs the network race for the island: builds it (engines/networkRace.ts) from the digits and
 * the current settings, advances it a few steps per animation frame while playing, and builds it
 * afresh whenever a setting that shapes the run changes (same seed: same start, same batches).
 *
 *   paused ──play──► playing ──pause / finished / every racer diverged──► paused
 *      ▲                │
 *      └── settings, backend or reset: dispose, build at step 0 (keeps playing) ◄──┘
 *
 * Steps per frame adapt to the measured cost of a step so that a frame's training stays within
 * FRAME_BUDGET_MS (the page keeps scrolling and answering clicks); they never exceed MAX_PER_FRAME.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { NetworkRace, RaceSnapshot } from '~/engines/networkRace';
import type { Tf } from '~/engines/tfRuntime';
import { useAnimationLoop } from '~/islands/kit/useAnimationLoop';
import { useKeptRun } from '~/islands/kit/useKeptRun';
import { useSpeedMeter } from '~/islands/kit/useSpeedMeter';
import { reportStepFailure } from '~/islands/kit/tfRecovery';
import type { DigitSet } from '~/lib/mnist';
import type { NetworkRaceSettings } from '~/lib/widgets/network';

type Engine = typeof import('~/engines/networkRace');

const FRAME_BUDGET_MS = 25;
const MAX_PER_FRAME = 8;
/** Held-out digits for the accuracy curve: the engine's minimum, so an evaluation stays cheap. */
const HELD_OUT = 1000;

export interface NetworkRun {
  snapshot: RaceSnapshot | null;
  playing: boolean;
  play(): void;
  pause(): void;
  stepOnce(): void;
  restart(): void;
  /** Training examples per second summed over the live racers (null before the first half second). */
  examplesPerSecond: number | null;
  /** Live tfjs tensors after the latest frame (flat while the race runs). */
  tensors: number | null;
  error: string | null;
  /** The backend a run kept on screen after a backend switch ran on (null: the live run is shown). */
  keptFrom: string | null;
}

/** The race of `settings` on `digits`, stepped while playing. */
export function useNetworkRunner(
  rootRef: RefObject<Element>,
  engine: Engine | null,
  tf: Tf | null,
  digits: DigitSet | null,
  settings: NetworkRaceSettings,
  backend: string,
): NetworkRun {
  const race = useRef<NetworkRace | null>(null);
  const perFrame = useRef(1);
  const latest = useRef<RaceSnapshot | null>(null);
  const [snapshot, setSnapshot] = useState<RaceSnapshot | null>(null);
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tensors, setTensors] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  // Set when a step died with the backend: the rebuild on the next backend plays on by itself.
  const resume = useRef(false);
  const meter = useSpeedMeter();
  const shape = JSON.stringify({ settings, backend, generation });

  useEffect(() => {
    if (!engine || !digits || settings.optimizers.length === 0) {
      latest.current = null;
      setSnapshot(null);
      return;
    }
    let created: NetworkRace | null = null;
    try {
      created = engine.createNetworkRace({ digits, heldOutCount: HELD_OUT, ...settings });
      race.current = created;
      perFrame.current = 1;
      latest.current = created.snapshot();
      setSnapshot(latest.current);
      setError(null);
      meter.clear();
      if (resume.current) {
        resume.current = false;
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
  }, [engine, digits, shape]);

  const advance = useCallback(
    (k: number) => {
      const current = race.current;
      const before = latest.current;
      if (!current || !before) return;
      try {
        const live = before.racers.filter((r) => r.diverged === null).length;
        const started = performance.now();
        const next = current.step(k);
        const msPerStep = (performance.now() - started) / Math.max(1, next.step - before.step);
        perFrame.current = Math.max(1, Math.min(MAX_PER_FRAME, Math.floor(FRAME_BUDGET_MS / Math.max(msPerStep, 0.1))));
        latest.current = next;
        setSnapshot(next);
        meter.count((next.step - before.step) * settings.batchSize * live);
        if (tf) setTensors(tf.memory().numTensors);
        if (next.done) setPlaying(false);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        setPlaying(false);
        resume.current = reportStepFailure(e);
      }
    },
    [meter.count, settings.batchSize, tf],
  );

  useAnimationLoop(rootRef, () => advance(perFrame.current), playing);

  const kept = useKeptRun(snapshot, backend, JSON.stringify(settings), playing);
  return {
    snapshot: kept.shown,
    playing,
    play: () => {
      kept.release();
      // Play on a finished race starts it over rather than doing nothing.
      if (snapshot?.done) setGeneration((g) => g + 1);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    stepOnce: () => {
      kept.release();
      advance(1);
    },
    restart: () => {
      kept.release();
      setGeneration((g) => g + 1);
    },
    examplesPerSecond: meter.rate,
    tensors,
    error,
    keptFrom: kept.keptFrom,
  };
}
