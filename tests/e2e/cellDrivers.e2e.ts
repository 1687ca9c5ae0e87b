/**
 * The schedule and dropout cells drive their widgets, in both languages, one load per chapter:
 * a schedule that goes negative inside the explorer's run is refused there with its step; an
 * edited schedule cell, run, is drawn in the explorer under the reader's name and applied to
 * the network race, whose rates then come from it; its link, opened fresh, brings the curve and
 * the race's schedule back. The dropout cell without `/ (1 - p)`, run, makes the visualiser's
 * masks and shows the mean falling short of the test-time output; the way back is offered.
 */
import type { Page } from '@playwright/test';
import { expect, freshPage, test } from './fixtures';
import { inViewUntilReady } from './drivers';

test.use({ reducedMotion: 'reduce' });
test.setTimeout(180_000);

/** One racer (SGD, base rate 0.05) and few digits, so a CPU backend builds the race quickly. */
const light = '?network.runMomentum=false&network.runNesterov=false&network.runAdagrad=false&network.runRmsprop=false&network.runAdam=false&network.trainCount=500';
const QUARTER = '# a quarter of the base rate, all run long\nlearning_rate = base_lr / 4';

const words = {
  en: { run: 'Run', name: 'Name in the widget', apply: 'Apply your schedule to the network race', step: 'Step', builtIn: 'Back to the built-in dropout', negative: 'at step 501', nextPass: 'Step' },
  ko: { run: '실행', name: '위젯에 보일 이름', apply: '내 스케줄을 신경망 경주에 적용', step: '한 스텝', builtIn: '기본 드롭아웃으로 돌아가기', negative: '501번째 걸음', nextPass: '한 스텝' },
};

/** Replaces the text of cell `name`'s editor with `code`. */
async function typeInto(page: Page, name: string, code: string) {
  const editor = page.locator(`[data-cell="${name}"] .cm-content`);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: the schedule cell draws its curve in the explorer, runs the network race and comes back from its link`, async ({ page, browser }) => {
    const w = words[lang];
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`/${lang}/optimization/${light}`);
    const cell = page.locator('[data-cell="schedule"]');
    await cell.scrollIntoViewIfNeeded();
    await expect(cell.locator('.cm-content')).toBeVisible({ timeout: 30_000 });
    const explorer = page.locator('figure.widget[data-widget-kind="schedule"]');
    const yours = explorer.locator('[data-reader-schedule]');

    // Fine for the cell's 100 steps, negative after step 500 of the explorer's 1,000: refused there, not drawn.
    await typeInto(page, 'schedule', 'learning_rate = base_lr * (1 - t / 500)');
    await cell.getByRole('button', { name: w.run, exact: true }).click();
    await expect(yours.getByRole('alert')).toContainText(w.negative, { timeout: 90_000 });

    await typeInto(page, 'schedule', QUARTER);
    await cell.getByRole('textbox', { name: w.name }).fill('Quarter');
    await cell.getByRole('button', { name: w.run, exact: true }).click();
    await expect(yours).toContainText('Quarter');
    await expect(yours.getByRole('alert')).toHaveCount(0);
    // The curve is drawn beside the built-in one, in the reader's colour, and named in the text alternative.
    await expect(explorer.locator('.schedule-chart [stroke="#7B4FBF"]')).toHaveCount(1);
    await expect(explorer.locator('.schedule-chart')).toHaveAttribute('aria-label', /Quarter/);

    await yours.getByRole('button', { name: w.apply }).click();
    await expect(yours).toHaveAttribute('data-reader-schedule', 'applied');
    const network = page.locator('figure.widget[data-widget-id="network"]');
    await inViewUntilReady(network.locator('.network-race'), 120_000);
    await expect(network.locator('[data-reader-schedule="in-use"]')).toContainText('Quarter');
    await network.getByRole('button', { name: w.step, exact: true }).click();
    await expect(network.locator('.network-race')).not.toHaveAttribute('data-step', '0', { timeout: 60_000 });
    // SGD's base rate 0.05, a quarter of it at every step.
    await expect(network.locator('tr[data-optimizer="sgd"] .network-rate')).toHaveText('0.0125');

    await expect.poll(() => new URL(page.url()).searchParams.get('cell.schedule'), { timeout: 10_000 }).toMatch(/^[A-Za-z0-9_-]+$/);
    const fresh = await freshPage(browser, { reducedMotion: 'reduce' });
    await fresh.goto(page.url());
    const again = fresh.locator('figure.widget[data-widget-kind="schedule"]');
    await again.scrollIntoViewIfNeeded();
    await expect(again.locator('[data-reader-schedule="applied"]')).toContainText('Quarter', { timeout: 30_000 });
    await expect(again.locator('.schedule-chart [stroke="#7B4FBF"]')).toHaveCount(1);
    const raceAgain = fresh.locator('figure.widget[data-widget-id="network"]');
    await raceAgain.scrollIntoViewIfNeeded();
    await expect(raceAgain.locator('[data-reader-schedule="in-use"]')).toContainText('Quarter', { timeout: 30_000 });
    await fresh.close();
    expect(problems).toEqual([]);
  });

  test(`${lang}: the dropout cell makes the visualiser's masks`, async ({ page }) => {
    const w = words[lang];
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`/${lang}/regularization/`);
    const cell = page.locator('[data-cell="dropout"]');
    await cell.scrollIntoViewIfNeeded();
    await expect(cell.locator('.cm-content')).toBeVisible({ timeout: 30_000 });
    // Ordinary dropout: the lecture's code with the / (1 - p) taken out.
    await typeInto(page, 'dropout', 'M1 = np.random.rand(*H1.shape) >= p\nH1 = H1 * M1');
    await cell.getByRole('textbox', { name: w.name }).fill('Plain');
    await cell.getByRole('button', { name: w.run, exact: true }).click();

    const visualiser = page.locator('figure.widget[data-widget-kind="dropout"] .dropout-visualiser');
    await visualiser.scrollIntoViewIfNeeded();
    await expect(visualiser).toHaveAttribute('data-code', 'reader', { timeout: 90_000 });
    await expect(visualiser.locator('.dropout-reader')).toContainText('Plain');
    const row = visualiser.locator('tr[data-scheme="reader"]');
    await expect(row).toContainText('Plain');
    for (let i = 0; i < 30; i++) await visualiser.getByRole('button', { name: w.nextPass, exact: true }).click();
    await expect(visualiser).toHaveAttribute('data-pass', '31');
    // Plain masks: the reader's mean is the "plain masks" mean, about (1 - p) h = 0.5, not h = 1.
    const plainMean = await visualiser.locator('tr[data-scheme="none"] td').nth(1).textContent();
    await expect(row.locator('td').nth(1)).toHaveText(plainMean!);
    expect(Number(plainMean!.replace(',', '.'))).toBeLessThan(0.8);

    await visualiser.getByRole('button', { name: w.builtIn }).click();
    await expect(visualiser).toHaveAttribute('data-code', 'built-in');
    await expect(row).toHaveCount(0);
    expect(problems).toEqual([]);
  });
}
