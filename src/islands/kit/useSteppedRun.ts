/**
 * Runs a steppable experiment for an island: builds it with `create` once its inputs are ready,
 * works on it while playing, and builds it afresh whenever `key` (every setting that changes the
 * run) or the backend changes or the reader restarts (same seed: same start, same batches).
 * After a backend switch the old run stays on screen (useKeptRun) until the reader starts anew.
 *
 *   paused ──play──► playing ──pause / done──► paused
 *      ▲                │
 *      └── key change or restart: dispose, build at step 0 ◄──┘
 *
 * Each animation frame spends about `frameBudgetMs` on the engine's small units of work
 * (`work`), then hands the frame back, so the page never freezes. An engine that only steps k
 * at a time gets its `work` from lib/stepPacer.ts. `work` and `step` may be async (a read-back
 * from the GPU): a result that arrives after the run was rebuilt is dropped.
 * The speed meter counts `progress` (steps by default; examples where the widget says so).
 * With `playOnAfterEnd` a run that ended by itself plays on when a changed setting rebuilds it
 * (the optimizer race: change a learning rate after the race settled and watch the new one).
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Tf } from '~/engines/tfRuntime';
import { isHostRestart } from './engineHost';
import { reportStepFailure } from './tfRecovery';
import { useAnimationLoop } from './useAnimationLoop';
import { useKeptRun } from './useKeptRun';
import { useSpeedMeter } from './useSpeedMeter';

/** What an experiment engine offers the runner. */
export interface Steppable<S extends { step: number; done: boolean }> {
  snapshot(): S;
  work(budgetMs: number): S | Promise<S>;
  step(steps: number): S | Promise<S>;
  dispose(): void;
}

export interface SteppedRun<S> {
  snapshot: S | null;
  playing: boolean;
  play(): void;
  pause(): void;
  stepOnce(): void;
  restart(): void;
  /** Units of `progress` per second: steps unless the widget counts examples (null before the first half second). */
  speed: number | null;
  /** Live tfjs tensors after the latest frame (flat while it runs). */
  tensors: number | null;
  error: string | null;
  /** The backend a run kept on screen after a backend switch ran on (null: the live run is shown). */
  keptFrom: string | null;
}

/** Where a run's tensors are counted when they live elsewhere (the engine host in its worker). */
export interface TensorCounter {
  tensors(): Promise<number>;
}

const stepsOf = (snapshot: { step: number }) => snapshot.step;

/** How a widget's run differs from the default. */
export interface SteppedRunOptions {
  /** A run that ended by itself plays on after the rebuild a changed setting causes. */
  playOnAfterEnd?: boolean;
}

/**
 * The experiment `create` builds (null while its inputs load or nothing can run), stepped while
 * playing. `create` may build it elsewhere and resolve later (a job in the engine worker, see
 * useEngineHost's remoteJob); one that resolves after a rebuild or unmount is disposed at once.
 */
export function useSteppedRun<S extends { step: number; done: boolean }>(
  rootRef: RefObject<Element>,
  tf: Tf | TensorCounter | null,
  create: (() => Steppable<S> | Promise<Steppable<S>>) | null,
  key: string,
  backend: string,
  frameBudgetMs: number,
  progress: (snapshot: S) => number = stepsOf,
  { playOnAfterEnd = false }: SteppedRunOptions = {},
): SteppedRun<S> {
  const experiment = useRef<Steppable<S> | null>(null);
  // The latest published snapshot, so a frame need not ask the engine for a fresh copy.
  const latest = useRef<S | null>(null);
  const [snapshot, setSnapshot] = useState<S | null>(null);
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tensors, setTensors] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  const meter = useSpeedMeter();
  // Set when a step died with the backend (or the run ended, with playOnAfterEnd): the next
  // rebuild plays on by itself.
  const resume = useRef(false);
  const latestCreate = useRef(create);
  latestCreate.current = create;
  // The key of the latest render: a build that resolves after the key moved on (before the
  // effect's cleanup has run, which waits for the paint) is stale and never shown.
  const wantedKey = useRef(key);
  wantedKey.current = key;
  // Steps the reader asked for while the run was being built (in the worker, a build takes a
  // moment): taken as soon as it is there, never dropped.
  const pendingSteps = useRef(0);

  useEffect(() => {
    const build = latestCreate.current;
    if (!build) {
      latest.current = null;
      setSnapshot(null);
      return;
    }
    let created: Steppable<S> | null = null;
    let cancelled = false;
    const builtFor = key;
    const stale = () => cancelled || wantedKey.current !== builtFor;
    const adopt = (made: Steppable<S>) => {
      if (stale()) return made.dispose();
      created = made;
      experiment.current = made;
      latest.current = made.snapshot();
      setSnapshot(latest.current);
      setError(null);
      meter.clear();
      if (resume.current) {
        resume.current = false;
        setPlaying(true);
      }
      if (pendingSteps.current > 0) {
        const k = pendingSteps.current;
        pendingSteps.current = 0;
        void advance((e) => e.step(k));
      }
    };
    const fail = (e: unknown) => {
      // A worker restart rebuilds this run anyway (the host's generation is part of `key`).
      if (stale() || isHostRestart(e)) return;
      setError(e instanceof Error ? e.message : String(e));
      setPlaying(false);
    };
    try {
      const made = build();
      if (made instanceof Promise) made.then(adopt, fail);
      else adopt(made);
    } catch (e) {
      fail(e);
    }
    return () => {
      cancelled = true;
      created?.dispose();
      if (experiment.current === created) experiment.current = null;
    };
  }, [create !== null, key, backend, generation]);

  /** Runs `unit` on the experiment and publishes the snapshot, timing and tensor count. */
  const advance = useCallback(
    async (unit: (e: Steppable<S>) => S | Promise<S>) => {
      const current = experiment.current;
      const before = latest.current;
      if (!current || !before) return;
      try {
        const next = await unit(current);
        if (experiment.current !== current) return; // Rebuilt while it worked: drop this result.
        latest.current = next;
        setSnapshot(next);
        meter.count(progress(next) - progress(before));
        if (tf && 'memory' in tf) setTensors(tf.memory().numTensors);
        else if (tf) void tf.tensors().then((n) => experiment.current === current && setTensors(n), () => {});
        if (next.done) {
          // A short run may end before the meter's first half second: show what it measured.
          meter.flush();
          setPlaying(false);
          resume.current = playOnAfterEnd;
        }
      } catch (e) {
        if (experiment.current !== current) return;
        setPlaying(false);
        if (isHostRestart(e)) {
          // The engine worker died and is being restarted: the rebuilt run plays on by itself.
          resume.current = true;
          return;
        }
        setError(e instanceof Error ? e.message : String(e));
        resume.current = reportStepFailure(e);
      }
    },
    [meter.count, meter.flush, tf, progress, playOnAfterEnd],
  );

  // A frame the loop had already asked for may come after the run ended: it does no more work.
  useAnimationLoop(rootRef, () => (latest.current?.done ? undefined : advance((e) => e.work(frameBudgetMs))), playing);
  const kept = useKeptRun(snapshot, backend, key, playing);

  return {
    snapshot: kept.shown,
    playing,
    play: () => {
      kept.release();
      resume.current = false;
      // Play on a finished run starts it over rather than doing nothing.
      if (snapshot?.done) setGeneration((g) => g + 1);
      setPlaying(true);
    },
    pause: () => {
      resume.current = false;
      setPlaying(false);
    },
    stepOnce: () => {
      kept.release();
      if (!experiment.current) pendingSteps.current++;
      else void advance((e) => e.step(1));
    },
    restart: () => {
      kept.release();
      setGeneration((g) => g + 1);
    },
    speed: meter.rate,
    tensors,
    error,
    keptFrom: kept.keptFrom,
  };
}
