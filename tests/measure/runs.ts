/**
 * How each measured widget is run, in one place for the measurements (tests/measure/*.measure.ts,
 * which write src/lib/measurements/*.json) and the claims tests that recompute them: the engine
 * with the widget's settings, the way the widget runs it, on tfjs wasm in Node. No tests here.
 */
import { createAugmentExperiment } from '../../src/engines/augmentExperiment';
import { createDropoutExperiment } from '../../src/engines/dropoutExperiment';
import { disposeTransferData, transferData } from '../../src/engines/transfer/data';
import { runToEnd, type Strategy } from '../../src/engines/transfer/strategies';
import type { ParamValues } from '../../src/lib/params';
import { createRng } from '../../src/lib/rng';
import { AUGMENT_EVAL_POINTS, AUGMENT_HELD_OUT, augmentExperimentSettings } from '../../src/lib/widgets/augmentExperiment';
import { dropoutExperimentSettings, EXPERIMENT_HELD_OUT } from '../../src/lib/widgets/dropoutExperiment';
import { loadShippedMnist } from '../unit/mnistData';
import { useWasmInNode } from '../unit/support/wasmNode';
import { loadShippedBody } from '../unit/transferModel';

/** Final held-out accuracy of `strategies` for the lab's settings `values` and `seed`. */
export async function labRun(values: ParamValues, seed: number, strategies: readonly Strategy[]): Promise<Record<string, number>> {
  await useWasmInNode();
  const digits = await loadShippedMnist();
  const { body } = loadShippedBody();
  const data = transferData(digits, Number(values.perClass), Number(values.heldOut), createRng(seed));
  try {
    const out: Record<string, number> = {};
    for (const s of strategies) {
      const end = runToEnd(s, { pretrained: body, ...data, seed, frozenLayers: Number(values.frozenLayers), headDepth: Number(values.headLayer), evalEvery: 2 });
      out[s] = end.heldOutAccuracy ?? NaN;
      out[`${s}Steps`] = end.steps;
    }
    return out;
  } finally {
    disposeTransferData(data);
  }
}

/** Final accuracies of both copies for the widget's `values` and `seed`, as the widget runs it. */
export async function augmentRun(values: ParamValues, seed: number): Promise<Record<string, number>> {
  await useWasmInNode();
  const digits = await loadShippedMnist();
  const settings = augmentExperimentSettings({ ...values, seed });
  const experiment = createAugmentExperiment({ digits, heldOutCount: AUGMENT_HELD_OUT, evalPoints: AUGMENT_EVAL_POINTS, ...settings });
  let snap = experiment.snapshot();
  while (!snap.done) snap = experiment.step(50);
  experiment.dispose();
  const [plain, augmented] = snap.copies.map((c) => c.curve[c.curve.length - 1]);
  return { plainTrain: plain.train, plainHeldOut: plain.heldOut, augmentedTrain: augmented.train, augmentedHeldOut: augmented.heldOut };
}

/** Final accuracies of every copy for the widget's `values` and `seed`, as the widget runs it. */
export async function dropoutRun(values: ParamValues, seed: number): Promise<Record<string, number>> {
  await useWasmInNode();
  const digits = await loadShippedMnist();
  const experiment = createDropoutExperiment({ digits, heldOutCount: EXPERIMENT_HELD_OUT, ...dropoutExperimentSettings({ ...values, seed }) });
  let snap = experiment.snapshot();
  while (!snap.done) snap = experiment.step(100);
  experiment.dispose();
  const out: Record<string, number> = {};
  for (const c of snap.copies) {
    const last = c.curve[c.curve.length - 1];
    out[`${c.name}Train`] = last.train;
    out[`${c.name}HeldOut`] = last.heldOut;
  }
  return out;
}
