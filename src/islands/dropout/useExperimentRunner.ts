/**
 * Runs the dropout experiment for the island: builds it (engines/dropoutExperiment.ts) from the
 * digits and the current settings, advances it while playing, and builds it afresh whenever a
 * setting changes (same seed: same start, same mini-batches).
 *
 *   paused ──play──► playing ──pause / done──► paused
 *      ▲                │
 *      └── a setting, the backend or reset: dispose, build at step 0 (playing stays) ◄──┘
 *
 * Each frame does about FRAME_BUDGET_MS of the engine's small units of work (engine.work), and
 * between frames the kit's loop yields to the page, so scrolling and clicks stay answered.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { DropoutExperiment, ExperimentSnapshot } from '~/engines/dropoutExperiment';
import type { Tf } from '~/engines/tfRuntime';
import { useAnimationLoop } from '~/islands/kit/useAnimationLoop';
import { useSpeedMeter } from '~/islands/kit/useSpeedMeter';
import type { DigitSet } from '~/lib/mnist';
import { EXPERIMENT_HELD_OUT, type DropoutExperimentSettings } from '~/lib/widgets/dropoutExperiment';

type Engine = typeof import('~/engines/dropoutExperiment');

/** Work per animation frame; one unit (a copy's update, 250 rows of evaluation) may run over. */
const FRAME_BUDGET_MS = 20;

export interface ExperimentRun {
  snapshot: ExperimentSnapshot | null;
  playing: boolean;
  play(): void;
  pause(): void;
  stepOnce(): void;
  restart(): void;
  /** Training steps per second, all copies together (null before the first half second). */
  stepsPerSecond: number | null;
  /** Live tfjs tensors after the latest frame (flat while it runs). */
  tensors: number | null;
  error: string | null;
}

/** The experiment of `settings` on `digits`, stepped while playing. */
export function useExperimentRunner(
  rootRef: RefObject<Element>,
  engine: Engine | null,
  tf: Tf | null,
  digits: DigitSet | null,
  settings: DropoutExperimentSettings,
  backend: string,
): ExperimentRun {
  const experiment = useRef<DropoutExperiment | null>(null);
  const [snapshot, setSnapshot] = useState<ExperimentSnapshot | null>(null);
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tensors, setTensors] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  const meter = useSpeedMeter();
  const shape = JSON.stringify({ settings, backend, generation });

  useEffect(() => {
    if (!engine || !digits) return;
    let created: DropoutExperiment | null = null;
    try {
      created = engine.createDropoutExperiment({ digits, heldOutCount: EXPERIMENT_HELD_OUT, ...settings });
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

  /** Runs `unit` on the experiment and publishes the snapshot, timing and tensor count. */
  const advance = useCallback(
    (unit: (e: DropoutExperiment) => ExperimentSnapshot) => {
      const current = experiment.current;
      if (!current) return;
      try {
        const before = current.snapshot().step;
        const next = unit(current);
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
      // Play on a finished run starts it over rather than doing nothing.
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
