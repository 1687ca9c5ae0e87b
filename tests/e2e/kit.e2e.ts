/**
 * The widget kit on the built site, through the ScheduleExplorer on the optimization chapter:
 * controls redraw the chart, the inline <Param> and the widget share one store, bad URL values
 * are reported and replaced by defaults, and a copied link restores what the reader set.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const chapter = '/en/optimization/';

/** Scrolls the explorer into view and waits until its island has hydrated and drawn. */
async function openExplorer(page: Page, url = chapter) {
  await page.goto(url);
  const figure = page.locator('figure.widget[data-widget-id="schedule"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(figure.locator('.schedule-chart svg')).toBeVisible();
  return figure;
}

test('moving a slider redraws the chart and its description', async ({ page }) => {
  const figure = await openExplorer(page);
  const chart = figure.locator('.schedule-chart');
  const svg = () => chart.locator('svg').innerHTML();
  const before = { svg: await svg(), summary: await chart.getAttribute('aria-label') };

  // The base rate rescales the curve: the axis and the description change.
  const base = figure.getByRole('slider', { name: 'Base learning rate', exact: true });
  await base.focus();
  await base.press('Home');
  await expect(figure.getByRole('textbox', { name: 'Base learning rate', exact: true })).toHaveValue('1e-4');
  await expect(chart).toHaveAttribute('aria-label', /starts at 0\.0001 /);
  expect(await svg()).not.toBe(before.svg);

  // The drop factor changes the shape of the line itself.
  const line = () => chart.locator('svg [aria-label="line"] path').getAttribute('d');
  const shape = await line();
  const factor = figure.getByRole('slider', { name: 'drop factor', exact: true });
  await factor.focus();
  await factor.press('End');
  await expect(figure.getByRole('textbox', { name: 'drop factor', exact: true })).toHaveValue('1');
  await expect.poll(line).not.toBe(shape);
});

test('the inline number in the prose and the widget control move together', async ({ page }) => {
  const figure = await openExplorer(page);
  const inline = page.locator('.chapter-body').getByRole('spinbutton', { name: 'Base learning rate', exact: true });
  const box = figure.getByRole('textbox', { name: 'Base learning rate', exact: true });
  await expect(inline).toHaveText('0.1');

  await inline.focus();
  await inline.press('ArrowUp'); // log parameter: × 10^0.1, two significant digits
  await expect(inline).toHaveAttribute('aria-valuenow', '0.13');
  await expect(box).toHaveValue('0.13');

  await inline.press('Enter');
  const typing = page.locator('.chapter-body .param-input');
  await typing.fill('5');
  await typing.press('Enter');
  await expect(page.locator('.param-problem')).toHaveText('Enter a number from 1e-4 to 1');
  await typing.fill('0.02');
  await typing.press('Enter');
  await expect(inline).toHaveText('0.02');
  await expect(box).toHaveValue('0.02');

  await box.fill('0.5');
  await expect(inline).toHaveText('0.5');
  // Typing key by key: the box keeps exactly what was typed while the value follows it.
  await box.fill('');
  await box.pressSequentially('0.123');
  await expect(box).toHaveValue('0.123');
  // The prose shows the value the widget uses (0.123), not a rounding of it.
  await expect(inline).toHaveText('0.123');
  await box.fill('7');
  await expect(figure.locator('.widget-control-problem')).toBeVisible();
  await expect(inline).toHaveText('0.123'); // the last good value stays
});

test('a bad URL value is reported and replaced by the default', async ({ page }) => {
  const figure = await openExplorer(page, `${chapter}?schedule.base=abc&schedule.total=200`);
  await expect(figure.getByRole('status').filter({ hasText: 'Ignored' })).toHaveText(
    /Ignored schedule\.base=abc: expected a number from 1e-4 to 1/,
  );
  await expect(figure.getByRole('textbox', { name: 'Base learning rate', exact: true })).toHaveValue('0.1');
  await expect(figure.getByRole('textbox', { name: 'Total steps', exact: true })).toHaveValue('200');
});

test('URL values applied before hydration reach every control', async ({ page }) => {
  // The inline number's script applies the URL as soon as the page loads, long before the
  // widget hydrates; the hydrated controls must still show those values, not the server's.
  const figure = await openExplorer(page, `${chapter}?schedule.schedule=cosine&schedule.floorFraction=0.25&schedule.total=500`);
  await expect(figure.getByRole('combobox', { name: 'Schedule', exact: true })).toHaveValue('cosine');
  await expect(figure.getByRole('textbox', { name: 'final rate / base rate', exact: true })).toHaveValue('0.25');
  await expect(figure.getByRole('textbox', { name: 'Total steps', exact: true })).toHaveValue('500');
  await expect(figure.getByRole('slider', { name: 'Total steps', exact: true })).toHaveValue('500');
  await expect(figure.locator('.schedule-chart')).toHaveAttribute('aria-label', /after 500 steps/);
});

test('a copied link restores the values', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const figure = await openExplorer(page);
  await figure.getByRole('combobox', { name: 'Schedule', exact: true }).selectOption('cosine');
  await figure.getByRole('textbox', { name: 'Base learning rate', exact: true }).fill('0.03');
  await figure.getByRole('textbox', { name: 'final rate / base rate', exact: true }).fill('0.2');
  await figure.getByRole('button', { name: 'Copy link' }).click();
  await expect(figure.getByText('Copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('schedule.schedule=cosine');

  const fresh = await context.newPage();
  const restored = await openExplorer(fresh, link);
  await expect(restored.getByRole('combobox', { name: 'Schedule', exact: true })).toHaveValue('cosine');
  await expect(restored.getByRole('textbox', { name: 'Base learning rate', exact: true })).toHaveValue('0.03');
  await expect(restored.getByRole('textbox', { name: 'final rate / base rate', exact: true })).toHaveValue('0.2');
  await expect(fresh.locator('.chapter-body').getByRole('spinbutton', { name: 'Base learning rate', exact: true })).toHaveText('0.03');

  await restored.getByRole('button', { name: 'Restore defaults' }).click();
  await expect(restored.getByRole('combobox', { name: 'Schedule', exact: true })).toHaveValue('step');
  await expect.poll(() => fresh.evaluate(() => location.search)).toBe('');
});
