/**
 * The NetworkRace on the built optimization chapter. Headless Chromium here has only software
 * WebGL (tfjs picks wasm or cpu), so the tests race three optimizers for a few dozen steps on the
 * smallest training set, and wait generously. Controls are found by role and label.
 */
import type { Locator, Page } from '@playwright/test';
import { holdDigits } from './drivers';
import { expect, test } from './fixtures';

const chapter = process.env.NETWORK_E2E_CHAPTER ?? '/en/optimization/';
/** Three racers, 500 digits: light enough for a CPU backend, still every part of the widget. */
const light = '?network.runMomentum=false&network.runNesterov=false&network.runAdagrad=false&network.trainCount=500';

test.use({ reducedMotion: 'reduce' });
test.setTimeout(150_000);

/** Opens the chapter with `query`, scrolls to the network race and waits until it can run. */
async function openNetwork(page: Page, query = light) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${chapter}${query}`);
  const figure = page.locator('figure.widget[data-widget-id="network"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.network-race')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  return { figure, problems };
}

const stepOf = async (figure: Locator) => Number(await figure.locator('.network-race').getAttribute('data-step'));
const schedulePath = (figure: Locator) => figure.locator('.network-chart-schedule svg g[aria-label="line"] path').first().getAttribute('d');

test('loads the digits, steps, plays, and shows accuracy for every racer and the examples/s meter', async ({ page }) => {
  const { figure, problems } = await openNetwork(page);
  await expect(figure.getByText(/same initial weights \(seed 7\)/)).toBeVisible();
  await expect(figure.locator('.network-progress')).toHaveText('Step 0 of 300');
  // Before the first evaluation after the start: a line, not an empty 0–100 % axis.
  const noAccuracy = figure.locator('.network-chart-accuracy .network-accuracy-empty');
  await expect(noAccuracy).toHaveText(/^No accuracy measured yet: press Play or Step/);
  await expect(figure.locator('.network-chart-accuracy svg')).toHaveCount(0);
  await figure.getByRole('button', { name: 'Step' }).click();
  await expect(figure.locator('.network-progress')).toHaveText('Step 1 of 300');

  await figure.getByRole('button', { name: 'Play' }).click();
  // Held-out accuracy is measured every 25 steps.
  await expect.poll(() => stepOf(figure), { timeout: 90_000 }).toBeGreaterThanOrEqual(26);
  const tensors = Number(await figure.locator('.network-race').getAttribute('data-tensors'));
  await expect.poll(() => stepOf(figure), { timeout: 60_000 }).toBeGreaterThanOrEqual(32);
  // No tensor leaks while the race runs.
  expect(Number(await figure.locator('.network-race').getAttribute('data-tensors'))).toBe(tensors);
  await figure.getByRole('button', { name: 'Pause' }).click();

  const rows = figure.locator('.network-standings tbody tr');
  await expect(rows).toHaveCount(3);
  // The Pause click can land a few frames after step 32 on a fast machine (step 75 was seen):
  // the measurement is the latest multiple of 25 the racer has reached, whichever that is.
  const pausedAt = await stepOf(figure);
  for (const name of ['SGD', 'RMSProp', 'Adam']) {
    const row = rows.filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    const cell = row.locator('.network-accuracy');
    await expect(cell).toHaveText(/^\d{1,3}\.\d % \(step \d+\)$/);
    const measuredAt = Number((await cell.textContent())!.match(/step (\d+)/)![1]);
    expect(measuredAt % 25).toBe(0);
    expect(measuredAt).toBeGreaterThanOrEqual(25);
    expect(measuredAt).toBeLessThanOrEqual(pausedAt);
    expect(pausedAt - measuredAt).toBeLessThan(25);
  }
  await expect(figure.locator('.widget-speed')).toHaveText(/^[\d.]+ examples\/s$/);
  await expect(figure.locator('.network-chart-loss svg')).toBeVisible();
  await expect(noAccuracy).toHaveCount(0);

  // The accuracy chart zooms to where the racers are (not 0–100) and says whether the lead is noise.
  const ticks = (await figure.locator('.network-chart-accuracy g[aria-label="y-axis tick label"] text').allTextContents()).map(Number);
  expect(Math.min(...ticks)).toBeGreaterThan(0);
  await expect(figure.locator('.network-noise')).toHaveText(
    /^(Within|Beyond) the noise: (SGD|RMSProp|Adam) (leads (SGD|RMSProp|Adam) by \d+\.\d points, (less|more) than twice the standard error of that difference on|and (SGD|RMSProp|Adam) are level at the top; on) 1,000 digits/,
  );
  // Inside the networks: 8 first-layer tiles per racer, read from the engine; SGD's and Adam's differ after training.
  const tiles = figure.locator('.network-first-layer .network-tile');
  await expect(tiles).toHaveCount(24);
  const pixels = (name: string) =>
    figure.locator(`.network-tile-row[data-racer="${name}"] canvas`).first().evaluate((c) => Array.from((c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, 28, 28).data).join());
  expect(await pixels('sgd')).not.toBe(await pixels('adam'));
  expect(problems).toEqual([]);
});

test('changing the schedule redraws the schedule curve', async ({ page }) => {
  const { figure } = await openNetwork(page);
  await expect(figure.locator('.network-chart-schedule figcaption')).toHaveText('Schedule: Constant');
  const constant = await schedulePath(figure);
  await figure.getByRole('combobox', { name: 'Learning-rate schedule' }).selectOption('cosine');
  await expect(figure.locator('.network-chart-schedule figcaption')).toHaveText('Schedule: Cosine');
  await expect.poll(() => schedulePath(figure)).not.toBe(constant);
  await expect(figure.getByRole('textbox', { name: 'final rate / base rate' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('network.schedule')).toBe('cosine');
});

test('a racer that blows up is marked "diverged at step N", and the others keep racing', async ({ page }) => {
  const { figure } = await openNetwork(page, `${light}&network.lrSgd=100`);
  await figure.getByRole('button', { name: 'Play' }).click();
  const sgd = figure.locator('.network-standings tr[data-optimizer="sgd"]');
  await expect(sgd.locator('.network-diverged')).toHaveText(/^diverged at step \d+$/, { timeout: 60_000 });
  await expect(figure.locator('.network-chart-loss svg')).toContainText(/diverged at step \d+/);
  await expect(figure.locator('.network-chart-loss svg')).not.toContainText('NaN');
  await figure.getByRole('button', { name: 'Pause' }).click();
  await expect(figure.locator('.network-standings tr[data-optimizer="adam"] .network-diverged')).toHaveCount(0);
});

test('shows the digits\u2019 download in megabytes with a progress bar, in Korean too', async ({ page }) => {
  const release = await holdDigits(page);
  await page.goto(`/ko/optimization/${light}`);
  const figure = page.locator('figure.widget[data-widget-id="network"]');
  await figure.scrollIntoViewIfNeeded();
  const download = figure.getByRole('status').filter({ hasText: 'MNIST 숫자 이미지 10,000개 불러오는 중' });
  await expect(download).toContainText(/\d+\.\d MB/, { timeout: 60_000 });
  await expect(download.getByRole('progressbar')).toBeVisible();
  release();
  await expect(figure.locator('.network-race')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(download).toHaveCount(0);
});

test('a failed download says so and offers a retry', async ({ page }) => {
  await page.route('**/data/mnist/mnist-10k.u8z', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(`${chapter}${light}`);
  const figure = page.locator('figure.widget[data-widget-id="network"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.getByRole('alert')).toContainText('could not be loaded', { timeout: 60_000 });
  await expect(figure.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(figure.getByRole('button', { name: 'Play' })).toBeDisabled();
});

test('fits a 360 px phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const { figure } = await openNetwork(page);
  const overflow = await figure.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expect(figure.locator('.network-chart-schedule svg')).toBeVisible();
});

test('an inline learning rate in the prose moves the widget control', async ({ page }) => {
  const { figure } = await openNetwork(page);
  const inline = page.locator('.chapter-body .param[data-param-for="network"][data-param-name="lrAdam"]').first();
  const box = figure.getByRole('textbox', { name: 'Adam learning rate' });
  await expect(box).toHaveValue('0.001');
  await inline.focus();
  await inline.press('ArrowUp');
  await expect(box).not.toHaveValue('0.001');
  await expect(box).toHaveValue((await inline.textContent())!.trim());
});
