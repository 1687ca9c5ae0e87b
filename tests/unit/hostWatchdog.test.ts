/**
 * The engine worker's watchdog (src/islands/kit/hostWatchdog.ts): a worker that stops answering
 * without an error event (killed for memory) is noticed once its ping goes unanswered, and only
 * then; a worker that answers, however slowly within the timeout, is left alone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchHost } from '../../src/islands/kit/hostWatchdog';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const options = { everyMs: 1000, timeoutMs: () => 5000 };

describe('watchHost', () => {
  it('calls onSilent once when a ping is never answered, and pings no more', async () => {
    let pings = 0;
    const onSilent = vi.fn();
    watchHost(() => (pings++, new Promise(() => {})), onSilent, options);
    await vi.advanceTimersByTimeAsync(1000 + 4999);
    expect(onSilent).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onSilent).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onSilent).toHaveBeenCalledTimes(1);
    expect(pings).toBe(1);
  });

  it('leaves a worker alone that answers every ping, even after most of the timeout', async () => {
    let pings = 0;
    const onSilent = vi.fn();
    const slowAnswer = () => (pings++, new Promise((resolve) => setTimeout(resolve, 4900)));
    const stop = watchHost(slowAnswer, onSilent, options);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onSilent).not.toHaveBeenCalled();
    expect(pings).toBeGreaterThan(5);
    stop();
    const before = pings;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(pings).toBe(before);
  });

  it('ends quietly when a ping rejects (the worker was restarted for another reason)', async () => {
    const onSilent = vi.fn();
    let pings = 0;
    watchHost(() => (pings++, Promise.reject(new Error('restarted'))), onSilent, options);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onSilent).not.toHaveBeenCalled();
    expect(pings).toBe(1);
  });
});
