/**
 * The spread over seeds: every run that finishes is remembered (for this page view) with its
 * seed and each racer's final held-out accuracy, under the settings it ran with apart from the
 * seed. The chart shows the runs of the current settings with other seeds beside the live one,
 * so trying seed 2, 3, … shows how far a racer's accuracy moves by chance alone.
 */
import { useRef } from 'preact/hooks';
import type { SeedResult } from '~/charts/trainingCurves';
import type { RaceSnapshot } from '~/engines/networkRace';
import type { NetworkRaceSettings } from '~/lib/widgets/network';

/** At most this many runs are kept per settings: more dots would hide each other. */
const MAX_RUNS = 12;

/** Final accuracies of finished runs with the current settings and other seeds than the current one. */
export function useSeedResults(settings: NetworkRaceSettings, snapshot: RaceSnapshot | null, colorOf: (name: string) => string): SeedResult[] {
  const store = useRef(new Map<string, Map<number, { name: string; value: number }[]>>());
  const { seed, ...rest } = settings;
  const key = JSON.stringify(rest);
  let runs = store.current.get(key);
  if (!runs) store.current.set(key, (runs = new Map()));
  if (snapshot?.done && snapshot.step >= settings.steps && !runs.has(seed) && runs.size < MAX_RUNS) {
    const finals = snapshot.racers
      .filter((r) => r.diverged === null)
      .map((r) => ({ name: r.id, value: 100 * (r.heldOutAccuracy.at(-1)?.accuracy ?? NaN) }))
      .filter((r) => Number.isFinite(r.value));
    runs.set(seed, finals);
  }
  const earlier: SeedResult[] = [];
  for (const [runSeed, finals] of runs) {
    if (runSeed === seed) continue;
    for (const f of finals) earlier.push({ ...f, seed: runSeed, color: colorOf(f.name) });
  }
  return earlier;
}
