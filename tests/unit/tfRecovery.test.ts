/**
 * The kit's recovery from a dead backend, on a fake tfjs (the real WebGL backend does not start
 * in Node): which backend the page moves to, when a failed step counts as the backend's fault,
 * and that the dead backend is ruled out.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Recovery = typeof import('../../src/islands/kit/tfRecovery');

/** A fresh copy of the module (its state is per page) watching a fake tfjs on `backend`. */
async function setUp(backend: string, starts: Record<string, boolean>, contextLost = false) {
  vi.resetModules();
  const recovery: Recovery = await import('../../src/islands/kit/tfRecovery');
  let current = backend;
  const canvas = new EventTarget();
  // A read-back waiting on the lost context: tfjs would poll it forever.
  const webgl = { canvas, gpgpu: { gl: { isContextLost: () => contextLost }, itemsToPoll: [{ isDoneFn: () => false }] as unknown[] } };
  const tf = {
    getBackend: () => current,
    findBackend: (name: string) => (name === 'webgl' ? webgl : null),
  };
  const switched: string[] = [];
  const tried: string[] = [];
  recovery.watchBackend({
    tf: tf as never,
    order: ['webgl', 'wasm', 'cpu'],
    trySetBackend: async (name) => {
      tried.push(name);
      if (starts[name]) current = name;
      return starts[name] ?? false;
    },
    switched: (name) => switched.push(name),
  });
  return { recovery, canvas, switched, tried, webgl, backend: () => current };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('tfRecovery', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('moves the page from a lost WebGL context to wasm and rules webgl out', async () => {
    const { recovery, canvas, switched, webgl, backend } = await setUp('webgl', { wasm: true, cpu: true });
    const recovered = vi.fn();
    recovery.onBackendRecovered(recovered);
    canvas.dispatchEvent(new Event('webglcontextlost'));
    await settle();
    expect(backend()).toBe('wasm');
    expect(switched).toEqual(['wasm']);
    expect([...recovery.lostBackends()]).toEqual(['webgl']);
    expect(recovered).toHaveBeenCalledTimes(1);
    expect(webgl.gpgpu.itemsToPoll).toEqual([]);
  });

  it('falls through to cpu when wasm does not start either', async () => {
    const { recovery, canvas, tried, backend } = await setUp('webgl', { wasm: false, cpu: true });
    canvas.dispatchEvent(new Event('webglcontextlost'));
    await settle();
    expect(tried).toEqual(['wasm', 'cpu']);
    expect(backend()).toBe('cpu');
    expect(recovery.lostBackends().has('webgl')).toBe(true);
  });

  it('blames the backend for a failed step only when the WebGL context is gone', async () => {
    const lost = await setUp('webgl', { wasm: true }, true);
    expect(lost.recovery.reportStepFailure(new Error('Incompatible shapes'))).toBe(true);
    await settle();
    expect(lost.backend()).toBe('wasm');

    const alive = await setUp('webgl', { wasm: true }, false);
    expect(alive.recovery.reportStepFailure(new Error('Incompatible shapes'))).toBe(false);
    expect(alive.recovery.reportStepFailure(new Error('Unable to create WebGLTexture.'))).toBe(true);
  });

  it('never blames wasm or cpu: an error there is the widget’s own', async () => {
    const { recovery, switched } = await setUp('wasm', { cpu: true }, true);
    expect(recovery.reportStepFailure(new Error('Unable to create WebGLTexture.'))).toBe(false);
    await settle();
    expect(switched).toEqual([]);
  });

  it('recovers once, however many widgets report the same loss', async () => {
    const { recovery, canvas, switched } = await setUp('webgl', { wasm: true }, true);
    canvas.dispatchEvent(new Event('webglcontextlost'));
    expect(recovery.reportStepFailure(new Error('x'))).toBe(true);
    canvas.dispatchEvent(new Event('webglcontextlost'));
    await settle();
    expect(switched).toEqual(['wasm']);
  });
});
