/**
 * The transfer chapter's measured numbers, on the TransferLab's engine and settings (tfjs wasm in
 * Node): all three strategies at N = 1 (the lab's default), head only and fine-tune at N = 10
 * and 100, and head only on the features of conv1 and conv2 (the lab's headLayer); plus
 * FeatureProjection's nearest-centroid accuracies. Seeds 1–3. Writes src/lib/measurements/transfer.json
 * (one test per entry: `-t transfer.n10` reruns one).
 */
import { it } from 'vitest';
import { projectDigits } from '../../src/engines/transfer/projection';
import type { Strategy } from '../../src/engines/transfer/strategies';
import { defaults, type ParamValues } from '../../src/lib/params';
import { featureProjectionParams } from '../../src/lib/widgets/featureProjection';
import { transferLabParams } from '../../src/lib/widgets/transferLab';
import { loadShippedMnist } from '../unit/mnistData';
import { useWasmInNode } from '../unit/support/wasmNode';
import { loadShippedBody } from '../unit/transferModel';
import { commandFor, record } from './record';
import { labRun } from './runs';

const SEEDS = [1, 2, 3];
const ENGINE = 'tfjs wasm backend in Node, engines/transfer/strategies.ts as the lab runs it (evalEvery 2)';


/** Runs `strategies` for every seed at the lab's defaults with `changes`, and records the entry. */
async function measureLab(id: string, changes: ParamValues, strategies: readonly Strategy[]) {
  const { seed: _seed, ...rest } = { ...defaults(transferLabParams), ...changes };
  const metrics: Record<string, number[]> = {};
  for (const seed of SEEDS) {
    const r = await labRun(rest, seed, strategies);
    for (const [k, v] of Object.entries(r)) (metrics[k] ??= []).push(v);
    console.info(`[measure] ${id} seed ${seed}: ${JSON.stringify(r)}`);
  }
  record('transfer', { id, widget: 'transferLab', settings: rest, varied: Object.keys(changes), seeds: SEEDS, metrics, engine: ENGINE, command: commandFor('transfer') });
}

it('transfer.projection', async () => {
  await useWasmInNode();
  const digits = await loadShippedMnist();
  const { body } = loadShippedBody();
  const { seed: _s, ...projection } = defaults(featureProjectionParams);
  const proj = SEEDS.map((seed) => projectDigits(body, digits, Number(projection.count), seed));
  record('transfer', {
    id: 'transfer.projection',
    widget: 'featureProjection',
    settings: projection,
    varied: [],
    seeds: SEEDS,
    metrics: { pretrained: proj.map((p) => p.pretrained.centroidAccuracy), random: proj.map((p) => p.random.centroidAccuracy) },
    engine: 'tfjs wasm backend in Node, engines/transfer/projection.ts',
    command: commandFor('transfer'),
  });
});

// From scratch only at N = 1: at N = 10 it trains every conv layer for up to 400 steps (minutes
// per seed on one core), too slow for the claims test that must recompute a seed of each entry.
it('transfer.n1', () => measureLab('transfer.n1', {}, ['head', 'finetune', 'scratch']));
for (const n of [10, 100]) it(`transfer.n${n}`, () => measureLab(`transfer.n${n}`, { perClass: n }, ['head', 'finetune']));
for (const layer of [1, 2]) {
  for (const n of [1, 10, 100]) {
    const id = `transfer.conv${layer}.n${n}`;
    it(id, () => measureLab(id, n === 1 ? { headLayer: layer } : { perClass: n, headLayer: layer }, ['head']));
  }
}
