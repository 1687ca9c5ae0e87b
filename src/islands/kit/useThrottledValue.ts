/** A value that follows another at most once every `ms`, for work too heavy to redo on every animation frame. */
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * `value`, changed at most once every `ms`: the first value shows at once, later ones wait for
 * the interval to pass and then take the latest, so the last value always shows (trailing edge).
 */
export function useThrottledValue<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  const lastChange = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  latest.current = value;
  useEffect(() => {
    if (Object.is(value, shown) || timer.current !== null) return;
    const wait = Math.max(0, ms - (performance.now() - lastChange.current));
    timer.current = setTimeout(() => {
      timer.current = null;
      lastChange.current = performance.now();
      setShown(() => latest.current);
    }, wait);
  }, [value, shown, ms]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return shown;
}
