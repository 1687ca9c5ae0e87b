/**
 * The visualiser's run of forward passes: a session from lib/dropoutNetwork (built afresh,
 * from the same seed, whenever the sizes, p or the seed change), advanced one pass per Step or,
 * while playing, `passesPerSecond` times a second on the kit's animation loop.
 *
 *   paused ──play──► playing ──pause──► paused
 *      ▲                 │
 *      └─ a setting, reset or the reader's code: new session at pass 1 (playing stays as it was)
 */
import type { RefObject } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { createDropoutSession, type DropoutSession } from '~/lib/dropoutNetwork';
import { useAnimationLoop } from '~/islands/kit/useAnimationLoop';
import type { DropoutVisualiserSettings } from '~/lib/widgets/dropout';
import type { DropoutCell } from '~/lib/cell/cellDropout';

export interface DropoutPasses {
  session: DropoutSession;
  playing: boolean;
  play(): void;
  pause(): void;
  step(): void;
  restart(): void;
}

/** The passes of `settings`, stepped by the reader or by the clock; with `reader`, masked by the reader's dropout cell. */
export function useDropoutPasses(rootRef: RefObject<Element>, settings: DropoutVisualiserSettings, reader?: DropoutCell): DropoutPasses {
  const [generation, setGeneration] = useState(0);
  const [, setVersion] = useState(0);
  const [playing, setPlaying] = useState(false);
  const lastPass = useRef(0);
  const { sizes, dropProbability, seed, passesPerSecond } = settings;
  const session = useMemo(
    () => createDropoutSession(sizes, dropProbability, seed, reader),
    [sizes.join(','), dropProbability, seed, generation, reader],
  );

  const step = () => {
    session.next();
    setVersion((v) => v + 1);
  };

  useAnimationLoop(
    rootRef,
    () => {
      const now = performance.now();
      if (now - lastPass.current < 1000 / passesPerSecond) return;
      lastPass.current = now;
      step();
    },
    playing,
  );

  return {
    session,
    playing,
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    step,
    restart: () => setGeneration((g) => g + 1),
  };
}
