import { describe, expect, it } from 'vitest';
import { probeBackends } from '../../src/engines/backendProbe';
import { getTf, registeredBackends, trySetBackend } from '../../src/engines/tfRuntime';

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

  it('fails with the backends it tried when none starts', async () => {
    await expect(probeBackends({ backends: ['webgl'] })).rejects.toThrow('No TensorFlow.js backend started (tried webgl)');
  });
});
