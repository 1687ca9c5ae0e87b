/**
 * TransferLab's run: the three strategies on the same N examples per class (same seed), advanced
 * one epoch at a time in turn, yielding a frame between epochs so the page stays responsive.
 * Each finished run adds its final held-out accuracy to the accuracy-against-N results (a rerun
 * at the same N adds points beside the earlier ones, never replaces them); they live for the
 * page session, through backend switches, until the reader clears them.
 *
 *   idle ─run()─► running ─(all three meet the stopping rule)─► done
 *                    └─stop()/new run/unmount─► idle (every tensor freed)
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FinalPoint } from '~/charts/transferCharts';
import type { Tf } from '~/engines/tfRuntime';
import type { Body } from '~/engines/transfer/architecture';
import type { RunSnapshot, Strategy, StrategyRun } from '~/engines/transfer/strategies';
import { reportStepFailure } from '~/islands/kit/tfRecovery';
import type { DigitSet } from '~/lib/mnist';

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

/** Runs the three strategies for `settings` when asked; results against N accumulate. */
export function useLabRunner(tf: Tf | null, body: Body | null, digits: DigitSet | null, settings: LabSettings): LabRunner {
  const [status, setStatus] = useState<LabRunner['status']>('idle');
  const [snapshots, setSnapshots] = useState<RunSnapshot[]>([]);
  const [ranWith, setRanWith] = useState<LabSettings | null>(null);
  const [finals, setFinals] = useState<FinalPoint[]>([]);
  const [finishedRuns, setFinishedRuns] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const token = useRef(0);

  const stop = () => {
    token.current++;
    setStatus((s) => (s === 'running' ? 'idle' : s));
  };
  useEffect(() => () => void token.current++, []);

  const run = async () => {
    if (!tf || !body || !digits) return;
    const mine = ++token.current;
    setError(null);
    setStatus('running');
    setRanWith(settings);
    const [{ transferData, disposeTransferData }, { createRun, STRATEGIES }, { createRng }] = await Promise.all([
      import('~/engines/transfer/data'),
      import('~/engines/transfer/strategies'),
      import('~/lib/rng'),
    ]);
    const data = transferData(digits, settings.perClass, settings.heldOut, createRng(settings.seed));
    const runs: StrategyRun[] = [];
    try {
      for (const strategy of STRATEGIES as Strategy[]) {
        runs.push(createRun(strategy, { pretrained: body, ...data, seed: settings.seed, frozenLayers: settings.frozenLayers, headDepth: settings.headLayer, evalEvery: 2 }));
      }
      setSnapshots(runs.map((r) => r.snapshot));
      while (runs.some((r) => !r.snapshot.done)) {
        for (const r of runs) {
          if (r.snapshot.done) continue;
          r.epoch();
          setSnapshots(runs.map((x) => x.snapshot));
          await tf.nextFrame();
          if (token.current !== mine) return;
        }
      }
      setFinals((old) => [...old, ...runs.map((r) => ({ strategy: r.snapshot.strategy, perClass: settings.perClass, heldOut: r.snapshot.heldOutAccuracy ?? 0 }))]);
      setFinishedRuns((n) => n + 1);
      setStatus('done');
    } catch (e) {
      // A dead WebGL context moves the page to another backend; the reader runs it again there.
      reportStepFailure(e);
      setError(e instanceof Error ? e.message : String(e));
      setStatus('idle');
    } finally {
      runs.forEach((r) => r.dispose());
      disposeTransferData(data);
    }
  };

  const clearFinals = () => {
    setFinals([]);
    setFinishedRuns(0);
  };
  return { status, snapshots, ranWith, finals, finishedRuns, error, run: () => void run(), stop, clearFinals };
}
