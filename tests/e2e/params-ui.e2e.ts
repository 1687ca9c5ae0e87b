/**
 * Numbers a reader drags, types or links to, on the built site: drags move sensibly and stay on
 * the parameter's grid, off-grid values are refused from every source with a reason in the
 * page's language, the URL never records float noise, range messages read 1e-4 – 1e9 whole and
 * go away once the value moves, and a warm-up longer than the run is named.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { widget } from './drivers';

/** The inline number for `<id>.<name>` in the prose. */
function inline(page: Page, id: string, name: string): Locator {
  return page.locator(`.chapter-body .param[data-param-for="${id}"][data-param-name="${name}"]`);
}

/** Drags `el` sideways by `dx` pixels with the real mouse, in small moves. */
async function drag(page: Page, el: Locator, dx: number) {
  await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y);
  await page.mouse.up();
}

test('dragging an inline learning rate moves a factor of 10 per 100 px', async ({ page }) => {
  await page.goto('/en/optimization/');
  const rate = inline(page, 'race', 'lrSgd');
  await expect(rate).toHaveAttribute('aria-valuenow', '0.17');
  await drag(page, rate, 100);
  await expect(rate).toHaveAttribute('aria-valuenow', '1.7');
  await drag(page, rate, -200);
  await expect(rate).toHaveAttribute('aria-valuenow', '0.017');
});

test('dragging an inline step count stays on its step-50 grid; an off-grid URL value is refused', async ({ page }) => {
  await page.goto('/en/ensembles/');
  const steps = inline(page, 'ensemble', 'steps');
  for (const dx of [37, 61, -23]) {
    await drag(page, steps, dx);
    const value = Number(await steps.getAttribute('aria-valuenow'));
    expect(value % 50, `${dx} px gave ${value}`).toBe(0);
  }
  await page.goto('/en/ensembles/?ensemble.steps=567');
  const figure = await widget(page, 'ensemble');
  await expect(figure.locator('.widget-ignored')).toContainText('Ignored ensemble.steps=567: expected a multiple of 50 from 50 to 1000, got "567"');
  await expect(inline(page, 'ensemble', 'steps')).toHaveAttribute('aria-valuenow', '200');
});

test('typed values: no float noise in the URL, 1e9 shown whole, range messages readable and never stale', async ({ page }) => {
  await page.goto('/en/optimization/');
  const race = await widget(page, 'race');
  const startY = race.getByRole('textbox', { name: 'Start y', exact: true });
  await startY.fill('1.2000000000000002');
  await expect.poll(() => page.evaluate(() => location.search)).toContain('race.startY=1.2');
  expect(await page.evaluate(() => location.search)).not.toContain('1.2000000000000002');

  const box = race.getByRole('textbox', { name: 'SGD learning rate', exact: true });
  await box.fill('1e9');
  await box.blur();
  await expect(box).toHaveValue('1e9');
  await box.fill('2e9');
  const message = race.locator('.widget-control[data-param="lrSgd"] .widget-control-problem');
  await expect(message).toHaveText('Enter a number from 1e-4 to 1e9 (kept: 1e9)');
  expect(await message.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);

  // A refused entry at the default rate, then another value (the slider), then Restore defaults:
  // the rate is back where the message was shown, but the message is about an entry long gone.
  await race.getByRole('button', { name: 'Restore defaults' }).click();
  await expect(box).toHaveValue('0.17');
  await box.fill('abc');
  await expect(message).toHaveText('Enter a number from 1e-4 to 1e9 (kept: 0.17)');
  await box.blur();
  const slider = race.getByRole('slider', { name: 'SGD learning rate', exact: true });
  await slider.focus();
  await slider.press('ArrowLeft');
  await expect(message).toHaveCount(0);
  await race.getByRole('button', { name: 'Restore defaults' }).click();
  await expect(box).toHaveValue('0.17');
  await expect(message).toHaveCount(0);
});

test('Korean pages give every message in Korean, with readable range ends', async ({ page }) => {
  await page.goto('/ko/optimization/?race.lrSgd=abc&race.bogus=1');
  const race = await widget(page, 'race');
  const notice = race.locator('.widget-ignored');
  await expect(notice).toContainText('무시함 race.lrSgd=abc: 1e-4에서 1e9 사이의 숫자여야 합니다(받은 값: "abc")');
  await expect(notice).toContainText('무시함 race.bogus=1: 알 수 없는 매개변수입니다');
  await expect(notice).not.toContainText(/expected|unknown/);
  const box = race.getByRole('textbox', { name: 'SGD 학습률', exact: true });
  await box.fill('0');
  await expect(race.locator('.widget-control[data-param="lrSgd"] .widget-control-problem')).toHaveText('1e-4에서 1e9 사이의 숫자를 입력하세요 (유지: 0.17)');
});

test('a warm-up longer than the run is cut to the run and named, in both languages', async ({ page }) => {
  const query = '?schedule.schedule=warmup&schedule.warmupSteps=50&schedule.total=10';
  await page.goto(`/en/optimization/${query}`);
  const figure = await widget(page, 'schedule');
  await expect(figure.locator('.schedule-note')).toContainText('The warm-up (50 steps) is as long as the run (10 steps) or longer');
  await page.goto(`/ko/optimization/${query}`);
  const ko = await widget(page, 'schedule');
  await expect(ko.locator('.schedule-note')).toContainText('워밍업(50 스텝)이 전체 실행(10 스텝)보다 길거나 같아서');
});

test('the network race names a warm-up or a drop interval longer than its own run, in both languages', async ({ page }) => {
  // The race runs 300 steps by default; its schedule controls allow a warm-up of up to 5,000.
  await page.goto('/en/optimization/?network.schedule=warmup&network.warmupSteps=500');
  const figure = await widget(page, 'network');
  await expect(figure.locator('.schedule-note')).toContainText('The warm-up (500 steps) is as long as the run (300 steps) or longer');
  await page.goto('/ko/optimization/?network.schedule=step&network.dropEvery=400&network.steps=350');
  const ko = await widget(page, 'network');
  await expect(ko.locator('.schedule-note')).toContainText('학습률이 400 스텝마다 줄어드는데 전체 실행은 350 스텝뿐이라');
  // Within the run, nothing is said.
  await page.goto('/en/optimization/?network.schedule=warmup&network.warmupSteps=100');
  await expect((await widget(page, 'network')).locator('.schedule-note')).toHaveCount(0);
});
