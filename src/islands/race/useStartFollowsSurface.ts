/**
 * Keeps the start point sensible when the surface changes: each surface has a suggested start
 * (the ravine's far end, the saddle's ridge, …), and the start moves there whenever the reader
 * picks another surface. On the first surface of the page the start moves only if nobody chose
 * one (startX/startY still at their table defaults), so a shared link keeps its own start.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Surface } from '~/engines/surfaces';
import type { ParamTable, ParamValue, ParamValues } from '~/lib/params';

/** Moves startX/startY to `surface.start` when the surface `key` changes (see the file comment). */
export function useStartFollowsSurface(
  surface: Surface | null,
  key: string,
  table: ParamTable,
  values: ParamValues,
  set: (name: string, value: ParamValue) => void,
): void {
  const seen = useRef('');
  useEffect(() => {
    if (!surface || !key || key === seen.current) return;
    const previous = seen.current;
    seen.current = key;
    const atDefault = (name: string) => values[name] === table.find((p) => p.name === name)?.default;
    if (previous === '' && !(atDefault('startX') && atDefault('startY'))) return;
    // Editing a formula that works is not a change of surface kind: the reader's start stays.
    if (previous.startsWith('custom:') && key.startsWith('custom:')) return;
    // Exact, not rounded: the saddle starts 0.001 off its ridge so that plain SGD can leave it.
    set('startX', surface.start[0]);
    set('startY', surface.start[1]);
  }, [surface, key]);
}
