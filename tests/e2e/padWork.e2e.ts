/**
 * The reader's work on the drawing pad is never lost by accident: renaming a class in the names
 * box (letter by letter, as a reader types) keeps its drawings and the selection; the classes and
 * drawings come back after a reload (IndexedDB); forgetting them is on purpose and can be undone;
 * and a browser without storage says so in the reader's language and keeps working in memory.
 * No tfjs training here: adding drawings needs only the pad.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { padCircle, stroke, widget, type PadPoint } from './drivers';

test.setTimeout(180_000);

const triangle: PadPoint[] = [[140, 50], [230, 210], [50, 210], [140, 50]];

/** Draws a circle and adds it to the selected class with the first button (its name varies). */
async function addOne(page: Page, figure: Locator, r: number) {
  await stroke(page, figure.locator('canvas.drawing-pad-canvas'), padCircle(140, 140, r));
  await figure.locator('.drawing-pad-buttons button').first().click();
}

test('drawing pad: renaming keeps drawings and selection, work survives a reload, forgetting can be undone', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/en/transfer-learning/');
  let figure = await widget(page, 'drawingPad');
  const pad = figure.locator('.drawing-pad');
  for (const name of ['circle', 'triangle', 'spiral']) {
    await figure.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
    await addOne(page, figure, 60);
    await stroke(page, figure.locator('canvas.drawing-pad-canvas'), triangle);
    await figure.locator('.drawing-pad-buttons button').first().click();
  }
  await expect(pad).toHaveAttribute('data-examples', '6');

  // Backspace "spiral" and type "square", one key at a time.
  const names = figure.getByRole('textbox', { name: 'Class names (comma-separated)' });
  await names.click();
  await names.press('End');
  for (let i = 0; i < 'spiral'.length; i++) await names.press('Backspace');
  await expect(names).toHaveValue('circle, triangle, ');
  // On the way the class is set aside with its drawings, not deleted.
  await expect(figure.locator('.drawing-pad-aside')).toContainText('its 2 drawings are kept');
  await expect(pad).toHaveAttribute('data-examples', '6');
  await names.pressSequentially('square');
  await expect(figure.getByRole('radio', { name: 'square (2 drawn)' })).toBeChecked();
  for (const name of ['circle', 'triangle']) await expect(figure.getByRole('radio', { name: `${name} (2 drawn)` })).toBeVisible();
  await expect(figure.locator('.drawing-pad-aside')).toHaveCount(0);
  await expect(figure.getByRole('button', { name: 'Add as “square”' })).toBeVisible();
  await expect(pad).toHaveAttribute('data-storage', 'saved');

  // A reload without the URL's settings finds the classes, the drawings and the selection.
  await page.goto('/en/transfer-learning/');
  figure = await widget(page, 'drawingPad');
  await expect(figure.getByRole('textbox', { name: 'Class names (comma-separated)' })).toHaveValue('circle, triangle, square');
  await expect(figure.getByRole('radio', { name: 'square (2 drawn)' })).toBeChecked();
  await expect(figure.getByText('6 drawings from your last visit restored.')).toBeVisible();

  // Forgetting is on purpose, and can be undone.
  await figure.getByRole('button', { name: 'Forget all drawings' }).click();
  await expect(figure.getByRole('radio', { name: 'square (0 drawn)' })).toBeVisible();
  await expect(figure.getByText('Forgot 6 drawings.')).toBeVisible();
  // "6 drawings from your last visit restored." beside "Forgot 6 drawings." said both at once.
  await expect(figure.getByText(/from your last visit restored/)).toHaveCount(0);
  await figure.getByRole('button', { name: 'Undo' }).click();
  await expect(figure.getByRole('radio', { name: 'square (2 drawn)' })).toBeVisible();
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-examples', '6');

  // Deleting a set-aside class is on purpose too, with undo.
  const box = figure.getByRole('textbox', { name: 'Class names (comma-separated)' });
  await box.fill('circle, square');
  await figure.getByRole('button', { name: 'Delete “triangle” and its drawings' }).click();
  await expect(figure.getByText('Deleted “triangle” and its 2 drawings.')).toBeVisible();
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-examples', '4');
  await figure.getByRole('button', { name: 'Undo' }).click();
  await expect(figure.locator('.drawing-pad-aside')).toContainText('“triangle” is out of the list');

  // Forgotten for good: a reload brings nothing back.
  await figure.getByRole('button', { name: 'Forget all drawings' }).click();
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-examples', '0');
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-storage', 'saved');
  await page.waitForTimeout(300);
  await page.goto('/en/transfer-learning/');
  figure = await widget(page, 'drawingPad');
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-storage', 'saved');
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-examples', '0');
  await expect(figure.getByText(/from your last visit restored/)).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('drawing pad: without IndexedDB it says so (in Korean on the Korean page) and keeps working', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto('/ko/transfer-learning/');
  const figure = await widget(page, 'drawingPad');
  await expect(figure.getByText(/이 브라우저에서는 그림을 보관할 수 없습니다/)).toBeVisible();
  await addOne(page, figure, 70);
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-examples', '1');
  await expect(figure.getByRole('radio', { name: '동그라미 (1개)' })).toBeChecked();
  expect(problems).toEqual([]);
});

test('drawing pad: a full storage is named, and the drawings stay on the page', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/en/transfer-learning/');
  const figure = await widget(page, 'drawingPad');
  await addOne(page, figure, 70);
  await expect(figure.getByText(/The browser’s storage is full, so your latest drawings are not saved/)).toBeVisible();
  await addOne(page, figure, 50);
  await expect(figure.getByRole('radio', { name: 'circle (2 drawn)' })).toBeChecked();
  expect(problems).toEqual([]);
});

test('drawing pad: the trained head survives a reload (same prediction, no training), goes stale when the drawings change, and can be forgotten', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/en/transfer-learning/');
  let figure = await widget(page, 'drawingPad');
  for (const [name, shape] of [['circle', padCircle(140, 140, 80)], ['triangle', triangle], ['spiral', padCircle(140, 140, 30)]] as const) {
    await figure.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
    await stroke(page, figure.locator('canvas.drawing-pad-canvas'), shape);
    await figure.locator('.drawing-pad-buttons button').first().click();
  }
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-storage', 'saved');
  await figure.getByRole('button', { name: 'Train the new head' }).click({ timeout: 60_000 });
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-head', 'fresh', { timeout: 60_000 });
  /** Draws the test circle and reads the class probabilities the pad shows for it. */
  const predictCircle = async () => {
    await stroke(page, figure.locator('canvas.drawing-pad-canvas'), padCircle(150, 130, 70));
    const meters = figure.locator('.drawing-pad-probs meter');
    await expect(meters).toHaveCount(3);
    return meters.evaluateAll((all) => all.map((m) => (m as HTMLMeterElement).value));
  };
  const before = await predictCircle();

  await page.reload();
  figure = await widget(page, 'drawingPad');
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-head', 'fresh', { timeout: 60_000 });
  await expect(figure.getByText(/The head you trained on your last visit is back/)).toBeVisible();
  const after = await predictCircle();
  after.forEach((p, c) => expect(p).toBeCloseTo(before[c], 5));

  // A new drawing makes the head stale (said, no prediction); deleting it makes it fit again.
  await figure.locator('.drawing-pad-buttons button').first().click();
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-head', 'stale');
  await expect(figure.getByText(/Your drawings changed since the head was trained/)).toBeVisible();
  await expect(figure.locator('.drawing-pad-probs')).toHaveCount(0);
  await figure.getByRole('button', { name: /^Delete drawing 2 of “/ }).click();
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-head', 'fresh');

  // Forgotten on purpose, it stays forgotten after a reload; the drawings stay.
  await figure.getByRole('button', { name: 'Forget the trained head' }).click();
  await expect(figure.getByText('The trained head is forgotten (your drawings are kept).')).toBeVisible();
  await page.reload();
  figure = await widget(page, 'drawingPad');
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-storage', 'saved');
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-head', 'none');
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-examples', '3');
  expect(problems).toEqual([]);
});
