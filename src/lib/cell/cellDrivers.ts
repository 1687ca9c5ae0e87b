/**
 * The cells that drive a widget, one entry per cell on the page: the schedule cell draws its
 * curve in the schedule explorer (and, once applied, sets the network race's learning rate), the
 * dropout cell makes the dropout visualiser's masks. A cell puts its code here when the reader
 * runs it; the widgets read the entry and say whose code they show. Pure (a tiny observable
 * store; module state is one per page, shared by every island), like readerRacers.ts.
 */

/** The cells that drive another widget. */
export type DriverCellName = 'schedule' | 'dropout';
export const driverCellNames: readonly DriverCellName[] = ['schedule', 'dropout'];

export interface CellDriver {
  code: string;
  /** The reader's name for their code, shown by the widget. */
  label: string;
  values: Record<string, number>;
  /** The schedule cell only: the network race takes its learning rate from this code. */
  applied: boolean;
}

let drivers: Partial<Record<DriverCellName, CellDriver>> = {};
const listeners = new Set<() => void>();
const changed = () => {
  for (const listen of listeners) listen();
};

/** The code driving the widgets of cell `name`, or null (the widget shows its built-in). */
export function cellDriver(name: DriverCellName): CellDriver | null {
  return drivers[name] ?? null;
}

/** Makes `driver` the code of cell `name` (replacing what was there). */
export function putCellDriver(name: DriverCellName, driver: CellDriver): void {
  drivers = { ...drivers, [name]: driver };
  changed();
}

/** Returns the widgets of cell `name` to their built-in code. */
export function removeCellDriver(name: DriverCellName): void {
  if (!drivers[name]) return;
  const { [name]: _gone, ...rest } = drivers;
  drivers = rest;
  changed();
}

/** Sets whether the schedule cell's code runs the network race (nothing when there is no schedule code). */
export function applyScheduleCell(applied: boolean): void {
  const driver = drivers.schedule;
  if (driver && driver.applied !== applied) putCellDriver('schedule', { ...driver, applied });
}

/** Calls `listen` after every change; returns the unsubscribe function. */
export function subscribeCellDrivers(listen: () => void): () => void {
  listeners.add(listen);
  return () => listeners.delete(listen);
}
