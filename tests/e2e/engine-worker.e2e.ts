/**
 * The engine worker (src/engines/worker/, src/islands/kit/engineHost.ts): training runs off the
 * page's main thread, so the page answers at once. Checked by event order, not by timers:
 *   - the transfer lab's Stop: the page reports "stopped" before any further epoch result
 *     arrives (nothing is drawn between the click and the stopped state, nor after it);
 *   - a network race run leaves no main-thread task over 500 ms (a loose bound; the 100 ms goal
 *     is the bench's), and a crash of the worker (a test-only hook) is said in the frame, and the
 *     race trains again from the reader's settings; so is a worker that stops without a word (as
 *     one killed for memory does: no error event), which only the watchdog's ping notices.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ reducedMotion: 'reduce' });
test.setTimeout(180_000);
const SLOW = { timeout: 120_000 };

declare global {
  interface Window {
    __longTasks: number[];
    __events: { kind: string; t: number }[];
  }
}

/** Before any page script: record every main-thread long task (PerformanceObserver longtask). */
async function recordLongTasks(page: Page) {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
}

/** Records, in order, the Stop click (its input time) and every change of the lab's status or its steps trained (a result). */
function watchLab(lab: Locator) {
  return lab.evaluate((root) => {
    window.__events = [];
    const run = root.querySelector('.transfer-lab')!;
    new MutationObserver((records) => {
      for (const r of records) {
        const kind = r.attributeName === 'data-status' ? `status:${run.getAttribute('data-status')}` : 'result';
        window.__events.push({ kind, t: performance.now() });
      }
    }).observe(run, { attributes: true, attributeFilter: ['data-status', 'data-steps'] });
    const stop = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Stop')!;
    stop.addEventListener('click', (e) => window.__events.push({ kind: 'click', t: e.timeStamp }), { capture: true });
  });
}

test('transfer lab: Stop is reported before the next epoch result arrives, and no result comes after it', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/en/transfer-learning/?transferLab.perClass=20&transferLab.heldOut=500');
  const lab = page.locator('figure.widget[data-widget-id="transferLab"]');
  await lab.scrollIntoViewIfNeeded();
  const run = lab.getByRole('button', { name: /Train all three/ });
  await expect(run).toBeEnabled(SLOW);
  await watchLab(lab);
  await run.click();
  // Wait for a few epoch results, so the click lands while epochs are being trained.
  await expect.poll(() => page.evaluate(() => window.__events.filter((e) => e.kind === 'result').length), SLOW).toBeGreaterThan(3);
  await lab.getByRole('button', { name: 'Stop' }).click();
  await expect(lab.locator('.transfer-lab')).toHaveAttribute('data-status', 'idle');
  // Another run to its end afterwards proves the worker was not stuck; its start is the marker
  // after which nothing from the stopped run may have arrived.
  await run.click();
  await expect(lab.locator('.transfer-lab')).toHaveAttribute('data-status', /running|done/);
  const events = await page.evaluate(() => window.__events);
  const click = events.findIndex((e) => e.kind === 'click');
  const stopped = events.findIndex((e, i) => i > click && e.kind === 'status:idle');
  const restarted = events.findIndex((e, i) => i > stopped && e.kind === 'status:running');
  expect(click).toBeGreaterThanOrEqual(0);
  expect(stopped).toBeGreaterThan(click);
  // Results that came after the click's input event but before the stopped state: none (on the
  // main thread an epoch in progress blocked the click, and its result landed first).
  const clickTime = events[click].t;
  const beforeStop = events.slice(0, stopped).filter((e) => e.kind === 'result' && e.t > clickTime);
  expect(beforeStop).toEqual([]);
  // Nothing from the stopped run after it was reported stopped (until the next Run).
  expect(events.slice(stopped + 1, restarted < 0 ? undefined : restarted).filter((e) => e.kind === 'result')).toEqual([]);
  expect(problems).toEqual([]);
});

test('network race: no long main-thread task while it trains; a worker crash or silent death is said and the race trains on', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await recordLongTasks(page);
  await page.goto('/en/optimization/?network.runMomentum=false&network.runNesterov=false&network.runAdagrad=false&network.trainCount=500&network.lrAdam=0.002');
  const figure = page.locator('figure.widget[data-widget-id="network"]');
  await figure.scrollIntoViewIfNeeded();
  const race = figure.locator('.network-race');
  await expect(race).toHaveAttribute('data-ready', 'true', SLOW);
  await expect(race).toHaveAttribute('data-engines', 'worker');
  // The badge names the worker's backend.
  const backend = await page.evaluate(() => document.documentElement.dataset.engineBackend);
  await expect(figure.locator('.widget-backend')).toHaveAttribute('data-backend', backend!);
  const step = async () => Number(await race.getAttribute('data-step'));

  await page.evaluate(() => (window.__longTasks = []));
  await figure.getByRole('button', { name: 'Play' }).click();
  await expect.poll(step, SLOW).toBeGreaterThan(40);
  const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  expect(longest).toBeLessThan(500);

  // The worker throws outside any call, as a crashing engine would.
  await page.evaluate(() => window.__lecture7!.crashHost!());
  const notice = figure.locator('.widget-engine-restarted');
  await expect(notice).toContainText('restarted', SLOW);
  await expect(notice).toHaveAttribute('data-generation', '1');
  // Rebuilt from the same settings and training again (from step 0), the reader's value kept.
  await expect(figure.getByRole('textbox', { name: 'Adam learning rate' })).toHaveValue('0.002');
  expect(new URL(page.url()).searchParams.get('network.lrAdam')).toBe('0.002');
  await expect.poll(step, SLOW).toBeGreaterThan(5);
  await expect(figure.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(figure.getByRole('alert')).toHaveCount(0);

  // The worker stops without an error event (self.close(), as an out-of-memory kill): only the
  // watchdog's unanswered ping can notice it (its wait shortened to 1.5 s for the test).
  const before = await step();
  await page.evaluate(() => window.__lecture7!.silenceHost!(1500));
  await expect(notice).toHaveAttribute('data-generation', '2', SLOW);
  await expect(notice).toContainText('restarted');
  // Rebuilt from step 0 (the step it had reached is more than 5), then training again.
  await expect.poll(step, SLOW).toBeLessThan(before);
  await expect.poll(step, SLOW).toBeGreaterThan(5);
  await expect(figure.getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('without the worker (?engines=main, as where Worker or OffscreenCanvas is missing) the same race runs on the page', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/en/optimization/?network.runMomentum=false&network.runNesterov=false&network.runAdagrad=false&network.trainCount=500&engines=main');
  const figure = page.locator('figure.widget[data-widget-id="network"]');
  await figure.scrollIntoViewIfNeeded();
  const race = figure.locator('.network-race');
  await expect(race).toHaveAttribute('data-ready', 'true', SLOW);
  await expect(race).toHaveAttribute('data-engines', 'main');
  await figure.getByRole('button', { name: 'Step' }).click();
  await expect(race).toHaveAttribute('data-step', '1', SLOW);
  // The badge names the page's own tfjs backend.
  const backend = await page.evaluate(() => document.documentElement.dataset.tfBackend);
  await expect(figure.locator('.widget-backend')).toHaveAttribute('data-backend', backend!);
  expect(problems).toEqual([]);
});
