/**
 * Runs the dropout experiment for the island: builds it (engines/dropoutExperiment.ts) from the
 * digits and the current settings, advances it while playing, and builds it afresh whenever a
 * setting changes (same seed: same start, same mini-batches).
 *
 *   paused ──play──► playing ──pause / done──► paused
 *      ▲                │
 *      └── a setting, the backend or reset: dispose, build at step 0 (playing stays) ◄──┘
 *
 * Each frame does about FRAME_BUDGET_MS of the engine's small units of work (engine.work), and
 * between frames the kit's loop yields to the page, so scrolling and clicks stay answered.
 */
import type { RefObject } from 'preact';
import type { ExperimentSnapshot } from '~/engines/dropoutExperiment';
import type { EngineHost } from '~/engines/worker/host';
import { remoteJob } from '~/islands/kit/useEngineHost';
import { useSteppedRun, type SteppedRun } from '~/islands/kit/useSteppedRun';
import { EXPERIMENT_HELD_OUT, type DropoutExperimentSettings } from '~/lib/widgets/dropoutExperiment';

/** Work per animation frame; one unit (a copy's update, 250 rows of evaluation) may run over. */
const FRAME_BUDGET_MS = 20;

/** The run as the island sees it; its speed counts the steps of all copies together. */
export type ExperimentRun = SteppedRun<ExperimentSnapshot>;

/** The experiment of `settings`, stepped while playing, in the engine worker (`generation`: the host's). */
export function useExperimentRunner(
  rootRef: RefObject<Element>,
  host: EngineHost | null,
  digitsReady: boolean,
  settings: DropoutExperimentSettings,
  backend: string,
  generation: number,
): ExperimentRun {
  const create = host && digitsReady ? () => remoteJob(host, 'dropoutExperiment', { heldOutCount: EXPERIMENT_HELD_OUT, ...settings }) : null;
  return useSteppedRun(rootRef, host, create, `${generation}:${JSON.stringify(settings)}`, backend, FRAME_BUDGET_MS);
}
