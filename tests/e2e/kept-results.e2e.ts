/**
 * Results a reader produced stay until the reader clears them: a finished training run survives
 * a backend switch (with a note saying so, until Play, Step or Reset), and the transfer lab's
 * accuracy-against-N keeps every finished run, a rerun at the same N adding points beside the
 * earlier ones, through a backend switch, until Clear results.
 */
import type { Locator } from '@playwright/test';
import { widget } from './drivers';
import { expect, test } from './fixtures';

test.setTimeout(300_000);
const SLOW = { timeout: 200_000 };

/** Switches `figure`'s badge to a backend other than the current one and returns both names. */
async function switchBackend(figure: Locator): Promise<{ from: string; to: string }> {
  const badge = figure.locator('.widget-backend');
  await expect(badge).toHaveAttribute('data-backend', /\w/, SLOW);
  const from = (await badge.getAttribute('data-backend'))!;
  const options = await badge.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
  const to = options.find((o) => o !== from);
  expect(to, `another backend than ${from} among ${options}`).toBeTruthy();
  await badge.locator('select').selectOption(to!);
  await expect(badge).toHaveAttribute('data-backend', to!, SLOW);
  return { from, to: to! };
}

test('a finished run stays on screen through a backend switch, with a note, until Reset', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/en/regularization/?augmentExperiment.steps=50&augmentExperiment.model=mlp');
  const figure = await widget(page, 'augmentExperiment');
  const run = figure.locator('.augment-experiment');
  const play = figure.getByRole('button', { name: 'Play' });
  await expect(play).toBeEnabled(SLOW);
  await play.click();
  await expect(run).toHaveAttribute('data-done', 'true', SLOW);
  await expect(run).toHaveAttribute('data-step', '50');
  const results = await figure.locator('[data-copy]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-held-out')));

  const { from, to } = await switchBackend(figure);
  // The run trained on the old backend is still what the widget shows, and it says so.
  await expect(figure.getByRole('status').filter({ hasText: 'Still showing the run you trained on' })).toHaveText(
    `Still showing the run you trained on ${from}. Play, Step or Reset start a new run on ${to}.`,
  );
  await page.waitForTimeout(500);
  await expect(run).toHaveAttribute('data-done', 'true');
  await expect(run).toHaveAttribute('data-step', '50');
  expect(await figure.locator('[data-copy]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-held-out')))).toEqual(results);

  // Reset is the reader's choice: the fresh run on the new backend replaces it, and the note goes.
  await figure.getByRole('button', { name: 'Reset' }).click();
  await expect(run).toHaveAttribute('data-step', '0');
  await expect(figure.locator('.widget-kept-run')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('transfer lab: a rerun at the same N adds its points, they survive a backend switch, Clear removes them', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/ko/transfer-learning/?transferLab.heldOut=100');
  const lab = await widget(page, 'transferLab');
  const state = lab.locator('.transfer-lab');
  const train = lab.getByRole('button', { name: '세 가지 모두 학습' });
  await expect(train).toBeEnabled(SLOW);
  await train.click();
  await expect(state).toHaveAttribute('data-status', 'done', SLOW);
  await expect(state).toHaveAttribute('data-finals', '3');
  await train.click();
  await expect(state).toHaveAttribute('data-status', 'running');
  await expect(state).toHaveAttribute('data-status', 'done', SLOW);
  // Both runs at N = 1 are kept: six points, two per strategy, counted in the reader's language.
  await expect(state).toHaveAttribute('data-finals', '6');
  await expect(lab.locator('.transfer-against-n')).toHaveAttribute('data-runs', '2');
  await expect(lab.getByText('마친 실행 2개를 보여 줍니다')).toBeVisible();
  await expect(lab.locator('.transfer-against-n svg circle')).toHaveCount(6);

  await switchBackend(lab);
  await page.waitForTimeout(500);
  await expect(state).toHaveAttribute('data-finals', '6');

  await lab.getByRole('button', { name: '결과 지우기' }).click();
  await expect(state).toHaveAttribute('data-finals', '0');
  await expect(lab.getByRole('button', { name: '결과 지우기' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test.describe('optimizer race (kit/useSteppedRun)', () => {
  // Reduced motion: the race waits for the reader instead of starting by itself.
  test.use({ reducedMotion: 'reduce' });

  test('a stepped race stays on screen through a backend switch, with a Korean note, until Step starts anew', async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto('/ko/optimization/');
    const figure = page.locator('figure.widget[data-widget-id="race"]');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.race')).toHaveAttribute('data-ready', 'true', SLOW);
    const counter = figure.locator('.race-step');
    const step = figure.getByRole('button', { name: '한 스텝' });
    for (const n of [1, 2, 3]) {
      await step.click();
      await expect(counter).toHaveText(`스텝 ${n}`);
    }

    const { from, to } = await switchBackend(figure);
    await expect(figure.locator('.widget-kept-run')).toHaveText(
      `${from}에서 학습한 결과를 그대로 보여 주고 있습니다. 재생, 한 스텝, 처음으로를 누르면 ${to}에서 새로 학습합니다.`,
    );
    await page.waitForTimeout(500);
    await expect(counter).toHaveText('스텝 3');

    // Step is the reader's choice: the race on the new backend takes its first step, and the note goes.
    await step.click();
    await expect(counter).toHaveText('스텝 1');
    await expect(figure.locator('.widget-kept-run')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});
