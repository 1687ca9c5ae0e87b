/**
 * Keeps a reader's run on screen across a backend switch. A runner rebuilds its experiment at
 * step 0 when the backend changes (the new backend needs its own tensors), which used to wipe a
 * finished or half-done run without a word. With this hook the runner shows the last snapshot of
 * the old run, marked with the backend it ran on, until the reader acts: Play, Step or Reset
 * start the fresh run on the new backend, and a changed setting is a new run anyway.
 *
 *   live ──backend switch (run had steps)──► kept (old snapshot shown, notice)
 *     ▲                                          │
 *     └──── play / step / reset / settings ◄─────┘
 */
import { useRef, useState } from 'preact/hooks';

export interface KeptRun<S> {
  /** What the widget draws: the kept snapshot while there is one, else the live one. */
  shown: S | null;
  /** The backend the kept run ran on, or null when the live run is shown. */
  keptFrom: string | null;
  /** Drops the kept run (call when the reader starts, steps or resets the live one). */
  release(): void;
}

/** The snapshot to show for live `snapshot` on `backend`, under settings `key` (without the backend). */
export function useKeptRun<S extends { step: number }>(snapshot: S | null, backend: string, key: string, playing: boolean): KeptRun<S> {
  const kept = useRef<{ snapshot: S; from: string } | null>(null);
  const last = useRef({ backend, key });
  const [, rerender] = useState(0);
  if (last.current.key !== key || playing) kept.current = null;
  else if (!kept.current && last.current.backend && backend && last.current.backend !== backend && snapshot && snapshot.step > 0) {
    // This render still holds the old run's snapshot: the rebuild on the new backend comes after it.
    kept.current = { snapshot, from: last.current.backend };
  }
  last.current = { backend, key };
  return {
    shown: kept.current?.snapshot ?? snapshot,
    keptFrom: kept.current?.from ?? null,
    release: () => {
      if (!kept.current) return;
      kept.current = null;
      rerender((n) => n + 1);
    },
  };
}
