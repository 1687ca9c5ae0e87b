/**
 * A requestAnimationFrame loop for widgets that run over time. A tick may be async (a training
 * step awaiting the GPU): the next one starts only after it settles, so ticks never overlap.
 * The loop sleeps while its element is off-screen or the tab is hidden, and wakes up after.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { onBackendRecovered } from './tfRecovery';

/** True when the reader asked the system for less motion: widgets then wait for Play. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/** Runs `tick` once per frame while `running`, the element is visible and the tab is shown. */
export function useAnimationLoop(rootRef: RefObject<Element>, tick: () => void | Promise<void>, running: boolean): void {
  // The latest tick, so a re-render with a new closure does not restart the loop.
  const tickRef = useRef(tick);
  tickRef.current = tick;

  useEffect(() => {
    if (!running) return;
    let onScreen = true;
    let frame = 0;
    let busy = false;
    let stopped = false;
    // Bumped to abandon a tick that will never settle (see onBackendRecovered below).
    let ticket = 0;

    const awake = () => onScreen && document.visibilityState === 'visible';
    const loop = async () => {
      frame = 0;
      if (stopped || busy || !awake()) return;
      busy = true;
      const mine = ++ticket;
      try {
        await tickRef.current();
      } catch (error) {
        // A tick that throws (e.g. on a backend that died) would throw again every frame:
        // stop until `running` changes rather than spin. Runners catch their own step errors.
        console.error(error);
        if (mine === ticket) stopped = true;
      }
      if (mine !== ticket) return;
      busy = false;
      schedule();
    };
    const schedule = () => {
      if (!stopped && !frame && awake()) frame = requestAnimationFrame(loop);
    };

    const observer =
      rootRef.current && 'IntersectionObserver' in window
        ? new IntersectionObserver((entries) => {
            onScreen = entries.some((e) => e.isIntersecting);
            if (!busy) schedule();
          })
        : null;
    if (observer && rootRef.current) observer.observe(rootRef.current);
    const onVisibility = () => {
      if (!busy) schedule();
    };
    document.addEventListener('visibilitychange', onVisibility);
    // A tick waiting on a lost WebGL context (a read-back) never settles: once the page runs on
    // another backend, let it go and carry on with fresh ticks (runners drop stale results).
    const offRecovered = onBackendRecovered(() => {
      ticket++;
      busy = false;
      schedule();
    });
    schedule();

    return () => {
      stopped = true;
      if (frame) cancelAnimationFrame(frame);
      observer?.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
      offRecovered();
    };
  }, [running, rootRef]);
}
