/** Words of visualiserWords.ts (namespace `dropout`). Pure data. */
import { sup, fmt } from '../format';
export const dropout = {
  title: 'Dropout: a fresh mask on every forward pass',
  pass: (n: number) => `Forward pass ${n}`,
  train: (n: number) => `Training, pass ${n}: each hidden unit dropped with probability p`,
  test: 'Test time: no mask, every unit on',
  counter: (seen: number, n: number, total: string) =>
    `Sub-networks seen: ${seen.toLocaleString('en')} distinct of 2${sup(n)} = ${total} possible`,
  dropped: (layer: number, off: number, size: number) => `hidden ${layer}: ${off} of ${size} dropped`,
  diagram: (pass: number, parts: string[]) => `Network diagram, forward pass ${pass}. ${parts.join('; ')}.`,
  testDiagram: 'Network diagram at test time: every unit is on.',
  unitTitle: 'One unit at train time and at test time',
  unitNow: (h: number, kept: boolean, p: number) =>
    kept
      ? `This pass unit A (h = ${fmt('en', h)}) is kept: it passes on ${fmt('en', h)} with plain masks, ${fmt('en', h / (1 - p))} = h/(1 − p) with inverted dropout.`
      : `This pass unit A (h = ${fmt('en', h)}) is dropped: it passes on 0 either way.`,
  none: 'Plain masks',
  inverted: 'Inverted dropout',
  trainPhase: 'train',
  testPhase: 'test',
  scheme: 'Scaling',
  expectedTrain: 'Train time, expected',
  measured: (n: number) => `Train time, mean of ${n} ${n === 1 ? 'pass' : 'passes'}`,
  atTest: 'Test time',
  chartLabel: (p: number) => `Bar chart of unit A's expected output at train and test time, p = ${p}; the same numbers are in the table.`,
  lesson: (p: number) =>
    `With plain masks the next layer sees on average ${fmt('en', 1 - p)} × h during training but the full h at test time. ` +
    `Inverted dropout divides kept units by 1 − p = ${fmt('en', 1 - p)} while training, so both averages are h and test time needs no change.`,
  legend: 'Bars: expected output (blue: train, orange: test). Diamond: the mean over your passes. Dashed line: h, the unit’s test-time output.',
  settings: 'Network and mask',
  readerCode: (label: string) => `The masks come from your dropout cell "${label}": it runs on each hidden layer's activations, seeded, with this widget's p.`,
  builtInCode: 'Back to the built-in dropout',
  readerRow: (label: string) => `Your code (${label})`,
  readerLesson: (mean: number, h: number, passes: number) =>
    `Under your code unit A passes on ${fmt('en', mean)} on average over ${passes} ${passes === 1 ? 'pass' : 'passes'}; at test time, with no mask, it passes on ${fmt('en', h)}. ` +
    'If the two differ, the next layer sees other numbers in training than at test time: the mismatch inverted dropout removes.',
  readerProblem: (problem: string) => `Your dropout cell stopped, so the built-in masks are drawn again: ${problem}.`,
};
