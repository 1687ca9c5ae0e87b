/**
 * Frame pacing for an engine that advances k steps at a time (the network race, the ensemble
 * lab) rather than in small timed units of work: each call runs k steps, times them (including
 * any awaited read-back, which on WebGL is where the work really happens) and picks the next k
 * so that a frame's steps fit in the budget: never fewer than 1, never more than `maxPerFrame`.
 * The result is the `work(budgetMs)` that the kit's useSteppedRun calls once per animation frame.
 * Pure: the clock is passed in (performance.now by default).
 */

export interface PacedSteps<S> {
  /** Runs k steps, as the engine's own step(k) (stepping by hand goes through here too). */
  step(k: number): Promise<S>;
  /** Runs about `budgetMs` of steps: as many as the last call's cost per step says fit. */
  work(budgetMs: number): Promise<S>;
}

/** `step(k)` with a `work(budgetMs)` beside it whose k follows the measured cost of a step. */
export function pacedSteps<S extends { step: number }>(
  step: (k: number) => S | Promise<S>,
  maxPerFrame: number,
  now: () => number = () => performance.now(),
): PacedSteps<S> {
  if (!Number.isInteger(maxPerFrame) || maxPerFrame < 1) {
    throw new Error(`Expected maxPerFrame to be a positive integer, but got ${maxPerFrame}`);
  }
  let perFrame = 1;
  let stepsDone = 0;
  const tracked = async (k: number) => {
    const next = await step(k);
    stepsDone = next.step;
    return next;
  };
  return {
    step: tracked,
    work: async (budgetMs) => {
      const [started, before] = [now(), stepsDone];
      const next = await tracked(perFrame);
      // A step faster than 0.1 ms is timer noise: it would ask for an unbounded k.
      const msPerStep = Math.max((now() - started) / Math.max(1, next.step - before), 0.1);
      perFrame = Math.max(1, Math.min(maxPerFrame, Math.floor(budgetMs / msPerStep)));
      return next;
    },
  };
}
