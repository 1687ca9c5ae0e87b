/**
 * Runs the augmentation experiment for the island: builds it (engines/augmentExperiment.ts, as the
 * engine worker's job `augmentExperiment`) from the current settings, works on it while playing,
 * and builds it afresh whenever a setting, the backend, the worker's generation or Reset changes
 * (after a backend switch the finished run stays on screen until the reader starts anew:
 * kit/useKeptRun.ts) (same seed: same start, same mini-batches).
 *
 *   paused ──play──► playing ──pause / done──► paused
 *      ▲                │
 *      └── a setting, the backend, a restarted worker or reset: dispose, build at step 0 ◄──┘
 *
 * Each animation frame asks the host for about FRAME_BUDGET_MS of units of work (one copy's
 * update or one evaluation chunk); in the worker the page only draws what comes back.
 */
import type { RefObject } from 'preact';
import type { AugmentSnapshot } from '~/engines/augmentExperiment';
import type { EngineHost } from '~/engines/worker/host';
import { remoteJob } from '~/islands/kit/useEngineHost';
import { useSteppedRun, type SteppedRun } from '~/islands/kit/useSteppedRun';
import { AUGMENT_EVAL_POINTS, AUGMENT_HELD_OUT, type AugmentExperimentSettings } from '~/lib/widgets/augmentExperiment';

const FRAME_BUDGET_MS = 40;

export type AugmentRun = SteppedRun<AugmentSnapshot>;

/** The experiment of `settings`, worked on while playing, on the engine host (`generation`: the host's). */
export function useAugmentRunner(
  rootRef: RefObject<Element>,
  host: EngineHost | null,
  digitsReady: boolean,
  settings: AugmentExperimentSettings,
  backend: string,
  generation: number,
): AugmentRun {
  const create = host && digitsReady ? () => remoteJob(host, 'augmentExperiment', { heldOutCount: AUGMENT_HELD_OUT, evalPoints: AUGMENT_EVAL_POINTS, ...settings }) : null;
  return useSteppedRun(rootRef, host, create, `${generation}:${JSON.stringify(settings)}`, backend, FRAME_BUDGET_MS);
}
