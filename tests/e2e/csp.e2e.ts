/**
 * The Content-Security-Policy on the built site. Every page carries the policy and no inline
 * handler; each feature that loads code (Pagefind and its wasm, every English widget's island,
 * tfjs on the wasm backend, the reader's own photo as a blob: image) runs once with a
 * `securitypolicyviolation` listener in place: no violation, no console error. That every page
 * loads, and every widget of both languages hydrates, with no violation is checked on the visits
 * site.e2e.ts and url-hostile.e2e.ts make anyway (recordPolicyViolations in drivers.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtPages, distDir } from './pages';
import { recordPolicyViolations, SMALL_RUNS, stroke, widget } from './drivers';

const pages = builtPages();

test.use({ reducedMotion: 'reduce' });

/** Starts recording violations and console errors before any page script runs. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  const violations = await recordPolicyViolations(page);
  return async () => [...errors, ...(await violations())];
}

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];

test('every built page has the policy, ahead of its scripts, and no inline handler', () => {
  for (const path of pages) {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const policy = policyOf(html);
    expect(policy, `${path} has no policy`).toBeTruthy();
    expect(html.indexOf('http-equiv="content-security-policy"'), path).toBeLessThan(html.indexOf('<script'));
    const directives = new Map(policy!.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    const scripts = directives.get('script-src')!;
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).not.toContain("'unsafe-eval'");
    expect(directives.get('object-src'), path).toEqual(["'none'"]);
    // Each inline script is allowed by its own hash, and nothing else is inline.
    for (const [, attrs, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attrs)) continue;
      expect(scripts, `${path}: ${code.slice(0, 60)}`).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    }
    const handlers = [...html.matchAll(/<[a-zA-Z][^>]*\s(on[a-z]+)\s*=[^>]*>/g)].map((m) => m[0].slice(0, 80));
    expect(handlers, path).toEqual([]);
  }
});

// Every page loading with no violation is checked where the pages are loaded anyway: each page in
// site.e2e.ts ("loads cleanly"), and every widget of every chapter hydrated, in both languages,
// in url-hostile.e2e.ts; the chapter tests below run every English widget under the policy.

test('search: Pagefind loads, runs its wasm and finds results', async ({ page }) => {
  const problems = await watchPolicy(page);
  await page.goto('/en/search/');
  await page.locator('.pagefind-ui__search-input').fill('momentum');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 30_000 });
  expect(await problems()).toEqual([]);
});

/** Puts tfjs on the wasm backend through the widget's badge, so the wasm binary runs under the policy. */
async function onWasm(figure: Locator) {
  const badge = figure.locator('.widget-backend');
  await expect(badge).toHaveAttribute('data-backend', /\w/, { timeout: 90_000 });
  await badge.locator('select').selectOption('wasm');
  await expect(badge).toHaveAttribute('data-backend', 'wasm');
}

test('optimization: the races and the schedule explorer run a step on wasm, and the quadratic lab hydrates', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await watchPolicy(page);
  await page.goto(`/en/optimization/?${SMALL_RUNS.optimization}`);
  const race = await widget(page, 'race');
  await expect(race.locator('.race')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await onWasm(race);
  await race.getByRole('button', { name: 'Step' }).click();
  await expect(race.locator('.race-step')).toHaveText('Step 1');
  const network = await widget(page, 'network');
  await expect(network.locator('.network-race')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await network.getByRole('button', { name: 'Step' }).click();
  await expect(network.locator('.network-progress')).toHaveText('Step 1 of 300', { timeout: 30_000 });
  const schedule = await widget(page, 'schedule');
  await expect(schedule.locator('.schedule-chart svg')).toBeVisible();
  await widget(page, 'lab');
  expect(await problems()).toEqual([]);
});

test('regularization: dropout, the photo gallery (with the reader’s own image) and both experiments', async ({ page }) => {
  test.setTimeout(300_000);
  const problems = await watchPolicy(page);
  await page.goto(`/en/regularization/?${SMALL_RUNS.regularization}`);
  const dropout = await widget(page, 'dropout');
  await dropout.getByRole('button', { name: 'Step' }).click();
  await expect(dropout.locator('.dropout-visualiser')).toHaveAttribute('data-pass', '2');
  const experiment = await widget(page, 'dropoutExperiment');
  await expect(experiment.getByRole('button', { name: 'Play' })).toBeEnabled({ timeout: 90_000 });
  await onWasm(experiment);
  await experiment.getByRole('button', { name: 'Play' }).click();
  await expect(experiment.locator('.dropout-experiment')).toHaveAttribute('data-evaluations', /^[1-9]/, { timeout: 90_000 });
  await experiment.getByRole('button', { name: 'Pause' }).click();

  const gallery = await widget(page, 'augment');
  await expect(gallery.locator('.augment-gallery')).toHaveAttribute('data-drawn', '16', { timeout: 90_000 });
  const png = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 40;
    canvas.height = 30;
    canvas.getContext('2d')!.fillRect(5, 5, 15, 10);
    return canvas.toDataURL('image/png').split(',')[1];
  });
  await gallery.getByLabel('Or use your own image').setInputFiles({ name: 'mine.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
  await expect(gallery.locator('.augment-label').first()).toHaveText('mine', { timeout: 30_000 });

  const augment = await widget(page, 'augmentExperiment');
  await expect(augment.getByRole('button', { name: 'Play' })).toBeEnabled({ timeout: 90_000 });
  await augment.getByRole('button', { name: 'Play' }).click();
  await expect(augment.locator('.augment-experiment')).toHaveAttribute('data-evaluations', /^[1-9]/, { timeout: 150_000 });
  await augment.getByRole('button', { name: 'Pause' }).click();
  expect(await problems()).toEqual([]);
});

test('ensembles: the lab trains a small ensemble to its result on wasm', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await watchPolicy(page);
  await page.goto('/en/ensembles/?ensemble.steps=50&ensemble.trainCount=500&ensemble.hidden=16&ensemble.members=2');
  const lab = await widget(page, 'ensemble');
  await expect(lab.locator('.ensemble-lab')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await onWasm(lab);
  await lab.getByRole('button', { name: 'Play' }).click();
  await expect(lab.locator('.ensemble-lab')).toHaveAttribute('data-done', 'true', { timeout: 120_000 });
  expect(await problems()).toEqual([]);
});

test('transfer learning: the pretrained model loads; pad, table, lab and projection give a first result, and the layer viewer hydrates', async ({ page }) => {
  test.setTimeout(300_000);
  const problems = await watchPolicy(page);
  await page.goto('/en/transfer-learning/?transferLab.heldOut=100&featureProjection.count=200');
  const table = await widget(page, 'strategyTable');
  await table.locator('[data-cell="much-different"]').click();
  const lab = await widget(page, 'transferLab');
  const run = lab.getByRole('button', { name: /Train all three/ });
  await expect(run).toBeEnabled({ timeout: 90_000 });
  await onWasm(lab);
  await run.click();
  await expect(lab.locator('.transfer-lab')).toHaveAttribute('data-finals', /^[1-3]$/, { timeout: 200_000 });

  const pad = await widget(page, 'drawingPad');
  const canvas = pad.getByRole('img', { name: /Drawing pad/ });
  await expect(pad.getByRole('button', { name: 'Train the new head' })).toBeVisible({ timeout: 60_000 });
  await stroke(page, canvas, [[84, 84], [140, 140], [196, 196]]);
  await pad.getByRole('button', { name: /^Add as/ }).click();

  const projection = await widget(page, 'featureProjection');
  await expect(projection.locator('[data-nc="pretrained"]')).toHaveText(/\d+\.\d %/, { timeout: 90_000 });
  await widget(page, 'layerViewer');
  expect(await problems()).toEqual([]);
});
