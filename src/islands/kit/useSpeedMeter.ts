/** A smoothed rate (events per second) fed by `count(n)` calls, for the backend badge. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** How often the shown number changes; faster would flicker and cost renders. */
const SHOW_EVERY_MS = 500;
/** Weight of the newest window in the exponential moving average. */
const SMOOTHING = 0.4;

export interface SpeedMeter {
  /** Events per second, smoothed; null until the first window has closed. */
  rate: number | null;
  /** Records `n` events (steps, examples) that just happened. */
  count(n?: number): void;
  /** Shows the rate of the window still open (a run that ended before its first half second). */
  flush(): void;
  /** Forgets the history (after a reset or a backend switch). */
  clear(): void;
}

/** Counts events and reports a smoothed per-second rate twice a second. */
export function useSpeedMeter(): SpeedMeter {
  const pending = useRef(0);
  const since = useRef(0);
  const smoothed = useRef<number | null>(null);
  const [rate, setRate] = useState<number | null>(null);

  /** Closes the window that began at `since`, folding its rate into the smoothed one. */
  const publish = (now: number) => {
    const windowRate = (pending.current * 1000) / (now - since.current);
    smoothed.current = smoothed.current === null ? windowRate : SMOOTHING * windowRate + (1 - SMOOTHING) * smoothed.current;
    pending.current = 0;
    since.current = now;
    setRate(smoothed.current);
  };

  const count = useCallback((n = 1) => {
    const now = performance.now();
    if (since.current === 0) since.current = now;
    pending.current += n;
    if (now - since.current >= SHOW_EVERY_MS) publish(now);
  }, []);

  const flush = useCallback(() => {
    const now = performance.now();
    if (since.current !== 0 && pending.current > 0 && now > since.current) publish(now);
  }, []);

  const clear = useCallback(() => {
    pending.current = 0;
    since.current = 0;
    smoothed.current = null;
    setRate(null);
  }, []);

  useEffect(() => clear, [clear]);
  return { rate, count, flush, clear };
}
