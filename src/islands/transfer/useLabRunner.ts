/**
 * TransferLab's run: the three strategies on the same N examples per class (same seed), advanced
 * one epoch at a time in turn, in the engine worker (engines/worker/jobs.ts), drawn between epochs.
 * Each finished run adds its final held-out accuracy to the accuracy-against-N results (a rerun
 * at the same N adds points beside the earlier ones, never replaces them); they live for the
 * page session, through backend switches, until the reader clears them.
 *
 *   idle ─run()─► running ─(all three meet the stopping rule)─► done
 *                    └─stop()/new run/unmount─► idle (every tensor freed)
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FinalPoint } from '~/charts/transferCharts';
import type { EngineHost } from '~/engines/worker/host';
import type { TransferLabSnapshot } from '~/engines/worker/jobs';
import type { RunSnapshot } from '~/engines/transfer/strategies';
import { isHostRestart } from '~/islands/kit/engineHost';
import { remoteJob } from '~/islands/kit/useEngineHost';
import type { Steppable } from '~/islands/kit/useSteppedRun';
import { reportStepFailure } from '~/islands/kit/tfRecovery';

export interface LabSettings {
  perClass: number;
  frozenLayers: number;
  /** Head only reads the features after this many conv blocks. */
  headLayer: number;
  heldOut: number;
  seed: number;
}

export interface LabRunner {
  status: 'idle' | 'running' | 'done';
  snapshots: RunSnapshot[];
  /** The settings the results on screen were trained with (null before the first run). */
  ranWith: LabSettings | null;
  finals: FinalPoint[];
  /** How many runs finished since the last Clear (each adds one point per strategy to finals). */
  finishedRuns: number;
  error: string | null;
  run(): void;
  stop(): void;
  /** Forgets every finished run's points (the reader's Clear). */
  clearFinals(): void;
}

/** Whether results trained with `ran` no longer describe `now` (any setting of the run differs). */
export function isStale(ran: LabSettings | null, now: LabSettings): boolean {
  return ran !== null && (Object.keys(now) as (keyof LabSettings)[]).some((k) => ran[k] !== now[k]);
}

/** One animation frame (or a short timeout where frames do not come): the page draws the latest epoch. */
const nextFrame = () => new Promise<void>((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 16)));

/**
 * Runs the three strategies for `settings` on the engine host when asked (the worker loads the
 * digits and the pretrained body itself); results against N accumulate. `ready`: the page's
 * digits have arrived, so the worker's copy comes from the cache.
 */
export function useLabRunner(host: EngineHost | null, ready: boolean, settings: LabSettings): LabRunner {
  const [status, setStatus] = useState<LabRunner['status']>('idle');
  const [snapshots, setSnapshots] = useState<RunSnapshot[]>([]);
  const [ranWith, setRanWith] = useState<LabSettings | null>(null);
  const [finals, setFinals] = useState<FinalPoint[]>([]);
  const [finishedRuns, setFinishedRuns] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const token = useRef(0);

  // Stop acts at once: the page forgets the run; the host frees it after the epoch in hand.
  const stop = () => {
    token.current++;
    setStatus((s) => (s === 'running' ? 'idle' : s));
  };
  useEffect(() => () => void token.current++, []);

  const run = async () => {
    if (!host || !ready) return;
    const mine = ++token.current;
    const live = () => token.current === mine;
    setError(null);
    setStatus('running');
    setRanWith(settings);
    let job: Steppable<TransferLabSnapshot> | null = null;
    try {
      job = await remoteJob(host, 'transferLab', settings);
      let snapshot = job.snapshot();
      while (live() && !snapshot.done) {
        setSnapshots(snapshot.runs);
        // A frame between epochs: on the main-thread fallback this is where the page draws.
        await nextFrame();
        if (!live()) break;
        snapshot = await job.work(0);
      }
      if (!live()) return;
      setSnapshots(snapshot.runs);
      setFinals((old) => [...old, ...snapshot.runs.map((r) => ({ strategy: r.strategy, perClass: settings.perClass, heldOut: r.heldOutAccuracy ?? 0 }))]);
      setFinishedRuns((n) => n + 1);
      setStatus('done');
    } catch (e) {
      if (!live()) return;
      setStatus('idle');
      // A restarted worker is said by the frame; the reader's settings are kept for the next Run.
      if (isHostRestart(e)) return;
      // A dead WebGL context (main-thread fallback) moves the page to another backend; run again there.
      reportStepFailure(e);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      job?.dispose();
    }
  };

  const clearFinals = () => {
    setFinals([]);
    setFinishedRuns(0);
  };
  return { status, snapshots, ranWith, finals, finishedRuns, error, run: () => void run(), stop, clearFinals };
}
