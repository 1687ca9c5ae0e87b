/**
 * Runs the augmentation experiment for the island: builds it (engines/augmentExperiment.ts)
 * from the digits and the current settings, works on it while playing, and builds it afresh
 * whenever a setting, the backend or Reset changes (same seed: same start, same mini-batches).
 *
 *   paused ──play──► playing ──pause / done──► paused
 *      ▲                │
 *      └── a setting, the backend or reset: dispose, build at step 0 ◄──┘
 *
 * Each animation frame spends about FRAME_BUDGET_MS on units of work (one copy's update or one
 * evaluation chunk), then hands the frame back, so the page never freezes.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AugmentExperiment, AugmentSnapshot } from '~/engines/augmentExperiment';
import type { Tf } from '~/engines/tfRuntime';
import { useAnimationLoop } from '~/islands/kit/useAnimationLoop';
import { useSpeedMeter } from '~/islands/kit/useSpeedMeter';
import type { DigitSet } from '~/lib/mnist';
import type { AugmentExperimentSettings } from '~/lib/widgets/augmentExperiment';

type Engine = typeof import('~/engines/augmentExperiment');

const FRAME_BUDGET_MS = 40;
/** Held-out digits for the held-out curve (never trained on by any widget). */
export const HELD_OUT = 1000;

export interface AugmentRun {
  snapshot: AugmentSnapshot | null;
  playing: boolean;
  play(): void;
  pause(): void;
  stepOnce(): void;
  restart(): void;
  stepsPerSecond: number | null;
  tensors: number | null;
  error: string | null;
}

/** The experiment of `settings` on `digits`, worked on while playing. */
export function useAugmentRunner(
  rootRef: RefObject<Element>,
  engine: Engine | null,
  tf: Tf | null,
  digits: DigitSet | null,
  settings: AugmentExperimentSettings,
  backend: string,
): AugmentRun {
  const experiment = useRef<AugmentExperiment | null>(null);
  const [snapshot, setSnapshot] = useState<AugmentSnapshot | null>(null);
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tensors, setTensors] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  const meter = useSpeedMeter();
  const shape = JSON.stringify({ settings, backend, generation });

  useEffect(() => {
    if (!engine || !digits) return;
    let created: AugmentExperiment | null = null;
    try {
      created = engine.createAugmentExperiment({ digits, heldOutCount: HELD_OUT, evalPoints: 12, ...settings });
      experiment.current = created;
      setSnapshot(created.snapshot());
      setError(null);
      meter.clear();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPlaying(false);
    }
    return () => {
      created?.dispose();
      if (experiment.current === created) experiment.current = null;
    };
    // `shape` stands for every setting that changes the run.
  }, [engine, digits, shape]);

  const advance = useCallback(
    (work: (e: AugmentExperiment) => AugmentSnapshot) => {
      const current = experiment.current;
      if (!current) return;
      try {
        const before = current.snapshot().step;
        const next = work(current);
        setSnapshot(next);
        meter.count(next.step - before);
        if (tf) setTensors(tf.memory().numTensors);
        if (next.done) setPlaying(false);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        setPlaying(false);
      }
    },
    [meter.count, tf],
  );

  useAnimationLoop(rootRef, () => advance((e) => e.work(FRAME_BUDGET_MS)), playing);

  return {
    snapshot,
    playing,
    play: () => {
      if (snapshot?.done) setGeneration((g) => g + 1);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    stepOnce: () => advance((e) => e.step(1)),
    restart: () => setGeneration((g) => g + 1),
    stepsPerSecond: meter.rate,
    tensors,
    error,
  };
}
