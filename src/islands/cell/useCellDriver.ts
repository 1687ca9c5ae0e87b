/**
 * The code driving a widget (lib/cell/cellDrivers.ts) for an island: filled once per page from
 * the URL's `cell.schedule` and `cell.dropout` keys, so a shared link's schedule curve, race
 * schedule and dropout masks are back before (or without) their cells scrolling into view.
 */
import { useEffect, useState } from 'preact/hooks';
import { analyseCell } from '~/lib/cell/cellAnalysis';
import { cellDriver, driverCellNames, putCellDriver, subscribeCellDrivers, type CellDriver, type DriverCellName } from '~/lib/cell/cellDrivers';
import { parseCell } from '~/lib/cell/cellParse';
import { readCellFromUrl } from './cellUrl';

let restoring: Promise<void> | null = null;

/** Puts every driving cell of the URL into the store, once per page. */
export function restoreDriversOnce(): Promise<void> {
  restoring ??= Promise.all(
    driverCellNames.map(async (name) => {
      const read = await readCellFromUrl(name);
      if (read.state !== 'ok' || !read.payload.shown || cellDriver(name)) return;
      const parsed = parseCell(read.payload.code);
      if (!parsed.ok || !analyseCell(parsed.program, name).ok) return;
      const { code, label, values, racing } = read.payload;
      putCellDriver(name, { code, label, values, applied: name === 'schedule' && racing });
    }),
  ).then(() => undefined);
  return restoring;
}

/** The code driving cell `name`'s widget now (null: the built-in, or no `name`); re-renders on every change. */
export function useCellDriver(name: DriverCellName | null): CellDriver | null {
  // Null on the first render, as on the server: a hydrating island keeps the server's attributes
  // (data-code and the like) when its first render differs, and later renders would not fix them.
  const [driver, setDriver] = useState<CellDriver | null>(null);
  useEffect(() => {
    if (!name) return;
    setDriver(cellDriver(name));
    const off = subscribeCellDrivers(() => setDriver(cellDriver(name)));
    void restoreDriversOnce().then(() => setDriver(cellDriver(name)));
    return off;
  }, []);
  return driver;
}
