/**
 * lib/stepPacer.ts, the frame pacing the network race and the ensemble lab share through the
 * kit's useSteppedRun: k follows the measured cost of a step (awaited read-backs included), stays
 * between 1 and maxPerFrame, and a step taken by hand counts toward the next measurement.
 */
import { describe, expect, it } from 'vitest';
import { pacedSteps } from '../../src/lib/stepPacer';

/** A fake engine whose every step costs `msPerStep` on a fake clock; it records each k asked for. */
function fakeEngine(msPerStep: () => number, total = 1000) {
  let clock = 0;
  let step = 0;
  const asked: number[] = [];
  const run = (k: number) => {
    asked.push(k);
    const done = Math.min(k, total - step);
    step += done;
    clock += done * msPerStep();
    return { step, done: step >= total };
  };
  return { run, asked, now: () => clock };
}

describe('pacedSteps', () => {
  it('starts with one step, then asks for as many as fit the budget', async () => {
    const engine = fakeEngine(() => 4);
    const paced = pacedSteps(engine.run, 8, engine.now);
    for (let i = 0; i < 3; i++) await paced.work(25);
    expect(engine.asked).toEqual([1, 6, 6]); // floor(25 / 4) = 6
  });

  it('never asks for more than maxPerFrame, nor fewer than one', async () => {
    let cost = 0.01;
    const engine = fakeEngine(() => cost);
    const paced = pacedSteps(engine.run, 8, engine.now);
    await paced.work(25);
    await paced.work(25);
    cost = 100;
    await paced.work(25);
    await paced.work(25);
    expect(engine.asked).toEqual([1, 8, 8, 1]);
  });

  it('times an async step (a read-back) as part of the step, and follows a change of cost', async () => {
    let clock = 0;
    let step = 0;
    const asked: number[] = [];
    const readBackMs = 10;
    const run = async (k: number) => {
      asked.push(k);
      step += k;
      clock += k * 1;
      await Promise.resolve();
      clock += readBackMs;
      return { step };
    };
    const paced = pacedSteps(run, 16, () => clock);
    await paced.work(30); // 1 step + read-back = 11 ms per step -> 2
    await paced.work(30); // 2 steps + 10 ms = 6 ms per step -> 5
    await paced.work(30);
    expect(asked).toEqual([1, 2, 5]);
  });

  it('counts a step taken by hand, so the next frame measures only its own steps', async () => {
    const engine = fakeEngine(() => 5);
    const paced = pacedSteps(engine.run, 8, engine.now);
    await paced.work(20); // 1 step in 5 ms -> 4
    expect((await paced.step(1)).step).toBe(2);
    await paced.work(20); // 4 steps in 20 ms -> still 4
    await paced.work(20);
    expect(engine.asked).toEqual([1, 1, 4, 4]);
  });

  it('rejects a maxPerFrame that is not a positive integer, by name', () => {
    expect(() => pacedSteps(() => ({ step: 0 }), 0)).toThrowError(/maxPerFrame/);
    expect(() => pacedSteps(() => ({ step: 0 }), 1.5)).toThrowError(/maxPerFrame/);
  });
});
