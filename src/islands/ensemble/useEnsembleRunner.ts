/**
 * Runs the ensemble lab for the island on the kit's stepped run: builds a run
 * (engines/ensemble.ts) from the digits and the current settings, advances it while playing, and
 * builds it afresh whenever a setting, the backend or Reset changes it (same seed: the same run).
 *
 *   paused ──play──► playing ──pause / done──► paused
 *      ▲                │
 *      └── a setting, the backend or reset: dispose, build at step 0 ◄──┘
 *
 * Every step(k) ends by reading back the latest batch loss, which is also the fence that keeps
 * WebGL's queue short; lib/stepPacer.ts times both together and picks k so that a frame's updates
 * fit in FRAME_BUDGET_MS (at most MAX_PER_FRAME). Between frames the kit's loop yields to the page.
 */
import type { RefObject } from 'preact';
import type { EnsembleSnapshot } from '~/engines/ensemble';
import type { Tf } from '~/engines/tfRuntime';
import { useSteppedRun, type SteppedRun } from '~/islands/kit/useSteppedRun';
import type { DigitSet } from '~/lib/mnist';
import { pacedSteps } from '~/lib/stepPacer';
import type { EnsembleSettings } from '~/lib/widgets/ensemble';

type Engine = typeof import('~/engines/ensemble');

const FRAME_BUDGET_MS = 30;
const MAX_PER_FRAME = 16;
/** Held-out digits every accuracy is measured on (never trained on by any widget). */
export const HELD_OUT = 1000;

/** The lab's results with the batch loss of the latest update (null before the first). */
export type EnsembleRunSnapshot = EnsembleSnapshot & { loss: number | null };

/** The run as the island sees it; its speed is training examples per second. */
export type EnsembleRunState = SteppedRun<EnsembleRunSnapshot>;

/** The run of `settings` on `digits`, advanced while playing. */
export function useEnsembleRunner(
  rootRef: RefObject<Element>,
  engine: Engine | null,
  tf: Tf | null,
  digits: DigitSet | null,
  settings: EnsembleSettings,
  backend: string,
): EnsembleRunState {
  const create =
    engine && digits
      ? () => {
          const lab = engine.createEnsembleLab({ digits, heldOutCount: HELD_OUT, ...settings });
          let loss: number | null = null;
          const step = async (k: number): Promise<EnsembleRunSnapshot> => {
            const next = lab.step(k);
            loss = await lab.latestLoss();
            return { ...next, loss };
          };
          return { snapshot: () => ({ ...lab.snapshot(), loss }), dispose: lab.dispose, ...pacedSteps(step, MAX_PER_FRAME) };
        }
      : null;
  const examples = (snapshot: EnsembleRunSnapshot) => snapshot.step * settings.batchSize;
  return useSteppedRun(rootRef, tf, create, JSON.stringify(settings), backend, FRAME_BUDGET_MS, examples);
}
