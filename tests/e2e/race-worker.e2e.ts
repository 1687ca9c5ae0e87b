/**
 * The optimizer race runs in the engine worker and its controls act at once (issue 13): checked
 * by the order of events, never by a timer. A press on "Pause" whose click arrives after the
 * run ended (on a busy machine the click came 4 s late and restarted the race) stays a pause;
 * after Pause no step result moves the counter; with one particle a changed learning rate
 * redraws the whole path at once instead of replaying it; `?engines=main` still runs the same
 * race on the page. The second-order racers are switched off so that a run of 2,000 steps ends in a second.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ reducedMotion: 'reduce' });
test.setTimeout(120_000);

const quick = '?race.runNewton=false&race.runBfgs=false&race.runLbfgs=false&race.stepsPerFrame=50';

async function openRace(page: Page, query: string) {
  await page.goto(`/en/optimization/${query}`);
  const figure = page.locator('figure.widget[data-widget-id="race"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.race')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  return figure;
}

/** Waits for `count` animation frames of the page (an event order, not a clock). */
const frames = (page: Page, count: number) =>
  page.evaluate((n) => new Promise<void>((done) => {
    const next = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => next(left - 1)));
    next(n);
  }), count);

const stepOf = async (figure: Locator) => Number((await figure.locator('.race-step').textContent())?.replace(/\D/g, ''));

test('the race runs in the worker; Pause holds, a late click after the run ended starts nothing, a new rate redraws at once', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const figure = await openRace(page, quick);
  await expect(figure.locator('.race')).toHaveAttribute('data-engines', 'worker');
  const toggle = figure.locator('button.widget-play-toggle');

  // Press while it shows Pause, let the run end, then the click arrives: still a pause.
  await toggle.click();
  await expect(toggle).toHaveText(/Pause/);
  await toggle.dispatchEvent('pointerdown');
  await expect(figure.locator('.race-step')).toHaveText('Step 2000', { timeout: 60_000 });
  await expect(toggle).toHaveText(/Play/);
  await toggle.dispatchEvent('click');
  await frames(page, 20);
  // Read once, not retried: a restarted run would show Pause and fewer steps within these frames.
  expect(await toggle.textContent()).toMatch(/Play/);
  expect(await stepOf(figure)).toBe(2000);

  // Instant redraw: a new learning rate redraws the whole 2,000-step path at once, no replay.
  const loss = figure.locator('.race-loss [role="img"]');
  const before = await loss.getAttribute('aria-label');
  expect(before).toMatch(/^After 2000 steps: SGD /);
  const slider = figure.getByRole('slider', { name: 'SGD learning rate' });
  await slider.focus();
  await slider.press('Home');
  await expect(loss).not.toHaveAttribute('aria-label', before!);
  await expect(loss).toHaveAttribute('aria-label', /^After 2000 steps: SGD /);
  await expect(figure.locator('.race-step')).toHaveText('Step 2000');
  await expect(figure.locator('.race')).toHaveAttribute('data-playing', 'false');

  // A click pressed while it shows Play (the run is over) starts the race anew, as asked;
  // Pause mid-run: once the toggle says Play, no further result moves the counter.
  await toggle.click();
  await expect(toggle).toHaveText(/Pause/);
  await expect.poll(() => stepOf(figure)).toBeLessThan(2000);
  await toggle.click();
  await expect(figure.locator('.race')).toHaveAttribute('data-playing', 'false');
  await frames(page, 3); // the one call that was in flight may still land
  const paused = await stepOf(figure);
  await frames(page, 20);
  expect(await stepOf(figure)).toBe(paused);
  expect(paused).toBeLessThan(2000);
  expect(problems).toEqual([]);
});

test('with ?engines=main the same race steps on the page', async ({ page }) => {
  const figure = await openRace(page, `${quick}&engines=main`);
  await expect(figure.locator('.race')).toHaveAttribute('data-engines', 'main');
  await figure.getByRole('button', { name: 'Step' }).click();
  await expect(figure.locator('.race-step')).toHaveText('Step 1');
});
