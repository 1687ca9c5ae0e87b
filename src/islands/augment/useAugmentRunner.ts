/**
 * Runs the augmentation experiment for the island: builds it (engines/augmentExperiment.ts)
 * from the digits and the current settings, works on it while playing, and builds it afresh
 * whenever a setting, the backend or Reset changes (after a backend switch the finished run stays
 * on screen until the reader starts anew: kit/useKeptRun.ts) (same seed: same start, same mini-batches).
 *
 *   paused ──play──► playing ──pause / done──► paused
 *      ▲                │
 *      └── a setting, the backend or reset: dispose, build at step 0 ◄──┘
 *
 * Each animation frame spends about FRAME_BUDGET_MS on units of work (one copy's update or one
 * evaluation chunk), then hands the frame back, so the page never freezes.
 */
import type { RefObject } from 'preact';
import type { AugmentSnapshot } from '~/engines/augmentExperiment';
import type { Tf } from '~/engines/tfRuntime';
import { useSteppedRun, type SteppedRun } from '~/islands/kit/useSteppedRun';
import type { DigitSet } from '~/lib/mnist';
import { AUGMENT_EVAL_POINTS, AUGMENT_HELD_OUT, type AugmentExperimentSettings } from '~/lib/widgets/augmentExperiment';

type Engine = typeof import('~/engines/augmentExperiment');

const FRAME_BUDGET_MS = 40;

export type AugmentRun = SteppedRun<AugmentSnapshot>;

/** The experiment of `settings` on `digits`, worked on while playing. */
export function useAugmentRunner(
  rootRef: RefObject<Element>,
  engine: Engine | null,
  tf: Tf | null,
  digits: DigitSet | null,
  settings: AugmentExperimentSettings,
  backend: string,
): AugmentRun {
  const create = engine && digits ? () => engine.createAugmentExperiment({ digits, heldOutCount: AUGMENT_HELD_OUT, evalPoints: AUGMENT_EVAL_POINTS, ...settings }) : null;
  return useSteppedRun(rootRef, tf, create, JSON.stringify(settings), backend, FRAME_BUDGET_MS);
}
