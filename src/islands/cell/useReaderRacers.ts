/**
 * The reader's racers for a race island: the page's list (lib/cell/readerRacers.ts), filled
 * once from the URL's `cell.<name>` keys so a shared link's racers run even before (or without)
 * their cells scrolling into view, and re-read after every change.
 */
import { useEffect, useState } from 'preact/hooks';
import { analyseCell } from '~/lib/cell/cellAnalysis';
import { parseCell } from '~/lib/cell/cellParse';
import { lectureCellNames, lectureCells } from '~/lib/cell/lectureCells';
import { putReaderRacer, readerRacerFor, readerRacers, subscribeReaderRacers, type ReaderRacer } from '~/lib/cell/readerRacers';
import { readCellFromUrl } from './cellUrl';

let restoring: Promise<void> | null = null;

/** Puts every racing update cell of the URL into the list, once per page. */
export function restoreRacersOnce(): Promise<void> {
  restoring ??= Promise.all(
    lectureCellNames
      .filter((name) => lectureCells[name].kind === 'update')
      .map(async (name) => {
        const read = await readCellFromUrl(name);
        if (read.state !== 'ok' || !read.payload.racing) return;
        const parsed = parseCell(read.payload.code);
        if (!parsed.ok || !analyseCell(parsed.program, 'update').ok) return;
        if (readerRacers().some((r) => r.id === name)) return;
        putReaderRacer(readerRacerFor(name, read.payload));
      }),
  ).then(() => undefined);
  return restoring;
}

/** The reader racers now; the component re-renders when the list changes. */
export function useReaderRacers(): readonly ReaderRacer[] {
  const [list, setList] = useState(readerRacers);
  useEffect(() => {
    const off = subscribeReaderRacers(() => setList(readerRacers()));
    void restoreRacersOnce();
    setList(readerRacers());
    return off;
  }, []);
  return list;
}
