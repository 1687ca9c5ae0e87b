/**
 * The dropout widgets on the built regularization chapter: the drop probability (the widget's
 * slider and the inline number in the prose, one store) changes the drawn mask; a step draws a
 * new pass and the sub-network counter follows; the experiment runs to its first measurement.
 * Light on purpose: a few passes and one evaluation, so it stays quick on SwiftShader.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const chapter = '/en/regularization/';
const pLabel = 'Drop probability p (chance a unit is switched off)';

/** Scrolls widget `id` into view and waits until its island has hydrated. */
async function openWidget(page: Page, id: string): Promise<Locator> {
  const figure = page.locator(`figure.widget[data-widget-id="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  return figure;
}

test('the drop probability, from the slider or the prose, redraws the mask; Step adds a pass', async ({ page }) => {
  await page.goto(chapter);
  const figure = await openWidget(page, 'dropout');
  const diagram = figure.locator('.dropout-diagram').first();
  await expect(diagram.locator('svg')).toBeVisible();
  const counter = figure.locator('.dropout-counter');
  await expect(counter).toHaveText(/1 distinct of 2¹² = 4,096 possible/);
  const firstMask = await diagram.getAttribute('data-mask');
  expect(firstMask).toMatch(/^[01]{6}\|[01]{6}$/);

  // The inline number in the prose drives the same store: End jumps to p = 0.9.
  const inline = page.locator('.chapter-body').getByRole('spinbutton', { name: pLabel }).first();
  await inline.focus();
  await inline.press('End');
  await expect(inline).toHaveText('0.9');
  await expect(figure.getByRole('textbox', { name: pLabel })).toHaveValue('0.9');
  await expect(diagram).not.toHaveAttribute('data-mask', firstMask!);
  const dropped = async () => ((await diagram.getAttribute('data-mask')) ?? '').split('').filter((c) => c === '0').length;
  const droppedAtHighP = await dropped();

  // The widget's slider moves the prose number back; a smaller p drops fewer units (same seed).
  const slider = figure.getByRole('slider', { name: pLabel });
  await slider.fill('0.2');
  await expect(inline).toHaveText('0.2');
  await expect.poll(dropped).toBeLessThan(droppedAtHighP);
  await expect(figure.locator('.dropout-visualiser')).toHaveAttribute('data-pass', '1');

  // Step draws a fresh mask; the counter counts the sub-networks seen.
  const before = await diagram.getAttribute('data-mask');
  await figure.getByRole('button', { name: 'Step' }).click();
  await expect(figure.locator('.dropout-visualiser')).toHaveAttribute('data-pass', '2');
  await expect(counter).toHaveText(/2 distinct of 2¹²/);
  expect(await diagram.getAttribute('data-mask')).not.toBe(before);
  await expect(figure.locator('.dropout-unit-table tbody tr')).toHaveCount(2);
});

test('the dropout experiment runs to its first measurement', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(chapter);
  const figure = await openWidget(page, 'dropoutExperiment');
  // Input dropout (as in the original paper) is offered behind "More settings", off by default.
  await expect(figure.locator('[data-param="inputDropProbability"]')).toHaveCount(1);
  await expect(figure.locator('.dropout-fair')).not.toContainText('input pixel');
  const play = figure.getByRole('button', { name: 'Play' });
  // TensorFlow.js, the backend probe and 1.6 MB of digits come first.
  await expect(play).toBeEnabled({ timeout: 90_000 });
  await play.click();
  const run = figure.locator('.dropout-experiment');
  await expect(run).toHaveAttribute('data-evaluations', /^([2-9]|\d\d+)$/, { timeout: 90_000 });
  await figure.getByRole('button', { name: 'Pause' }).click();
  await expect(figure.locator('.dropout-gaps tbody tr')).toHaveCount(2);
  await expect(figure.locator('.dropout-summary')).toHaveText(/Without dropout: training \d+\.\d%, held-out \d+\.\d%, gap/);
  await expect(figure.locator('.dropout-curves svg')).toBeVisible();
  // Tensors stay flat: once the copies' weights, optimizer states and the data exist, more
  // steps of both copies leave the count as it was.
  const tensorsAt = async (steps: number) => {
    const from = Number(await run.getAttribute('data-step'));
    for (let i = 0; i < steps; i++) await figure.getByRole('button', { name: 'Step' }).click();
    await expect(run).toHaveAttribute('data-step', String(from + steps));
    return Number(await run.getAttribute('data-tensors'));
  };
  // The count is the engine worker's, which the page's other widgets share (the augmentation
  // widgets below build their own when they appear): so five more steps must come back to the
  // count before them at least once. A leak of a tensor a step never does.
  let before = await tensorsAt(1);
  expect(before).toBeGreaterThan(0);
  await expect
    .poll(async () => {
      const now = await tensorsAt(5);
      const flat = now === before;
      before = now;
      return flat;
    }, { message: 'tensors after five more steps', timeout: 30_000 })
    .toBe(true);
});
