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
 * The race steps k updates at a time; lib/stepPacer.ts picks k so that a frame's training stays
 * within FRAME_BUDGET_MS (the page keeps scrolling and answering clicks), at most MAX_PER_FRAME.
 */
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import type { FirstLayer, NetworkRace, RaceSnapshot } from '~/engines/networkRace';
import type { Tf } from '~/engines/tfRuntime';
import { useSteppedRun, type SteppedRun } from '~/islands/kit/useSteppedRun';
import type { DigitSet } from '~/lib/mnist';
import { pacedSteps } from '~/lib/stepPacer';
import type { NetworkRaceSettings } from '~/lib/widgets/network';

type Engine = typeof import('~/engines/networkRace');

const FRAME_BUDGET_MS = 25;
const MAX_PER_FRAME = 8;
/** Held-out digits for the accuracy curve: the engine's minimum, so an evaluation stays cheap. */
export const HELD_OUT = 1000;

/**
 * The run as the island sees it; its speed is training examples per second over the live racers.
 * `firstLayer(units)` reads the live race's first-layer weights (null before there is a race or
 * after it was freed).
 */
export type NetworkRun = SteppedRun<RaceSnapshot> & { firstLayer(units: number): FirstLayer[] | null };

/** Examples trained on so far, summed over the racers (a diverged racer stops counting). */
const examplesSeen = (snapshot: RaceSnapshot) => snapshot.racers.reduce((sum, r) => sum + r.examplesSeen, 0);

/** The race of `settings` on `digits`, stepped while playing. */
export function useNetworkRunner(
  rootRef: RefObject<Element>,
  engine: Engine | null,
  tf: Tf | null,
  digits: DigitSet | null,
  settings: NetworkRaceSettings,
  backend: string,
): NetworkRun {
  const current = useRef<NetworkRace | null>(null);
  const create =
    engine && digits && settings.optimizers.length > 0
      ? () => {
          const race = engine.createNetworkRace({ digits, heldOutCount: HELD_OUT, ...settings });
          current.current = race;
          const dispose = () => {
            if (current.current === race) current.current = null;
            race.dispose();
          };
          return { ...race, dispose, ...pacedSteps(race.step, MAX_PER_FRAME) };
        }
      : null;
  const run = useSteppedRun(rootRef, tf, create, JSON.stringify(settings), backend, FRAME_BUDGET_MS, examplesSeen);
  const firstLayer = (units: number) => {
    try {
      return current.current?.firstLayer(units) ?? null;
    } catch {
      return null; // a backend that just died: the next read after the rebuild works
    }
  };
  return { ...run, firstLayer };
}
