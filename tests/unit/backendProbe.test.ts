import { describe, expect, it } from 'vitest';
import { probeBackends } from '../../src/engines/backendProbe';
import { getTf, registeredBackends, trySetBackend } from '../../src/engines/tfRuntime';
import { useWasmInNode } from './support/wasmNode';

describe('backend probe', () => {
  it('registers the site backends in speed order', () => {
    expect(registeredBackends()).toEqual(expect.arrayContaining(['cpu', 'wasm']));
  });

  it('treats a backend that cannot start (no WebGL in Node) as unavailable, not as an error', async () => {
    expect(await trySetBackend('webgl')).toBe(false);
    expect(await trySetBackend('no-such-backend')).toBe(false);
  });

  it('times the backends that start and switches to the fastest', async () => {
    const before = getTf().memory().numTensors;
    const { best, results } = await probeBackends({ backends: ['webgl', 'cpu'], timedSteps: 2, warmupSteps: 1 });
    expect(results.map((r) => r.backend)).toEqual(['webgl', 'cpu']);
    expect(results[0].stepsPerSecond).toBeNull();
    expect(results[1].stepsPerSecond).toBeGreaterThan(0);
    expect(best).toBe('cpu');
    expect(getTf().getBackend()).toBe('cpu');
    expect(getTf().memory().numTensors).toBe(before);
  });

  it('does not time webgl on a software renderer, and still reports it', async () => {
    const { best, results } = await probeBackends({ backends: ['webgl', 'cpu'], timedSteps: 2, warmupSteps: 1, softwareWebGl: true });
    expect(results[0]).toEqual({ backend: 'webgl', stepsPerSecond: null, probeMs: 0, skipped: 'software renderer' });
    expect(results[1].stepsPerSecond).toBeGreaterThan(0);
    expect(best).toBe('cpu');
  });

  it('times a software webgl after all when nothing else starts', async () => {
    // In Node webgl cannot start: the probe must have tried it (not skipped it) before giving up.
    const failed = probeBackends({ backends: ['webgl', 'no-such-backend'], softwareWebGl: true });
    await expect(failed).rejects.toThrow('No TensorFlow.js backend started (tried webgl, no-such-backend)');
  });

  it('does not time cpu once wasm ran', async () => {
    await useWasmInNode(); // points the wasm backend at node_modules (Node cannot fetch /tfjs/)
    await trySetBackend('cpu');
    const before = getTf().memory().numTensors;
    const { best, results } = await probeBackends({ backends: ['wasm', 'cpu'], timedSteps: 2, warmupSteps: 1 });
    expect(results.map((r) => [r.backend, r.skipped ?? null])).toEqual([['wasm', null], ['cpu', 'wasm runs']]);
    expect(results[0].stepsPerSecond).toBeGreaterThan(0);
    expect(best).toBe('wasm');
    expect(getTf().getBackend()).toBe('wasm');
    expect(getTf().memory().numTensors).toBe(before);
    await trySetBackend('cpu');
  });

  it('fails with the backends it tried when none starts', async () => {
    await expect(probeBackends({ backends: ['webgl'] })).rejects.toThrow('No TensorFlow.js backend started (tried webgl)');
  });
});
