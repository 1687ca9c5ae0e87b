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
import { useRef } from 'preact/hooks';
import type { EngineHost } from '~/engines/worker/host';
import type { FirstLayer, RaceSnapshot } from '~/engines/networkRace';
import { remoteJob, type RemoteJob } from '~/islands/kit/useEngineHost';
import { useSteppedRun, type SteppedRun } from '~/islands/kit/useSteppedRun';
import type { NetworkRaceSettings } from '~/lib/widgets/network';

const FRAME_BUDGET_MS = 25;
/** Held-out digits for the accuracy curve: the engine's minimum, so an evaluation stays cheap. */
export const HELD_OUT = 1000;

/**
 * The run as the island sees it; its speed is training examples per second over the live racers.
 * `firstLayer(units)` reads the live race's first-layer weights (null before there is a race or
 * after it was freed).
 */
export type NetworkRun = SteppedRun<RaceSnapshot> & { firstLayer(units: number): Promise<FirstLayer[] | null> };

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
  const current = useRef<RemoteJob<RaceSnapshot> | null>(null);
  const create =
    host && digitsReady && settings.optimizers.length > 0
      ? async () => {
          const job = await remoteJob(host, 'networkRace', { heldOutCount: HELD_OUT, ...settings });
          current.current = job;
          return {
            ...job,
            dispose() {
              if (current.current === job) current.current = null;
              job.dispose();
            },
          };
        }
      : null;
  const run = useSteppedRun(rootRef, host, create, `${generation}:${JSON.stringify(settings)}`, backend, FRAME_BUDGET_MS, examplesSeen);
  // One small read where the race runs (the worker): the weights come back as plain typed arrays.
  const firstLayer = async (units: number): Promise<FirstLayer[] | null> => {
    try {
      return ((await current.current?.query('firstLayer', units)) as FirstLayer[] | null | undefined) ?? null;
    } catch {
      return null; // a worker that just restarted: the next read after the rebuild works
    }
  };
  return { ...run, firstLayer };
}
