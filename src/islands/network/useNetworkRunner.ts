/**
 * Runs the network race for the island on the kit's stepped run: builds it
 * (engines/networkRace.ts) from the digits and the current settings, advances it while playing,
 * and builds it afresh whenever a setting, the backend or Reset changes it (after a backend
 * switch the finished run stays on screen until the reader starts anew: kit/useKeptRun) (same seed: same
 * start, same batches). With no racer switched on there is nothing to build.
 *
 *   paused ──play──► playing ──pause / finished / every racer diverged──► paused
 *      ▲                │
 *      └── settings, backend or reset: dispose, build at step 0 ◄──┘
 *
 * The race runs in the engine worker (engines/worker/jobs.ts), k updates per call, k paced by
 * lib/stepPacer.ts to about FRAME_BUDGET_MS, so a Pause waits at most one short call.
 */
import type { RefObject } from 'preact';
import type { EngineHost } from '~/engines/worker/host';
import type { RaceSnapshot } from '~/engines/networkRace';
import { remoteJob } from '~/islands/kit/useEngineHost';
import { useSteppedRun, type SteppedRun } from '~/islands/kit/useSteppedRun';
import type { NetworkRaceSettings } from '~/lib/widgets/network';

const FRAME_BUDGET_MS = 25;
/** Held-out digits for the accuracy curve: the engine's minimum, so an evaluation stays cheap. */
const HELD_OUT = 1000;

/** The run as the island sees it; its speed is training examples per second over the live racers. */
export type NetworkRun = SteppedRun<RaceSnapshot>;

/** Examples trained on so far, summed over the racers (a diverged racer stops counting). */
const examplesSeen = (snapshot: RaceSnapshot) => snapshot.racers.reduce((sum, r) => sum + r.examplesSeen, 0);

/**
 * The race of `settings`, stepped while playing, on the engine host (the worker: it loads its own
 * copy of the digits, which `digitsReady` says the page has fetched, so the worker's comes from
 * the cache). `generation` is the host's: a restarted worker rebuilds the race.
 */
export function useNetworkRunner(
  rootRef: RefObject<Element>,
  host: EngineHost | null,
  digitsReady: boolean,
  settings: NetworkRaceSettings,
  backend: string,
  generation: number,
): NetworkRun {
  const create =
    host && digitsReady && settings.optimizers.length > 0
      ? () => remoteJob(host, 'networkRace', { heldOutCount: HELD_OUT, ...settings })
      : null;
  return useSteppedRun(rootRef, host, create, `${generation}:${JSON.stringify(settings)}`, backend, FRAME_BUDGET_MS, examplesSeen);
}
