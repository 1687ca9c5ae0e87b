/** Words of padWords.ts (namespace `pad`). Pure data. */
import { mb } from '../format';
import type { LoadProblemShape } from '../shapes';

export const pad = {
  title: 'Teach it your own classes',
  padLabel: 'Drawing pad: draw with the mouse, a finger or a pen',
  addTo: 'Class of the drawing',
  count: (n: number) => `${n} drawn`,
  add: (name: string) => `Add as “${name}”`,
  train: 'Train the new head',
  clear: 'Clear pad',
  forget: 'Forget all drawings',
  loading: 'Loading the pretrained network…',
  emptyPad: 'The pad is empty: draw something first.',
  needEach: (names: string[]) => `Every class needs at least one drawing; none yet for: ${names.join(', ')}.`,
  onlyOne: (names: string[]) => `Trained, but ${names.join(', ')} has only one drawing: expect mistakes, and add a few more.`,
  learned: (s: number, steps: number) => `Learned in ${s.toFixed(2)} s (${steps} steps on cached features). Draw to test it.`,
  prediction: 'Prediction',
  drawToTest: 'Draw on the pad: the prediction updates after each stroke.',
  asideLabel: 'Classes taken out of the list',
  setAside: (name: string, n: number) => `“${name}” is out of the list; its ${n === 1 ? 'drawing is' : `${n} drawings are`} kept. Type a name back in its place to use ${n === 1 ? 'it' : 'them'} again.`,
  deleteAside: (name: string) => `Delete “${name}” and its drawings`,
  forgot: (n: number) => `Forgot ${n === 1 ? '1 drawing' : `${n} drawings`}.`,
  deleted: (name: string, n: number) => `Deleted “${name}” and ${n === 1 ? 'its drawing' : `its ${n} drawings`}.`,
  undo: 'Undo',
  restored: (n: number) => `${n === 1 ? '1 drawing' : `${n} drawings`} from your last visit restored.`,
  keptHere: 'Your classes, drawings and trained head are kept in this browser (never uploaded) until you forget them.',
  training: 'Training the new head…',
  headBack: (s: number, steps: number) => `The head you trained on your last visit is back (learned in ${s.toFixed(2)} s, ${steps} steps), no training needed. Draw to test it.`,
  headStale: 'Your drawings changed since the head was trained, so its predictions no longer describe them: train it again to include the changes.',
  headOtherBody: 'The head you trained last time was trained on another version of the pretrained network, so it cannot be used: train it again.',
  forgetHead: 'Forget the trained head',
  forgotHead: 'The trained head is forgotten (your drawings are kept).',
  storage: {
    unavailable: 'This browser does not let the page keep your drawings (storage is off, as in some private windows): they stay only until you leave or reload the page.',
    full: 'The browser’s storage is full, so your latest drawings are not saved: they stay only until you leave or reload the page.',
  },
  thumbsLabel: 'Your drawings, by class',
  thumbsOf: (name: string) => `Drawings of “${name}”`,
  noneYet: 'none yet',
  deleteOne: (name: string, i: number) => `Delete drawing ${i} of “${name}”`,
  deletedOne: (name: string) => `Deleted a drawing of “${name}”.`,
  takenFor: (name: string) => `the trained head takes this one for “${name}”`,
  rightOf: (right: number, total: number) => `${right}/${total} recognised`,
  perClassNote: 'After training, each class shows how many of its own drawings the new head recognises; a thumbnail with a red frame is one it takes for another class.',
  upload: 'Add from an image file',
  uploadNote: 'A picture of one drawing, dark on light or light on dark. It stays in this browser.',
  uploaded: (name: string) => `“${name}” is on the pad: add it to a class, or see what the trained head says.`,
  noInk: (name: string) => `No strokes found in “${name}”: it looks like one even colour. Try a picture of a drawing.`,
  uploadProblem(p: LoadProblemShape): string {
    switch (p.kind) {
      case 'tooLarge':
        return `That file is ${mb(p.bytes)} MB; the pad takes images up to 25 MB. Pick a smaller one.`;
      case 'notImage':
        return `“${p.name}” could not be read as an image (it may be damaged, or not a picture). Try a JPEG, PNG or WebP file.`;
      case 'tooManyPixels':
        return `That image is ${p.width} x ${p.height} pixels, more than this page will decode. Pick a smaller one.`;
      case 'fetch':
        return `The image could not be loaded (${p.status}).`;
      case 'noCanvas':
        return 'This browser cannot draw the image into a canvas, so the pad cannot use it.';
      case 'unexpected':
        return `The image could not be used (${p.detail}). Try another file.`;
    }
  },
  download: 'Download the model (TensorFlow.js)',
  downloaded: (classes: string[]) =>
    `Saved model.json and its weights file. Load both with tf.loadLayersModel; the input is a drawing as 784 values (28 × 28, ink = 1, normalised as the pad does) and the outputs are, in order: ${classes.join(', ')}.`,
  downloadFailed: 'The model could not be saved.',
  names: {
    tooFew: 'Name at least 2 classes, separated by commas.',
    tooMany: 'At most 5 classes, please: remove some names.',
    duplicate: 'Two classes have the same name: give each a different one.',
  },
};
