/**
 * Runs the ensemble lab for the island: builds a run (engines/ensemble.ts) from the digits and
 * the current settings, advances it while playing, and builds it afresh whenever a setting, the
 * backend or Reset changes it (same seed: the same run again).
 *
 *   paused ──play──► playing ──pause / done──► paused
 *      ▲                │
 *      └── a setting, the backend or reset: dispose, build at step 0 (playing stays) ◄──┘
 *
 * Each frame does as many updates as fit in FRAME_BUDGET_MS (measured, including the read-back
 * of the latest loss, which is also the fence that keeps WebGL's queue short); between frames
 * the kit's loop yields to the page, so it never freezes.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EnsembleLab, EnsembleSnapshot } from '~/engines/ensemble';
import type { Tf } from '~/engines/tfRuntime';
import { useAnimationLoop } from '~/islands/kit/useAnimationLoop';
import { useKeptRun } from '~/islands/kit/useKeptRun';
import { useSpeedMeter } from '~/islands/kit/useSpeedMeter';
import { reportStepFailure } from '~/islands/kit/tfRecovery';
import type { DigitSet } from '~/lib/mnist';
import type { EnsembleSettings } from '~/lib/widgets/ensemble';

type Engine = typeof import('~/engines/ensemble');

const FRAME_BUDGET_MS = 30;
const MAX_PER_FRAME = 16;
/** Held-out digits every accuracy is measured on (never trained on by any widget). */
export const HELD_OUT = 1000;

export interface EnsembleRunState {
  snapshot: EnsembleSnapshot | null;
  /** Batch loss of the latest update (null before the first). */
  loss: number | null;
  playing: boolean;
  play(): void;
  pause(): void;
  stepOnce(): void;
  restart(): void;
  /** Training examples per second (null before the first half second). */
  examplesPerSecond: number | null;
  /** Live tfjs tensors after the latest frame (flat between members). */
  tensors: number | null;
  error: string | null;
  /** The backend a run kept on screen after a backend switch ran on (null: the live run is shown). */
  keptFrom: string | null;
}

/** The run of `settings` on `digits`, advanced while playing. */
export function useEnsembleRunner(
  rootRef: RefObject<Element>,
  engine: Engine | null,
  tf: Tf | null,
  digits: DigitSet | null,
  settings: EnsembleSettings,
  backend: string,
): EnsembleRunState {
  const lab = useRef<EnsembleLab | null>(null);
  const perFrame = useRef(1);
  const [snapshot, setSnapshot] = useState<EnsembleSnapshot | null>(null);
  const [loss, setLoss] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tensors, setTensors] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  // Set when a step died with the backend: the rebuild on the next backend plays on by itself.
  const resume = useRef(false);
  const meter = useSpeedMeter();
  const shape = JSON.stringify({ settings, backend, generation });

  useEffect(() => {
    if (!engine || !digits) return;
    let created: EnsembleLab | null = null;
    try {
      created = engine.createEnsembleLab({ digits, heldOutCount: HELD_OUT, ...settings });
      lab.current = created;
      perFrame.current = 1;
      setSnapshot(created.snapshot());
      setLoss(null);
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
      if (lab.current === created) lab.current = null;
    };
    // `shape` stands for every setting that changes the run.
  }, [engine, digits, shape]);

  const advance = useCallback(
    async (k: number) => {
      const current = lab.current;
      if (!current) return;
      try {
        const before = current.snapshot().step;
        const started = performance.now();
        const next = current.step(k);
        const latest = await current.latestLoss();
        if (lab.current !== current) return; // Rebuilt while the loss was read: drop this frame.
        const msPerStep = (performance.now() - started) / Math.max(1, next.step - before);
        perFrame.current = Math.max(1, Math.min(MAX_PER_FRAME, Math.floor(FRAME_BUDGET_MS / Math.max(msPerStep, 0.1))));
        setSnapshot(next);
        setLoss(latest);
        meter.count((next.step - before) * settings.batchSize);
        if (tf) setTensors(tf.memory().numTensors);
        if (next.done) setPlaying(false);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        setPlaying(false);
        resume.current = reportStepFailure(e);
      }
    },
    [meter.count, tf, settings.batchSize],
  );

  useAnimationLoop(rootRef, () => advance(perFrame.current), playing);

  const kept = useKeptRun(snapshot, backend, JSON.stringify(settings), playing);
  return {
    snapshot: kept.shown,
    loss,
    playing,
    play: () => {
      kept.release();
      // Play on a finished run starts it over rather than doing nothing.
      if (snapshot?.done) setGeneration((g) => g + 1);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    stepOnce: () => {
      kept.release();
      void advance(1);
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
