/**
 * The drawing pad's kept head: its record says which drawings it was trained on, by a fingerprint
 * that survives a rename and the byte rounding of a reload but not a changed drawing, class order
 * or class count; a damaged record is refused as a whole. And a head rebuilt from its numbers
 * predicts exactly as the trained one (what a reload gives the reader).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { padClassifierFromHead, trainPadClassifier } from '../../src/engines/transfer/padClassifier';
import { PIXELS } from '../../src/lib/mnist';
import { addDrawing, deleteDrawing, emptyPad, withNames, type PadState } from '../../src/lib/padClasses';
import { drawingsFingerprint, fromSavedHead, headStaleness, SAVED_HEAD_VERSION, type SavedHead } from '../../src/lib/padHeadSaved';
import { fromSaved, toSaved } from '../../src/lib/padSaved';
import { loadShippedBody } from './transferModel';

const stripe = (row: number) => Float32Array.from({ length: PIXELS }, (_, i) => (Math.floor(i / 28) === row ? 0.7 : i % 29 === 0 ? 0.3 : 0));

function drawn(): PadState {
  let pad = emptyPad(['circle', 'triangle']);
  pad.classes.forEach((c, k) => (pad = addDrawing(addDrawing(pad, c.id, stripe(4 + k)), c.id, stripe(20 - k))));
  return pad;
}

const head = (pad: PadState): SavedHead => ({
  version: SAVED_HEAD_VERSION, body: '0123abcd', drawings: drawingsFingerprint(pad), seed: 1, steps: 12, seconds: 0.4,
  w: new Float32Array(128 * 2).fill(0.01), b: new Float32Array(2),
});

describe('kept pad head', () => {
  it('fits the same drawings after a rename and a save/restore round trip, not after a change', () => {
    const pad = drawn();
    const kept = head(pad);
    expect(headStaleness(kept, pad)).toBeNull();
    expect(headStaleness(kept, withNames(pad, ['ring', 'wedge']))).toBeNull();
    expect(headStaleness(kept, fromSaved(structuredClone(toSaved(pad)))!)).toBeNull();
    expect(headStaleness(kept, addDrawing(pad, pad.classes[0].id, stripe(9)))).toBe('drawings');
    expect(headStaleness(kept, deleteDrawing(pad, 0).pad)).toBe('drawings');
    expect(headStaleness(kept, withNames(pad, ['triangle', 'circle']))).toBe('drawings');
    expect(headStaleness(kept, withNames(pad, ['circle', 'triangle', 'spiral']))).toBe('drawings');
  });

  it('reads back only a record this page wrote', () => {
    const good = head(drawn());
    expect(fromSavedHead(structuredClone(good))).toEqual(good);
    const bad: unknown[] = [
      null, 'head', { ...good, version: 2 }, { ...good, body: 'x' }, { ...good, w: [0.1] }, { ...good, b: new Float32Array(1) },
      { ...good, w: new Float32Array(255) }, { ...good, w: new Float32Array(256).fill(NaN) }, { ...good, seconds: -1 }, { ...good, steps: 1.5 },
    ];
    for (const record of bad) expect(fromSavedHead(record)).toBeNull();
  });
});

describe('pad head rebuilt from its numbers', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });
  it('predicts and grades exactly as the trained head, and leaves no tensors', () => {
    const { body } = loadShippedBody();
    const images = [4, 5, 20, 19].map(stripe);
    const trained = trainPadClassifier(body, images, [0, 0, 1, 1], 2, 1);
    const before = tf.memory().numTensors;
    const rebuilt = padClassifierFromHead(body, trained.headWeights(), trained.steps, trained.seconds);
    const probe = stripe(12);
    expect(rebuilt.predict(probe)).toEqual(trained.predict(probe));
    expect(rebuilt.classify(images)).toEqual(trained.classify(images));
    expect(() => padClassifierFromHead(body, { w: new Float32Array(10), b: new Float32Array(2) }, 0, 0)).toThrowError(/Expected a head of 128 x 2/);
    rebuilt.dispose();
    expect(tf.memory().numTensors).toBe(before);
    trained.dispose();
  });
});
