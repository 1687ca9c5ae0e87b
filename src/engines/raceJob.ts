/**
 * The optimizer race as an engine-host job (engines/worker/jobs.ts): built from plain settings
 * where it runs (the worker, or the page with `?engines=main`). The surface is rebuilt from its
 * key, a built-in name or `custom:<formula>`, reader cell racers from their source text, and
 * the race steps there; each snapshot also carries particle 0's path of every racer (the
 * trails) and whether the race is over, as fresh copies the worker may transfer.
 */
import { surfaceFromFormula } from './formulaSurface';
import { createRace, type RaceEntry, type RaceSnapshot } from './race';
import { surfaces, type Surface } from './surfaces';
import { RACE_MAX_STEPS } from '../lib/raceState';

export interface OptimizerRaceJobConfig {
  /** A built-in surface's name, or `custom:` and the reader's formula. */
  surfaceKey: string;
  entries: RaceEntry[];
  /** n*2 floats, x0 y0 x1 y1 … */
  starts: Float32Array;
  noise: number;
  seed: number;
}

/**
 * A race snapshot with the trails so far, whether the race has settled, and the time the last
 * call's steps took where the race runs (the island paces its calls by it: a round trip to the
 * worker also counts the messages' wait, which is not the steps' cost).
 */
export type TrackedRaceSnapshot = RaceSnapshot & { paths: Record<string, number[]>; done: boolean; workMs: number; stepsTaken: number; surfaceKey: string };

/** The surface of `key` (see OptimizerRaceJobConfig), or an Error that names what is wrong. */
export function surfaceOfKey(key: string): Surface {
  if (key.startsWith('custom:')) {
    const result = surfaceFromFormula(key.slice('custom:'.length));
    if (!result.ok) throw new Error(`Expected a formula that can be raced, but got "${key.slice(7)}"`);
    return result.surface;
  }
  const surface = (surfaces as Record<string, Surface>)[key];
  if (!surface) throw new Error(`Unknown surface "${key}"`);
  return surface;
}

/** `paths` with each racer's particle 0 appended where it moved. */
function grownPaths(paths: Record<string, number[]>, next: RaceSnapshot): Record<string, number[]> {
  const grown: Record<string, number[]> = {};
  for (const o of next.optimizers) {
    const path = paths[o.id] ?? [];
    const [x, y] = [o.positions[0], o.positions[1]];
    const same = path.length >= 2 && path[path.length - 2] === x && path[path.length - 1] === y;
    grown[o.id] = same ? path : [...path, x, y];
  }
  return grown;
}

/** The race of `config`, stepped k at a time, tracking the trails; see the file comment. */
export function createRaceJob(config: OptimizerRaceJobConfig) {
  const race = createRace({ ...config, surface: surfaceOfKey(config.surfaceKey) });
  const track = (next: RaceSnapshot, paths: Record<string, number[]>, workMs = 0, stepsTaken = 0): TrackedRaceSnapshot => ({
    ...next,
    paths: grownPaths(paths, next),
    done: next.optimizers.every((o) => o.diverged !== null) || next.step >= RACE_MAX_STEPS,
    workMs,
    stepsTaken,
    surfaceKey: config.surfaceKey,
  });
  let latest = track(race.snapshot(), {});
  // Copies out: the worker transfers a snapshot's typed arrays, and the job keeps its own.
  const copy = () => structuredClone(latest);
  const step = (k: number) => {
    // A race that is over takes no more steps (a late call gets its last snapshot again).
    if (!latest.done) {
      const started = performance.now();
      const taken = Math.max(1, Math.min(k, RACE_MAX_STEPS - latest.step));
      const next = race.step(taken);
      latest = track(next, latest.paths, performance.now() - started, taken);
    }
    return copy();
  };
  return { snapshot: copy, step, dispose: () => race.dispose() };
}
