/**
 * The EnsembleLab on the built Ensembles chapter. Headless Chromium here has only software
 * WebGL (tfjs picks wasm or cpu), so the tests train the lightest ensemble the table allows
 * (narrow networks, 500 digits, 50 steps a model) and wait generously. Controls are found by
 * role and label.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { holdDigits } from './drivers';
import { expect, test } from './fixtures';

const chapter = process.env.ENSEMBLE_E2E_CHAPTER ?? '/en/ensembles/';
const light = '?ensemble.steps=50&ensemble.trainCount=500&ensemble.hidden=16';

test.use({ reducedMotion: 'reduce' });
test.setTimeout(150_000);

/** Opens the chapter with `query`, scrolls to the lab and waits until it can run. */
async function openLab(page: Page, query = light) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${chapter}${query}`);
  const figure = page.locator('figure.widget[data-widget-id="ensemble"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.ensemble-lab')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  return { figure, problems };
}

test('change K, train to the first results, and see each model\u2019s and the ensemble\u2019s accuracy', async ({ page }) => {
  const { figure, problems } = await openLab(page);
  const k = figure.getByRole('textbox', { name: 'Number of models K' });
  await expect(k).toHaveValue('5');
  await k.fill('2');
  await k.press('Enter');
  await expect(figure.locator('.ensemble-fair')).toContainText('2 networks of shape 784 → 16 → 10');
  // The inline K in the prose follows the widget.
  await expect(page.locator('.chapter-body').getByRole('spinbutton', { name: 'Number of models K' })).toHaveText('2');
  await expect.poll(() => new URL(page.url()).searchParams.get('ensemble.members')).toBe('2');

  await figure.getByRole('button', { name: 'Play' }).click();
  const lab = figure.locator('.ensemble-lab');
  await expect(lab).toHaveAttribute('data-done', 'true', { timeout: 90_000 });

  const rows = figure.locator('.ensemble-table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).getByRole('rowheader')).toHaveText('model 1');
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('model 2');
  await expect(rows.nth(2).getByRole('rowheader')).toHaveText('Ensemble of 2');
  for (let i = 0; i < 3; i++) await expect(rows.nth(i).locator('td')).toHaveText(/^\d{1,3}\.\d%$/);
  await expect(figure.locator('.ensemble-summary')).toContainText(/Ensemble of 2: \d+\.\d%/);
  await expect(figure.locator('.ensemble-chart-members svg[viewBox]')).toBeVisible();
  await expect(figure.locator('.ensemble-chart-gain svg[viewBox]')).toBeVisible();
  await expect(figure.locator('.ensemble-rescued')).toContainText(/right that most of its 2 models get wrong/);
  // Each rescued digit shows its true label and every model's vote (both models wrong, the average right).
  const rescued = Number(await figure.locator('.ensemble-rescued').getAttribute('data-rescued'));
  expect(rescued, 'seed 1 at these settings rescues some digits').toBeGreaterThan(0);
  const shown = figure.locator('.ensemble-rescue');
  await expect(shown).toHaveCount(Math.min(8, rescued));
  for (const digit of await shown.all()) {
    const truth = await digit.getAttribute('data-truth');
    const votes = (await digit.getAttribute('data-votes'))!.split(',');
    expect(votes).toHaveLength(2);
    expect(votes).not.toContain(truth);
    await expect(digit.locator('figcaption')).toHaveText(new RegExp(`true ${truth}\\s*votes ${votes.join('\\s*')}`));
    await expect(digit.getByRole('img')).toHaveAccessibleName(`digit ${truth}; the models voted ${votes.join(', ')}`);
  }
  // The comparison table has this run's row; the other modes say how to run them.
  const compare = figure.locator('.ensemble-compare-table');
  await expect(compare.locator('tr[data-mode="independent"][data-run="true"] td')).toHaveText([/^\d/, /%/, /%.*ensemble of 2/, '2']);
  await expect(compare.locator('tr[data-run="false"]')).toHaveCount(2);
  // axe on the finished lab (the page sweep in site.e2e.ts sees it before it hydrates).
  const axe = await new AxeBuilder({ page }).include('figure.widget[data-widget-id="ensemble"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
  await expect(figure.locator('.widget-speed')).toHaveText(/^[\d.]+ examples\/s$/);
  // No tensor leaks: once done, only the digit tensors (4) and the latest loss remain.
  await expect(lab).toHaveAttribute('data-tensors', '5');
  expect(problems).toEqual([]);
});

test('shows the digits\u2019 download in megabytes with a progress bar while TensorFlow.js loads, then the lab', async ({ page }) => {
  const release = await holdDigits(page);
  await page.goto(`${chapter}${light}`);
  const figure = page.locator('figure.widget[data-widget-id="ensemble"]');
  await figure.scrollIntoViewIfNeeded();
  const download = figure.getByRole('status').filter({ hasText: 'Loading 10,000 MNIST digits' });
  await expect(download).toContainText(/\d+\.\d MB/, { timeout: 60_000 });
  await expect(download.getByRole('progressbar')).toBeVisible();
  release();
  await expect(figure.locator('.ensemble-lab')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(download).toHaveCount(0);
});

test('parameter averaging compares the raw final weights with their EMA and Polyak mean', async ({ page }) => {
  const { figure } = await openLab(page, `${light}&ensemble.mode=averaging`);
  await expect(figure.getByRole('textbox', { name: 'Number of models K' })).toHaveCount(0);
  await figure.getByRole('button', { name: 'Play' }).click();
  await expect(figure.locator('.ensemble-lab')).toHaveAttribute('data-done', 'true', { timeout: 60_000 });
  await expect(figure.locator('.ensemble-table tbody th')).toHaveText(['raw final', 'EMA', 'Polyak']);
  await expect(figure.locator('.ensemble-compare-table tr[data-mode="averaging"] td')).toHaveText([/^\d/, /%.*raw weights/, /%.*(EMA|Polyak)/, '1']);
});

test('snapshot ensemble: K snapshots of one run, then their average, in Korean too', async ({ page }) => {
  const { figure, problems } = await openLab(page, `${light}&ensemble.mode=snapshots&ensemble.members=2`);
  await figure.getByRole('button', { name: 'Play' }).click();
  await expect(figure.locator('.ensemble-lab')).toHaveAttribute('data-done', 'true', { timeout: 90_000 });
  await expect(figure.locator('.ensemble-table tbody th')).toHaveText(['snapshot 1', 'snapshot 2', 'Ensemble of 2']);

  // The Korean chapter runs the same lab with its own words.
  await page.goto(`${chapter.replace('/en/', '/ko/')}${light}&ensemble.mode=snapshots&ensemble.members=2`);
  const ko = page.locator('figure.widget[data-widget-id="ensemble"]');
  await ko.scrollIntoViewIfNeeded();
  await expect(ko.locator('.ensemble-lab')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await ko.getByRole('button', { name: '재생' }).click();
  await expect(ko.locator('.ensemble-lab')).toHaveAttribute('data-done', 'true', { timeout: 90_000 });
  await expect(ko.locator('.ensemble-table tbody th')).toHaveText(['스냅샷 1', '스냅샷 2', '2개 앙상블']);
  await expect(ko.locator('.ensemble-compare-table caption')).toHaveText(/세 방식 비교/);
  await expect(ko.locator('.ensemble-compare-table tr[data-mode="snapshots"] td').nth(2)).toHaveText(/%.*모델 2개 앙상블/);
  expect(problems).toEqual([]);
});

test('fits a 360 px phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const { figure } = await openLab(page, `${light}&ensemble.members=2`);
  await figure.getByRole('button', { name: 'Play' }).click();
  await expect(figure.locator('.ensemble-lab')).toHaveAttribute('data-done', 'true', { timeout: 90_000 });
  const overflow = await figure.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
