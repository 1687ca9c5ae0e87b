import { describe, expect, it } from 'vitest';
import { fallbackCandidates, fillBackendNames, looksLikeContextLoss, offeredBackends } from '../../src/lib/backendFallback';

const order = ['webgl', 'wasm', 'cpu'];

describe('fallbackCandidates', () => {
  it('goes to the next fastest backend first when WebGL dies', () => {
    expect(fallbackCandidates(order, 'webgl')).toEqual(['wasm', 'cpu']);
  });

  it('tries the later backends before the earlier ones', () => {
    expect(fallbackCandidates(order, 'wasm')).toEqual(['cpu', 'webgl']);
    expect(fallbackCandidates(order, 'cpu')).toEqual(['webgl', 'wasm']);
  });

  it('never returns a backend that already failed on the page', () => {
    expect(fallbackCandidates(order, 'wasm', ['webgl'])).toEqual(['cpu']);
    expect(fallbackCandidates(order, 'cpu', ['webgl', 'wasm'])).toEqual([]);
  });

  it('keeps the whole order when the failed name is unknown', () => {
    expect(fallbackCandidates(order, 'webgpu')).toEqual(order);
  });
});

describe('offeredBackends', () => {
  it('drops webgl when the browser gives no WebGL context', () => {
    expect(offeredBackends(order, false)).toEqual(['wasm', 'cpu']);
    expect(offeredBackends(order, true)).toEqual(order);
  });

  it('drops a backend that died on this page', () => {
    expect(offeredBackends(order, true, ['webgl'])).toEqual(['wasm', 'cpu']);
  });
});

describe('looksLikeContextLoss', () => {
  it('recognises what tfjs throws on a lost context', () => {
    expect(looksLikeContextLoss('Unable to create WebGLTexture.')).toBe(true);
    expect(looksLikeContextLoss('Failed to compile fragment shader.')).toBe(true);
    expect(looksLikeContextLoss('WebGL context lost')).toBe(true);
  });

  it('leaves a widget’s own mistakes alone', () => {
    expect(looksLikeContextLoss('Expected height to be a positive integer, but got -1')).toBe(false);
    expect(looksLikeContextLoss('Incompatible shapes: [3] vs. [4]')).toBe(false);
  });
});

describe('fillBackendNames', () => {
  it('fills both names wherever they appear', () => {
    expect(fillBackendNames('{from} lost; now {to} ({to})', 'webgl', 'wasm')).toBe('webgl lost; now wasm (wasm)');
  });
});
