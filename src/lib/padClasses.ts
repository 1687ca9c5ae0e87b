/**
 * The drawing pad's classes and drawings as data. A class has an id that does not change when
 * its name does, so the text box can be edited freely: a renamed class keeps its drawings, and a
 * class whose name leaves the list is set aside with its drawings (never deleted) until the reader
 * types a name back in its place or deletes it on purpose. Pure: no DOM, no storage.
 *
 *   text edit ─► withNames ─┬─ same name (any case) ─► same class
 *                           ├─ new name where a class stood ─► that class, renamed
 *                           └─ class missing from the list ─► set aside (if it has drawings)
 */

export interface PadClass {
  id: number;
  name: string;
}

/** A class taken out of the list, kept with its drawings; `slot` is where it stood. */
export interface SetAsideClass extends PadClass {
  slot: number;
}

export interface PadDrawing {
  classId: number;
  /** The 784 pixels (28 x 28, 0..1) of the normalised drawing. */
  image: Float32Array;
}

export interface PadState {
  classes: PadClass[];
  setAside: SetAsideClass[];
  drawings: PadDrawing[];
  /** The class the reader selected (see selectedClass: it may be set aside for a moment). */
  active: number;
  nextId: number;
}

/** A pad with classes named `names` and no drawings. */
export function emptyPad(names: string[]): PadState {
  const classes = names.map((name, i) => ({ id: i + 1, name }));
  return { classes, setAside: [], drawings: [], active: classes[0]?.id ?? 0, nextId: classes.length + 1 };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The pad after the class list became `names` (already checked: 2-5 distinct names). With
 * `bySlot` (an edit of the text box), a new name standing where an unmatched class stood takes
 * that class over (a rename); without it (restoring saved work against other names), only equal
 * names match. Drawings are never dropped: a class that leaves the list with drawings is set aside.
 */
export function withNames(pad: PadState, names: string[], bySlot = true): PadState {
  const taken = new Set<number>();
  const matched: (PadClass | null)[] = names.map((name) => {
    const hit = [...pad.classes, ...pad.setAside].find((c) => !taken.has(c.id) && same(c.name, name));
    if (hit) taken.add(hit.id);
    return hit ? { id: hit.id, name } : null;
  });
  if (bySlot) {
    names.forEach((name, slot) => {
      if (matched[slot]) return;
      const previous = pad.classes[slot];
      const before = previous && !taken.has(previous.id) ? previous : pad.setAside.find((c) => c.slot === slot && !taken.has(c.id));
      if (before) {
        taken.add(before.id);
        matched[slot] = { id: before.id, name };
      }
    });
  }
  let nextId = pad.nextId;
  const classes = matched.map((c, slot) => c ?? { id: nextId++, name: names[slot] });
  const hasDrawings = (id: number) => pad.drawings.some((d) => d.classId === id);
  const setAside = [
    ...pad.setAside.filter((c) => !taken.has(c.id)),
    ...pad.classes.flatMap((c, slot) => (taken.has(c.id) || !hasDrawings(c.id) ? [] : [{ ...c, slot }])),
  ];
  // A selected class that is only set aside stays selected, so it is selected again when it returns.
  const active = [...classes, ...setAside].some((c) => c.id === pad.active) ? pad.active : classes[0].id;
  return { classes, setAside, drawings: pad.drawings, active, nextId };
}

/** The listed class new drawings go to: the selected one, or the first while it is set aside. */
export function selectedClass(pad: PadState): PadClass {
  return pad.classes.find((c) => c.id === pad.active) ?? pad.classes[0];
}

/** The pad with one more drawing of class `classId`. */
export function addDrawing(pad: PadState, classId: number, image: Float32Array): PadState {
  return { ...pad, drawings: [...pad.drawings, { classId, image }] };
}

/** What a deletion took away: the drawings, and the classes they belonged to (for undo). */
export interface Removed {
  classes: SetAsideClass[];
  drawings: PadDrawing[];
  /** Where a single deleted drawing stood, so undo puts its thumbnail back in place. */
  index?: number;
}

/** Deletes set-aside class `id` with its drawings. */
export function deleteSetAside(pad: PadState, id: number): { pad: PadState; removed: Removed } {
  const removed = { classes: pad.setAside.filter((c) => c.id === id), drawings: pad.drawings.filter((d) => d.classId === id) };
  return { pad: { ...pad, setAside: pad.setAside.filter((c) => c.id !== id), drawings: pad.drawings.filter((d) => d.classId !== id) }, removed };
}

/** Deletes the drawing at `index` of pad.drawings (one thumbnail); the class stays even when it empties. */
export function deleteDrawing(pad: PadState, index: number): { pad: PadState; removed: Removed } {
  const drawing = pad.drawings[index];
  if (!drawing) return { pad, removed: { classes: [], drawings: [] } };
  return { pad: { ...pad, drawings: pad.drawings.filter((_, i) => i !== index) }, removed: { classes: [], drawings: [drawing], index } };
}

/** Deletes every drawing (and so every set-aside class); the class list stays. */
export function forgetDrawings(pad: PadState): { pad: PadState; removed: Removed } {
  const listed = pad.classes.map((c, slot) => ({ ...c, slot }));
  return { pad: { ...pad, setAside: [], drawings: [] }, removed: { classes: [...listed, ...pad.setAside], drawings: pad.drawings } };
}

/** Undoes a deletion: the drawings come back to their classes, and a class that is gone by now comes back set aside. */
export function restoreRemoved(pad: PadState, removed: Removed): PadState {
  const known = new Set([...pad.classes, ...pad.setAside].map((c) => c.id));
  const back = removed.classes.filter((c) => !known.has(c.id) && removed.drawings.some((d) => d.classId === c.id));
  const nextId = Math.max(pad.nextId, ...back.map((c) => c.id + 1));
  const at = removed.index ?? 0;
  const drawings = [...pad.drawings.slice(0, at), ...removed.drawings, ...pad.drawings.slice(at)];
  return { ...pad, setAside: [...pad.setAside, ...back], drawings, nextId };
}

/**
 * `saved` (restored from storage) showing the class list `names`, plus drawings `current` got before
 * the saved work arrived (matched by class name).
 */
export function adoptSaved(saved: PadState, current: PadState, names: string[]): PadState {
  const base = withNames(saved, names, false);
  const idOf = new Map(current.classes.map((c) => [c.id, base.classes.find((b) => same(b.name, c.name))?.id]));
  const extra = current.drawings.flatMap((d) => {
    const classId = idOf.get(d.classId);
    return classId ? [{ classId, image: d.image }] : [];
  });
  return { ...base, drawings: [...base.drawings, ...extra] };
}

/** How many drawings class `id` has. */
export function drawingCount(pad: PadState, id: number): number {
  return pad.drawings.reduce((n, d) => n + (d.classId === id ? 1 : 0), 0);
}

/** The drawings of the listed classes with their label (the class's position), for training. */
export function trainingSet(pad: PadState): { images: Float32Array[]; labels: number[] } {
  const label = new Map(pad.classes.map((c, i) => [c.id, i]));
  const used = pad.drawings.filter((d) => label.has(d.classId));
  return { images: used.map((d) => d.image), labels: used.map((d) => label.get(d.classId)!) };
}

/** Whether two pads list the same classes in the same order (a trained head still fits). */
export function sameClassOrder(a: PadState, b: PadState): boolean {
  return a.classes.length === b.classes.length && a.classes.every((c, i) => c.id === b.classes[i].id);
}
