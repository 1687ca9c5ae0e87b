/**
 * The reader's work on the drawing pad: classes with lasting identities, their drawings, the
 * last deletion (for undo), kept in IndexedDB so a reload finds it again. The names text box
 * drives the class list through withNames on every edit; nothing here ever drops a drawing
 * except the reader's own delete, which can be undone.
 *
 *   mount ─load─► restored (or empty) ─every change─► saved
 *                 └─ no storage / full ─► kept in memory, with a notice
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { addDrawing, adoptSaved, deleteDrawing, deleteSetAside, emptyPad, forgetDrawings, restoreRemoved, withNames, type PadState, type Removed } from '~/lib/padClasses';
import { fromSaved, toSaved } from '~/lib/padSaved';
import { classNamesText, parseClassNames } from '~/lib/widgets/drawingPad';
import { loadPad, savePad, type StorageProblem } from './padStorage';

export type Undoable = { kind: 'forgot'; count: number } | { kind: 'deleted'; name: string; count: number } | { kind: 'deletedOne'; name: string };

export interface PadWork {
  pad: PadState;
  /**
   * 'loading' until the saved work is read; 'saving' while the pad on screen is not yet the one
   * last written (so "saved" never describes an older pad); a problem when this browser cannot keep it.
   */
  storage: 'loading' | 'saving' | 'saved' | StorageProblem;
  /** How many saved drawings came back on load (0 when none). */
  restored: number;
  undo: Undoable | null;
  select(id: number): void;
  add(image: Float32Array, classId: number): void;
  deleteSetAside(id: number): void;
  /** Deletes the drawing at `index` of pad.drawings (a thumbnail's delete button). */
  deleteOne(index: number): void;
  forgetAll(): void;
  undoLast(): void;
}

/**
 * The pad's work for widget `id`, following the class names in `text`. `chapterText` is the names
 * the page starts with: a saved class list replaces it, but not names the reader's URL chose.
 */
export function usePadWork(id: string, text: string, chapterText: string, setText: (text: string) => void): PadWork {
  const [pad, setPad] = useState<PadState>(() => {
    const parsed = parseClassNames(text);
    return emptyPad(parsed.ok ? parsed.names : []);
  });
  const [storage, setStorage] = useState<'loading' | 'saved' | StorageProblem>('loading');
  /** The pad as last written to storage: the one on screen differs until its save has finished. */
  const [written, setWritten] = useState<PadState | null>(null);
  const [restored, setRestored] = useState(0);
  const [undo, setUndo] = useState<{ what: Undoable; removed: Removed } | null>(null);
  const latest = useRef({ pad, text });
  latest.current = { pad, text };

  useEffect(() => {
    const parsed = parseClassNames(text);
    // A half-typed list that does not parse changes nothing; one that does never drops a drawing.
    if (parsed.ok) setPad((p) => withNames(p, parsed.names));
  }, [text]);

  useEffect(() => {
    let alive = true;
    void loadPad(id).then((loaded) => {
      if (!alive) return;
      if (!loaded.ok) return setStorage(loaded.problem);
      const saved = fromSaved(loaded.record);
      if (saved) {
        const { pad: current, text: now } = latest.current;
        const parsed = parseClassNames(now);
        // Names the reader chose on this visit (in the URL, or by drawing already) win over the saved ones.
        const readersNames = now !== chapterText || current.drawings.length > 0;
        if (!readersNames) setText(classNamesText(saved.classes.map((c) => c.name)));
        setPad(!readersNames ? saved : parsed.ok ? adoptSaved(saved, current, parsed.names) : saved);
        setRestored(saved.drawings.length);
      }
      setStorage('saved');
    });
    return () => void (alive = false);
  }, [id]);

  // Every change is saved once the saved work has been read (so it is never overwritten unread).
  useEffect(() => {
    if (storage === 'loading' || storage === 'unavailable' || pad.classes.length === 0) return;
    // Nothing of the reader's (no drawing, the chapter's names) is not kept: the other language's
    // page, which shares the record, then starts from its own names.
    const chapter = parseClassNames(chapterText);
    const own = pad.drawings.length > 0 || !chapter.ok || chapter.names.join() !== pad.classes.map((c) => c.name).join();
    let alive = true;
    void savePad(id, own ? toSaved(pad) : null).then((problem) => {
      if (!alive) return;
      setStorage(problem ?? 'saved');
      setWritten(pad);
    });
    return () => void (alive = false);
  }, [pad, storage === 'loading' || storage === 'unavailable']);

  const change = (next: PadState, last: { what: Undoable; removed: Removed } | null = null) => {
    setPad(next);
    setUndo(last);
    // "N drawings … restored" describes the drawings as loaded: once some are deleted it no longer holds.
    if (last) setRestored(0);
  };
  return {
    pad,
    storage: storage === 'saved' && written !== pad && pad.classes.length > 0 ? 'saving' : storage,
    restored,
    undo: undo?.what ?? null,
    select: (classId) => setPad((p) => ({ ...p, active: classId })),
    add: (image, classId) => change(addDrawing(pad, classId, image)),
    deleteSetAside(classId) {
      const name = pad.setAside.find((c) => c.id === classId)?.name ?? '';
      const { pad: next, removed } = deleteSetAside(pad, classId);
      change(next, { what: { kind: 'deleted', name, count: removed.drawings.length }, removed });
    },
    deleteOne(index) {
      const classId = pad.drawings[index]?.classId;
      const name = [...pad.classes, ...pad.setAside].find((c) => c.id === classId)?.name ?? '';
      const { pad: next, removed } = deleteDrawing(pad, index);
      if (removed.drawings.length) change(next, { what: { kind: 'deletedOne', name }, removed });
    },
    forgetAll() {
      const { pad: next, removed } = forgetDrawings(pad);
      change(next, removed.drawings.length ? { what: { kind: 'forgot', count: removed.drawings.length }, removed } : null);
    },
    undoLast: () => undo && change(restoreRemoved(pad, undo.removed)),
  };
}
