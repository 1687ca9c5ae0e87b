/**
 * The drawing pad's class list as data: typing in the names box renames, sets aside and brings
 * back classes without ever dropping a drawing; and the saved record round-trips and refuses
 * anything that is not one (old versions, damaged fields).
 */
import { describe, expect, it } from 'vitest';
import { PIXELS } from '../../src/lib/mnist';
import { addDrawing, adoptSaved, deleteDrawing, deleteSetAside, drawingCount, emptyPad, forgetDrawings, restoreRemoved, selectedClass, trainingSet, withNames, type PadState } from '../../src/lib/padClasses';
import { fromSaved, toSaved } from '../../src/lib/padSaved';
import { CLASS_TEXT_MAX, classNamesText, parseClassNames } from '../../src/lib/widgets/drawingPad';

const ink = (v: number) => new Float32Array(PIXELS).fill(v);
const names = (pad: PadState) => pad.classes.map((c) => c.name);

/** Two drawings of each of circle, triangle, spiral, with spiral selected. */
function drawn(): PadState {
  let pad = emptyPad(['circle', 'triangle', 'spiral']);
  for (const c of pad.classes) pad = addDrawing(addDrawing(pad, c.id, ink(0.5)), c.id, ink(0.25));
  return { ...pad, active: 3 };
}

/** Applies every intermediate text of the box, as a reader typing does; unparsable texts change nothing. */
function type(pad: PadState, texts: string[]): PadState {
  for (const text of texts) {
    const parsed = parseClassNames(text);
    if (parsed.ok) pad = withNames(pad, parsed.names);
  }
  return pad;
}

describe('withNames: editing the class list', () => {
  it('backspacing "spiral" and typing "square" renames the class: drawings and selection stay', () => {
    const texts = ['circle, triangle, spira', 'circle, triangle, spir', 'circle, triangle, sp', 'circle, triangle, s', 'circle, triangle, ', 'circle, triangle, q', 'circle, triangle, sq', 'circle, triangle, square'];
    const pad = type(drawn(), texts);
    expect(names(pad)).toEqual(['circle', 'triangle', 'square']);
    expect(pad.classes.map((c) => c.id)).toEqual([1, 2, 3]);
    expect(pad.classes.map((c) => drawingCount(pad, c.id))).toEqual([2, 2, 2]);
    expect(pad.setAside).toEqual([]);
    expect(selectedClass(pad).name).toBe('square');
  });

  it('a class that leaves the list is set aside with its drawings, still selected, and returns by name', () => {
    const pad = type(drawn(), ['circle, triangle']);
    expect(names(pad)).toEqual(['circle', 'triangle']);
    expect(pad.setAside).toEqual([{ id: 3, name: 'spiral', slot: 2 }]);
    expect(pad.drawings).toHaveLength(6);
    expect(selectedClass(pad).name).toBe('circle');
    expect(trainingSet(pad).labels).toEqual([0, 0, 1, 1]);
    const back = withNames(pad, ['Spiral', 'circle', 'triangle']);
    expect(back.classes.map((c) => c.id)).toEqual([3, 1, 2]);
    expect(back.setAside).toEqual([]);
    expect(selectedClass(back).name).toBe('Spiral');
  });

  it('removing a middle class and adding a new one at the end gives a new, empty class', () => {
    const pad = type(drawn(), ['circle, spiral', 'circle, spiral, square']);
    expect(pad.classes.map((c) => [c.id, c.name])).toEqual([[1, 'circle'], [3, 'spiral'], [4, 'square']]);
    expect(pad.setAside.map((c) => c.name)).toEqual(['triangle']);
    expect(drawingCount(pad, 4)).toBe(0);
  });

  it('a class without drawings that leaves the list is simply gone; restoring by name never renames', () => {
    const pad = withNames(emptyPad(['a', 'b', 'c']), ['a', 'b']);
    expect(pad.setAside).toEqual([]);
    const restored = withNames(drawn(), ['cat', 'circle'], false);
    expect(restored.classes.map((c) => [c.id, c.name])).toEqual([[4, 'cat'], [1, 'circle']]);
    expect(restored.setAside.map((c) => c.name)).toEqual(['triangle', 'spiral']);
  });

  it('deleting on purpose: a set-aside class with its drawings, or every drawing', () => {
    const pad = type(drawn(), ['circle, triangle']);
    const deleted = deleteSetAside(pad, 3);
    expect(deleted.pad.setAside).toEqual([]);
    expect(deleted.pad.drawings).toHaveLength(4);
    expect(restoreRemoved(deleted.pad, deleted.removed)).toMatchObject({ setAside: pad.setAside, drawings: expect.arrayContaining(pad.drawings) });
    const forgot = forgetDrawings(pad);
    expect(forgot.pad).toMatchObject({ drawings: [], setAside: [], classes: pad.classes });
    expect(forgot.removed.drawings).toHaveLength(6);
  });

  it('deleting one drawing (a thumbnail) keeps its class, even empty, and undo puts it back where it stood', () => {
    const pad = drawn();
    const { pad: next, removed } = deleteDrawing(pad, 2);
    expect(next.drawings).toEqual([...pad.drawings.slice(0, 2), ...pad.drawings.slice(3)]);
    expect(next.classes).toEqual(pad.classes);
    expect(restoreRemoved(next, removed).drawings).toEqual(pad.drawings);
    const emptied = deleteDrawing(deleteDrawing(pad, 0).pad, 0).pad;
    expect(drawingCount(emptied, 1)).toBe(0);
    expect(emptied.classes).toEqual(pad.classes);
    expect(deleteDrawing(pad, 99).pad).toBe(pad);
  });

  it('undo after the class list changed: drawings go back to their classes by id; a vanished class returns set aside', () => {
    const forgot = forgetDrawings(drawn());
    // Meanwhile the reader renamed circle and dropped the (now empty) spiral.
    const edited = type(forgot.pad, ['ring, triangle']);
    expect(edited.setAside).toEqual([]);
    const back = restoreRemoved(edited, forgot.removed);
    expect(back.classes.map((c) => [c.id, c.name, drawingCount(back, c.id)])).toEqual([[1, 'ring', 2], [2, 'triangle', 2]]);
    expect(back.setAside).toEqual([{ id: 3, name: 'spiral', slot: 2 }]);
    expect(drawingCount(back, 3)).toBe(2);
    // A class made after the undo gets a fresh id, not the returning one's.
    expect(withNames(back, ['ring', 'triangle', 'spiral', 'star']).classes.map((c) => c.id)).toEqual([1, 2, 3, 4]);
  });

  it('adopting saved work keeps drawings made before it arrived, matched by name', () => {
    const current = addDrawing(emptyPad(['circle', 'triangle', 'spiral']), 2, ink(1));
    const pad = adoptSaved(type(drawn(), ['circle, triangle']), current, ['circle', 'triangle', 'spiral']);
    expect(pad.classes.map((c) => [c.id, c.name, drawingCount(pad, c.id)])).toEqual([[1, 'circle', 2], [2, 'triangle', 3], [3, 'spiral', 2]]);
  });
});

describe('toSaved / fromSaved', () => {
  it('round-trips classes, set-aside classes, selection and drawings (pixels to 1/255)', () => {
    const pad = type(drawn(), ['circle, triangle']);
    const back = fromSaved(structuredClone(toSaved(pad)))!;
    expect(back.classes).toEqual(pad.classes);
    expect(back.setAside).toEqual(pad.setAside);
    expect(back.active).toBe(3);
    expect(back.nextId).toBe(4);
    expect(back.drawings.map((d) => d.classId)).toEqual(pad.drawings.map((d) => d.classId));
    expect(Math.abs(back.drawings[1].image[0] - 0.25)).toBeLessThanOrEqual(1 / 510);
  });

  it('refuses records it did not write, as a whole', () => {
    const good = toSaved(drawn());
    const bad: unknown[] = [
      null,
      'x',
      { ...good, version: 2 },
      { ...good, classes: [good.classes[0]] },
      { ...good, classes: [...good.classes, { id: 1, name: 'again' }] },
      { ...good, classes: [good.classes[0], { id: 9, name: 'CIRCLE' }] },
      { ...good, classes: [good.classes[0], { id: 9, name: 'a, b' }] },
      { ...good, drawings: [{ classId: 42, pixels: new Uint8Array(PIXELS) }] },
      { ...good, drawings: [{ classId: 1, pixels: new Uint8Array(10) }] },
      { ...good, drawings: [{ classId: 1, pixels: [0, 1] }] },
      { ...good, active: 77 },
      { ...good, setAside: [{ id: 8, name: 'x', slot: -1 }] },
      // Names that would not fit the 80-character box.
      { ...good, classes: [{ id: 1, name: 'a'.repeat(50) }, { id: 2, name: 'b'.repeat(50) }], drawings: [], active: 1 },
    ];
    for (const record of bad) expect(fromSaved(record)).toBeNull();
  });
});

describe('classNamesText', () => {
  it('writes saved names back into the box, within its 80 characters, and they parse to the same names', () => {
    expect(classNamesText(['circle', 'triangle', 'square'])).toBe('circle, triangle, square');
    // Five 15-letter names typed without spaces fit in 79 characters; with ", " they would not.
    const long = Array.from({ length: 5 }, (_, i) => String.fromCharCode(97 + i).repeat(15));
    const text = classNamesText(long);
    expect(text.length).toBeLessThanOrEqual(CLASS_TEXT_MAX);
    expect(parseClassNames(text)).toEqual({ ok: true, names: long });
  });
});
