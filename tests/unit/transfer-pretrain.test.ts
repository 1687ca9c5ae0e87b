/**
 * The shipped pretraining code (scripts/pretrain/train.py) runs end to end on a tiny slice: 3
 * fonts, 512 Fashion-MNIST images, 5 steps, then the tfjs export, which the engine then loads.
 * Needs a python3 with torch, numpy and PIL plus Debian's dataset-fashion-mnist; without them
 * the test is skipped and says why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { disposeBody } from '../../src/engines/transfer/architecture';
import { bodyFromWeights, parseManifest } from '../../src/engines/transfer/loadModel';

function findPython(): { python: string | null; reason: string } {
  for (const python of [process.env.PYTHON ?? 'python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', 'import torch, numpy, PIL'], { encoding: 'utf8' });
    if (r.status === 0) {
      if (!existsSync('/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz')) {
        return { python: null, reason: 'Fashion-MNIST missing (apt-get install dataset-fashion-mnist)' };
      }
      if (!hasFonts()) return { python: null, reason: 'no .ttf/.otf fonts under /usr/share/fonts (apt-get install fonts-dejavu-core)' };
      return { python, reason: '' };
    }
  }
  return { python: null, reason: 'no python3 with torch, numpy and PIL (apt-get install python3-torch python3-numpy python3-pil)' };
}

function hasFonts(): boolean {
  try {
    return readdirSync('/usr/share/fonts', { recursive: true }).some((f) => /\.(ttf|otf)$/i.test(String(f)));
  } catch {
    return false;
  }
}

const { python, reason } = findPython();
if (!python) console.warn(`[transfer-pretrain] skipped: ${reason}`);
const out = mkdtempSync(join(tmpdir(), 'pretrain-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(!python)('pretraining script', () => {
  it('pretrains a few steps on a tiny slice and exports weights the engine loads', async () => {
    execFileSync(
      python!,
      ['scripts/pretrain/train.py', '--tiny', '--device', 'cpu', '--out', join(out, 'model'), '--bank', join(out, 'bank.npz'), '--checkpoint', join(out, 'net.pt')],
      { stdio: 'pipe', timeout: 300_000 },
    );
    const manifest = parseManifest(JSON.parse(readFileSync(join(out, 'model', 'model.json'), 'utf8')));
    expect(manifest.layers.map((l) => l.filters)).toEqual([32, 64, 128]);
    expect(manifest.pretraining.steps).toBe(5);
    const bytes = readFileSync(join(out, 'model', 'weights.bin'));
    await tf.setBackend('cpu');
    const body = bodyFromWeights(manifest, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(body.featureSize).toBe(128);
    disposeBody(body);
  });
});
