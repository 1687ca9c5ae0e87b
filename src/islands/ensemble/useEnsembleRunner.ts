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
import type { EngineHost } from '~/engines/worker/host';
import type { EnsembleJobSnapshot } from '~/engines/worker/jobs';
import { remoteJob } from '~/islands/kit/useEngineHost';
import { useSteppedRun, type SteppedRun } from '~/islands/kit/useSteppedRun';
import type { EnsembleSettings } from '~/lib/widgets/ensemble';

const FRAME_BUDGET_MS = 30;
/** Held-out digits every accuracy is measured on (never trained on by any widget). */
export const HELD_OUT = 1000;

/** The lab's results with the batch loss of the latest update (null before the first). */
export type EnsembleRunSnapshot = EnsembleJobSnapshot;

/** The run as the island sees it; its speed is training examples per second. */
export type EnsembleRunState = SteppedRun<EnsembleRunSnapshot>;

/** The run of `settings`, advanced while playing, in the engine worker (`generation`: the host's). */
export function useEnsembleRunner(
  rootRef: RefObject<Element>,
  host: EngineHost | null,
  digitsReady: boolean,
  settings: EnsembleSettings,
  backend: string,
  generation: number,
): EnsembleRunState {
  const create = host && digitsReady ? () => remoteJob(host, 'ensembleLab', { heldOutCount: HELD_OUT, ...settings }) : null;
  const examples = (snapshot: EnsembleRunSnapshot) => snapshot.step * settings.batchSize;
  return useSteppedRun(rootRef, host, create, `${generation}:${JSON.stringify(settings)}`, backend, FRAME_BUDGET_MS, examples);
}
