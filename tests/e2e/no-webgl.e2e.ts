/**
 * Every widget on every chapter in a browser without WebGL (a blocked GPU, an old machine, a
 * locked-down office browser): Chromium started with --disable-webgl --disable-3d-apis. Each
 * widget still runs one step or its first result on wasm or cpu, its badge says so, the switch
 * does not offer webgl, and nothing lands in the console as an error or escapes as a page error.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { SMALL_RUNS, widget } from './drivers';

test.use({
  reducedMotion: 'reduce',
  launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'] },
});
test.setTimeout(240_000);

const SLOW = { timeout: 120_000 };

/** Opens `path`, collecting console errors and page errors; checks that WebGL is really off. */
async function open(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(path);
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl'))).toBeNull();
  return problems;
}

/** The badge names wasm or cpu and its switch offers no webgl. */
async function expectCpuBadge(figure: Locator) {
  const badge = figure.locator('.widget-backend');
  await expect(badge).toHaveAttribute('data-backend', /^(wasm|cpu)$/, SLOW);
  const offered = await badge.locator('option').allTextContents();
  expect(offered).not.toContain('webgl');
  expect(offered.length).toBeGreaterThan(0);
}

/** Presses Step once and waits for `attr` on `run` to read 1. */
async function stepOnce(figure: Locator, run: Locator, attr = 'data-step') {
  const step = figure.getByRole('button', { name: /^(Step|한 스텝)$/ });
  await expect(step).toBeEnabled(SLOW);
  await step.click();
  await expect(run).toHaveAttribute(attr, '1', SLOW);
}

test('optimization: the optimizer race, the network race and the schedule explorer', async ({ page }) => {
  const problems = await open(page, `/en/optimization/?${SMALL_RUNS.optimization}`);
  const race = await widget(page, 'race', SLOW.timeout);
  await expect(race.locator('.race')).toHaveAttribute('data-ready', 'true', SLOW);
  await race.getByRole('button', { name: 'Step' }).click();
  await expect(race.locator('.race-step')).toHaveText('Step 1');
  await expectCpuBadge(race);

  const network = await widget(page, 'network', SLOW.timeout);
  await expect(network.locator('.network-race')).toHaveAttribute('data-ready', 'true', SLOW);
  await stepOnce(network, network.locator('.network-race'));
  await expectCpuBadge(network);

  const schedule = await widget(page, 'schedule', SLOW.timeout);
  await expect(schedule.locator('.schedule-chart svg')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-tf-backend', /^(wasm|cpu)$/);
  expect(problems).toEqual([]);
});

test('ensembles: the ensemble lab trains a step', async ({ page }) => {
  const problems = await open(page, `/en/ensembles/?${SMALL_RUNS.ensembles}`);
  const lab = await widget(page, 'ensemble', SLOW.timeout);
  await expect(lab.locator('.ensemble-lab')).toHaveAttribute('data-ready', 'true', SLOW);
  await stepOnce(lab, lab.locator('.ensemble-lab'));
  await expectCpuBadge(lab);
  expect(problems).toEqual([]);
});

test('regularization: dropout visualiser and experiment, augmentation gallery and experiment', async ({ page }) => {
  const problems = await open(page, `/en/regularization/?${SMALL_RUNS.regularization}`);
  const visualiser = await widget(page, 'dropout', SLOW.timeout);
  await expect(visualiser.locator('.dropout-visualiser')).toHaveAttribute('data-pass', '1', SLOW);
  await visualiser.getByRole('button', { name: 'Step' }).click();
  await expect(visualiser.locator('.dropout-visualiser')).toHaveAttribute('data-pass', '2');

  const dropout = await widget(page, 'dropoutExperiment', SLOW.timeout);
  await stepOnce(dropout, dropout.locator('.dropout-experiment'));
  await expectCpuBadge(dropout);

  const gallery = await widget(page, 'augment', SLOW.timeout);
  await expect(gallery.locator('.augment-gallery')).toHaveAttribute('data-drawn', '16', SLOW);
  await expectCpuBadge(gallery);

  const augment = await widget(page, 'augmentExperiment', SLOW.timeout);
  await stepOnce(augment, augment.locator('.augment-experiment'));
  await expectCpuBadge(augment);
  expect(problems).toEqual([]);
});

test('transfer learning: strategy table, lab, projection and drawing pad', async ({ page }) => {
  const problems = await open(page, `/en/transfer-learning/?${SMALL_RUNS.transfer}`);
  const table = await widget(page, 'strategyTable', SLOW.timeout);
  await table.locator('[data-cell="much-different"]').click();
  await expect(table.locator('[data-cell="much-different"]')).toHaveAttribute('aria-pressed', 'true');

  const lab = await widget(page, 'transferLab', SLOW.timeout);
  const train = lab.getByRole('button', { name: /Train all three/ });
  await expect(train).toBeEnabled(SLOW);
  await train.click();
  // The first result: head-only training (fast on every backend) reports held-out accuracy.
  await expect(lab.locator('tr[data-strategy="head"] .transfer-held')).toHaveText(/\d+\.\d %/, SLOW);
  await expectCpuBadge(lab);

  const projection = await widget(page, 'featureProjection', SLOW.timeout);
  await expect(projection.locator('[data-nc="pretrained"]')).toHaveText(/\d+\.\d %/, SLOW);

  const pad = await widget(page, 'drawingPad', SLOW.timeout);
  await expect(pad.getByRole('button', { name: 'Train the new head' })).toBeVisible(SLOW);
  // The pad's head trains in the engine worker, which follows the page: no webgl there either.
  await expect(page.locator('html')).toHaveAttribute('data-engine-backend', /^(wasm|cpu)$/);
  expect(problems).toEqual([]);
});

test('a Korean chapter: the race steps on wasm or cpu, with a Korean badge', async ({ page }) => {
  const problems = await open(page, '/ko/optimization/');
  const race = await widget(page, 'race', SLOW.timeout);
  await expect(race.locator('.race')).toHaveAttribute('data-ready', 'true', SLOW);
  await race.getByRole('button', { name: '한 스텝' }).click();
  await expect(race.locator('.race-step')).toHaveText(/\D1$/);
  await expectCpuBadge(race);
  await expect(race.getByRole('combobox', { name: '백엔드' })).toBeVisible();
  expect(problems).toEqual([]);
});
