/**
 * The reader's own racers, one list per page: a cell adds its rule here with "Race this rule",
 * and every race (the 2-D optimizer race, the network race) reads the list and runs each entry
 * beside its built-in rules. The races are list-driven: built-ins and reader racers are one
 * array of entries, each with its own key, label and colour, so any number can join. Pure (a
 * tiny observable list; module state is one list per page, shared by every island).
 */
import type { OptimizerName } from '../optimizerTypes';
import { lectureCellNames, lectureCells, type LectureCellName } from './lectureCells';

export interface ReaderRacer {
  /** The cell's name (`data-cell`), unique on the page; the racer's key in legends and trails. */
  id: string;
  /** The built-in rule the cell started from: its learning rate per context comes from the table. */
  rule: OptimizerName;
  /** The reader's name for the racer. */
  label: string;
  code: string;
  /** The cell's own hyper-parameters. */
  values: Record<string, number>;
  color: string;
}

/** Colours of reader racers, after the six Okabe–Ito colours of the built-ins (legible in both themes). */
export const readerColors = ['#7B4FBF', '#8C6D1F', '#2F8F8F', '#B03060', '#5E7F2A', '#6B6B6B', '#3D5FA8', '#A0522D', '#4B8B3B'];

/** The racer key of a reader racer in a race (never one of the built-in names). */
export const readerKey = (id: string) => `cell:${id}`;

let racers: readonly ReaderRacer[] = [];
const listeners = new Set<() => void>();

/** The reader racers now, in the order they joined. */
export function readerRacers(): readonly ReaderRacer[] {
  return racers;
}

/** Adds `racer`, or replaces the one with its id in place. */
export function putReaderRacer(racer: ReaderRacer): void {
  const at = racers.findIndex((r) => r.id === racer.id);
  racers = at < 0 ? [...racers, racer] : racers.map((r, i) => (i === at ? racer : r));
  for (const listen of listeners) listen();
}

/** Takes the racer with `id` out of every race. */
export function removeReaderRacer(id: string): void {
  if (!racers.some((r) => r.id === id)) return;
  racers = racers.filter((r) => r.id !== id);
  for (const listen of listeners) listen();
}

/** Calls `listen` after every change; returns the unsubscribe function. */
export function subscribeReaderRacers(listen: () => void): () => void {
  listeners.add(listen);
  return () => listeners.delete(listen);
}

/** The racer of lecture cell `id` (its colour is the cell's own, by its place in the lecture). */
export function readerRacerFor(id: LectureCellName, given: { code: string; label: string; values: Record<string, number> }): ReaderRacer {
  const at = lectureCellNames.indexOf(id);
  return { id, rule: lectureCells[id].rule ?? 'sgd', ...given, color: readerColors[at % readerColors.length] };
}
