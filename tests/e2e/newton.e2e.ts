/**
 * The second-order racers in the OptimizerRace and the quadratic lab, on the built chapter.
 * Reduced motion keeps the race still, so each check takes a few single steps.
 */
import type { Page } from '@playwright/test';
import { widget } from './drivers';
import { expect, test } from './fixtures';

test.use({ reducedMotion: 'reduce' });
test.setTimeout(120_000);

/** Every first-order racer off, so the second-order ones race alone. */
const alone = ['Sgd', 'Momentum', 'Nesterov', 'Adagrad', 'Rmsprop', 'Adam'].map((n) => `race.run${n}=false`).join('&');

async function openRace(page: Page, query: string, lang = 'en') {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`/${lang}/optimization/?${query}`);
  const figure = page.locator('figure.widget[data-widget-id="race"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.race')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  return { figure, problems };
}

test('Newton reaches the ravine’s floor in one step, is drawn to the saddle, and damping turns it away', async ({ page }) => {
  const { figure, problems } = await openRace(page, alone);
  const loss = figure.locator('.race-loss [role="img"]');
  await expect(figure.locator('li[data-racer="newton"] .race-cost')).toHaveText(/D² memory, D³ to solve/);
  await figure.getByRole('button', { name: 'Step' }).click();
  // From 2.1 to float32 rounding (0 on cpu, ~1e-11 on WebGL), while the quasi-Newton racers are still far off.
  await expect(loss).toHaveAttribute('aria-label', /^After 1 step: Newton (0|[0-9.]+e-(9|[1-9][0-9])), BFGS 0\.[0-9]+, L-BFGS/);
  await expect(figure.locator('.race-inner-card[aria-label="Newton"]')).toContainText('Positive definite');

  await figure.getByRole('combobox', { name: 'Surface' }).selectOption('saddle');
  await expect(figure.locator('.race-step')).toHaveText('Step 0');
  for (let i = 0; i < 3; i++) await figure.getByRole('button', { name: 'Step' }).click();
  // f − f_min = 0 − (−1) = 1 at the saddle point: Newton went there.
  await expect(loss).toHaveAttribute('aria-label', /Newton 1,/);
  await expect(figure.locator('.race-inner-card[aria-label="Newton"] [role="status"]')).toContainText('Indefinite');

  await figure.getByRole('textbox', { name: 'Newton damping λ' }).fill('3');
  await figure.getByRole('textbox', { name: 'Newton damping λ' }).press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('race.damping')).toBe('3');
  for (let i = 0; i < 3; i++) await figure.getByRole('button', { name: 'Step' }).click();
  await expect(figure.locator('.race-inner-card[aria-label="Newton"]')).toContainText('Positive definite');
  expect(problems).toEqual([]);
});

test('a singular Hessian is explained in Korean, never NaN', async ({ page }) => {
  const formula = encodeURIComponent('(x+y)^2');
  const { figure, problems } = await openRace(page, `${alone}&race.surface=custom&race.formula=${formula}&race.runBfgs=false&race.runLbfgs=false`, 'ko');
  await figure.getByRole('button', { name: '스텝' }).click();
  const card = figure.locator('.race-inner-card').first();
  await expect(card.locator('[role="status"]')).toContainText('특이 행렬');
  await expect(figure.locator('.race-loss [role="img"]')).not.toHaveAttribute('aria-label', /NaN/);
  expect(problems).toEqual([]);
});

test('Newton on a kink of the reader’s formula says in Korean that there is no Hessian, and nothing reads NaN', async ({ page }) => {
  const formula = encodeURIComponent('abs(x) + exp(y) - y');
  const { figure, problems } = await openRace(page, `${alone}&race.surface=custom&race.formula=${formula}&race.runBfgs=false&race.runLbfgs=false&race.startX=0&race.startY=1`, 'ko');
  await figure.getByRole('button', { name: '스텝' }).click();
  const card = figure.locator('.race-inner-card').first();
  await expect(card.locator('[role="status"]')).toContainText('헤시안 없음');
  await expect(card).toContainText('정확한 값');
  await expect(figure.locator('.race-loss [role="img"]')).not.toHaveAttribute('aria-label', /NaN/);
  expect(problems).toEqual([]);
});

test('the quadratic lab: steps to 1e-6 grow like κ and √κ, rescaling rounds only the aligned bowl, keyboard and URL, 360 px', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/en/optimization/');
  // The table is server-rendered too, so wait for hydration before the keyboard.
  const lab = await widget(page, 'lab');
  const row = (method: string) => lab.locator(`tr[data-method="${method}"]:not([data-yours]) .qlab-measured`);
  // The chapter's numbers are the widget's: its <Measured> steps at the lab's defaults are the table's.
  const quoted = (id: string, metric: string) => page.locator(`.measured[data-measured="${id}"][data-metric="${metric}"]`).first().innerText();
  await expect(row('gd')).toHaveText('691');
  expect(await quoted('lab.defaults', 'gdSteps')).toBe(await row('gd').innerText());
  expect(await quoted('lab.defaults', 'momentumSteps')).toBe(await row('momentum').innerText());
  await expect(lab.locator('.widget-backend[data-backend="page"]')).toHaveText('JavaScript on the page; no tfjs needed');
  await expect(lab.locator('.qlab-rescaled')).toHaveText(/κ 100 → 1 /);

  const angle = lab.getByRole('slider', { name: 'Rotation (degrees)' });
  await angle.focus();
  await angle.press('End');
  // At 90° the axes lie along y and x again, so rescaling still rounds the bowl; 45° is the worst case.
  await expect.poll(() => new URL(page.url()).searchParams.get('lab.angle')).toBe('90');
  await expect(lab.locator('.qlab-rescaled')).toHaveText(/κ 100 → 1 /);
  await lab.getByRole('textbox', { name: 'Rotation (degrees)' }).fill('45');
  await lab.getByRole('textbox', { name: 'Rotation (degrees)' }).press('Enter');
  await expect(lab.locator('.qlab-rescaled')).toHaveText(/κ 100 → 100 /);

  await lab.getByRole('textbox', { name: 'Condition number κ' }).fill('1000');
  await lab.getByRole('textbox', { name: 'Condition number κ' }).press('Enter');
  await expect(row('gd')).toHaveText('6908');
  await expect(row('momentum')).toHaveText('315');
  expect((await quoted('lab.kappaTenfold', 'gdSteps')).replace(',', '')).toBe('6908');
  expect(await quoted('lab.kappaTenfold', 'momentumSteps')).toBe('315');
  // κ outside 1–1000 is refused with a reason; the table keeps the last good bowl.
  await lab.getByRole('textbox', { name: 'Condition number κ' }).fill('0.5');
  await lab.getByRole('textbox', { name: 'Condition number κ' }).press('Enter');
  await expect(lab.getByText(/from 1 to 1000/)).toBeVisible();
  await expect(row('gd')).toHaveText('6908');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
});

test('the quadratic lab’s (α, ρ) map in Korean at 1280 px: the α label clears the ticks, and the map is dark in the dark theme', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/ko/optimization/');
  const lab = await widget(page, 'lab');
  const map = lab.locator('.qlab-figure').nth(1).locator('svg[class^="plot-"]');
  await expect(map.locator('image')).toHaveCount(1);
  // The x label and every x tick label, as boxes on the screen: none may touch another.
  const overlaps = await map.evaluate((svg) => {
    const box = (e: Element) => e.getBoundingClientRect();
    const label = [...svg.querySelectorAll('g[aria-label="x-axis label"] text')].map(box);
    const ticks = [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map(box);
    return label.flatMap((l) => ticks.filter((t) => t.left < l.right && l.left < t.right && t.top < l.bottom && l.top < t.bottom)).length + (label.length === 1 ? 0 : 100);
  });
  expect(overlaps).toBe(0);
  // The raster's mean luminance (0 black … 1 white): dark on the dark page, light on the light one.
  const meanLuminance = () =>
    map.locator('image').evaluate(async (image) => {
      const img = new Image();
      img.src = image.getAttribute('href')!;
      await img.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const data = context.getImageData(0, 0, img.width, img.height).data;
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += (0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]) / 255;
      return sum / (data.length / 4);
    });
  expect(await meanLuminance()).toBeLessThan(0.4);
  // The caption's key follows the shading: brighter is faster on the dark map, darker on the light one.
  const caption = lab.locator('.qlab-figure').nth(1).locator('figcaption');
  await expect(caption).toContainText('밝을수록 빨리 수렴하고, 흰 선 바깥에서는');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(meanLuminance).toBeGreaterThan(0.6);
  await expect(caption).toContainText('어두울수록 빨리 수렴하고, 검은 선 바깥에서는');
});
