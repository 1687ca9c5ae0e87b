/**
 * Hands the explorer's schedule to the network race on the same page, through the race's own
 * store (lib/widgetStore.ts): the same store the race's island and its inline numbers use, so the
 * race restarts with the schedule whether or not it has hydrated yet, and its URL keys record it.
 */
import type { ParamValues } from '~/lib/params';
import { getStore, type Store } from '~/lib/widgetStore';
import { networkParams } from '~/lib/widgets/network';
import { scheduleHandOver } from '~/lib/widgets/schedule';
import { bindStoreToUrl } from '../kit/urlSync';

/** The network race's figure on this page, if there is one. */
export function raceFigure(): HTMLElement | null {
  return document.querySelector<HTMLElement>('figure[data-widget-kind="network"]');
}

/** The network race's store, created from its figure's starting values as its island would (null: no race on the page). */
function raceStore(): Store | null {
  const figure = raceFigure();
  const id = figure?.dataset.widgetId;
  if (!figure || !id) return null;
  const initial = figure.dataset.widgetInitial ? (JSON.parse(figure.dataset.widgetInitial) as ParamValues) : {};
  const store = getStore(id, networkParams, initial);
  bindStoreToUrl(store);
  return store;
}

/** Sets the race's schedule from the explorer's values; says what happened (the race's run length, or the values it refused). */
export function applyToRace(values: ParamValues): { ok: true; steps: number; figureId: string } | { ok: false; refused: string[] } | null {
  const store = raceStore();
  if (!store) return null;
  const ignored = store.setMany(scheduleHandOver(values));
  if (ignored.length > 0) return { ok: false, refused: ignored.map((i) => `${i.name} = ${i.raw}`) };
  return { ok: true, steps: Number(store.get().steps), figureId: raceFigure()?.id ?? '' };
}

/** The network race's run length on this page (null: no race), for checking a schedule over the whole run. */
export function raceSteps(): number | null {
  const store = raceStore();
  return store ? Number(store.get().steps) : null;
}
