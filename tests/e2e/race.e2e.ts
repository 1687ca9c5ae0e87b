/**
 * The OptimizerRace on the built optimization chapter. Headless Chromium here has only software
 * WebGL, so every test takes a few single steps instead of letting the race run, and waits
 * generously. Controls are found by role and label, as a reader (or a screen reader) finds them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const chapter = '/en/optimization/';

// Reduced motion: the race must not start by itself, which also keeps these tests deterministic.
test.use({ reducedMotion: 'reduce' });
test.setTimeout(120_000);

/** Opens the chapter (with `query`), scrolls to the race and waits until it can run. */
async function openRace(page: Page, query = '', path = chapter) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${path}${query}`);
  const figure = page.locator('figure.widget[data-widget-id="race"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.race')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  return { figure, problems };
}

/** The heat map's image: a role="img" element whose label describes the surface. */
const heatMap = (figure: ReturnType<Page['locator']>) => figure.locator('.race-heat[role="img"]');

test('hydrates without autoplay under reduced motion, then steps, plays and pauses', async ({ page }) => {
  // On a phone, where the map is smallest and every racer's name stands at the start.
  await page.setViewportSize({ width: 360, height: 800 });
  const { figure, problems } = await openRace(page);
  const counter = figure.locator('.race-step');
  await expect(counter).toHaveText('Step 0');
  // Every racer is named inside the plot area (mapFrame.ts's margins), none cut at an edge, none over another.
  await expect(figure.locator('.race-trails text')).toHaveCount(9);
  const names = await figure.locator('.race-map').evaluate((map) => {
    const box = map.getBoundingClientRect();
    const area = { left: box.left + 40, right: box.right - 12, top: box.top + 24, bottom: box.bottom - 32 };
    const rects = [...map.querySelectorAll('.race-trails text')].map((t) => ({ name: t.textContent, r: t.getBoundingClientRect() }));
    const outside = rects.filter(({ r }) => r.left < area.left - 0.5 || r.right > area.right + 0.5 || r.top < area.top - 0.5 || r.bottom > area.bottom + 0.5);
    const overlaps = rects.flatMap((a, i) =>
      rects.slice(i + 1).filter((b) => a.r.left < b.r.right && b.r.left < a.r.right && a.r.top + 2 < b.r.bottom && b.r.top + 2 < a.r.bottom).map((b) => `${a.name}/${b.name}`),
    );
    return { outside: outside.map((o) => o.name), overlaps };
  });
  expect(names).toEqual({ outside: [], overlaps: [] });
  // Before the first step AdaGrad's and RMSProp's caches are said in words, not shown as empty bars.
  for (const name of ['AdaGrad', 'RMSProp']) {
    const card = figure.locator(`.race-inner-card[aria-label="${name}"]`);
    await expect(card.locator('.race-cache-empty'), name).toHaveText(/^cache = 0: no steps yet\./);
    await expect(card.locator('.race-bar-row'), name).toHaveCount(0);
  }
  // Adam's bias-correction chart is drawn as wide as its card, not shrunk into it (its text stays as set).
  // Read in one task from the card, since the chart may be redrawn (a new svg) as the card settles.
  const biasChart = () =>
    figure.locator('.race-inner-card[aria-label="Adam"]').evaluate((card) => {
      const svg = card.querySelector<SVGSVGElement>('svg[class^="plot-"]');
      if (!svg) return 'no chart';
      const drawn = svg.getBoundingClientRect().width;
      const set = svg.viewBox.baseVal.width;
      return Math.abs(drawn - set) < 0.5 && drawn <= card.clientWidth ? 'as wide as set, inside its card' : `drawn ${drawn}, set ${set}, card ${card.clientWidth}`;
    });
  await expect.poll(biasChart).toBe('as wide as set, inside its card');
  await expect(heatMap(figure)).toHaveAttribute('aria-label', /0\.05\*x\^2 \+ 5\*y\^2/);

  await figure.getByRole('button', { name: 'Step' }).click();
  await expect(counter).toHaveText('Step 1');
  await expect(figure.locator('.race-inner-card[aria-label="AdaGrad"] .race-bar-row')).toHaveCount(2);
  // The trail lines are drawn on their canvas (not rebuilt as SVG on every frame): it holds painted pixels.
  await expect
    .poll(() => figure.locator('canvas.race-lines').evaluate((c: HTMLCanvasElement) => c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0)))
    .toBe(true);
  await figure.getByRole('button', { name: 'Step' }).click();
  await expect(counter).toHaveText('Step 2');
  await expect(figure.locator('.race-loss [role="img"]')).toHaveAttribute('aria-label', /^After 2 steps: SGD [0-9.e-]+, /);

  await figure.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number((await counter.textContent())?.replace(/\D/g, '')), { timeout: 30_000 }).toBeGreaterThan(4);
  await figure.getByRole('button', { name: 'Pause' }).click();
  await expect(figure.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(figure.locator('.widget-speed')).toHaveText(/steps\/s/);
  expect(problems).toEqual([]);
});

test('the learning-rate slider changes the value and the URL', async ({ page }) => {
  const { figure } = await openRace(page);
  const slider = figure.getByRole('slider', { name: 'SGD learning rate' });
  await slider.focus();
  await slider.press('Home');
  await expect(figure.getByRole('textbox', { name: 'SGD learning rate' })).toHaveValue('1e-4');
  await expect.poll(() => new URL(page.url()).searchParams.get('race.lrSgd')).toBe('0.0001');
});

test('an inline number in the prose moves the widget control', async ({ page }) => {
  const { figure } = await openRace(page);
  const inline = page.locator('.chapter-body .param[data-param-for="race"]').first();
  const name = await inline.getAttribute('aria-label');
  expect(name).toBeTruthy();
  const box = figure.getByRole('textbox', { name: name! });
  const before = await box.inputValue();
  await inline.focus();
  await inline.press('ArrowUp');
  await expect(box).not.toHaveValue(before);
  await expect(box).toHaveValue((await inline.textContent())!.trim());
});

test('a formula that does not parse shows where and why, and the race keeps the last surface', async ({ page }) => {
  const { figure, problems } = await openRace(page);
  const formula = figure.getByRole('textbox', { name: 'Your formula f(x, y)' });
  await formula.fill('x^2 + * y');
  const alert = figure.getByRole('alert');
  await expect(alert).toContainText('column');
  await expect(alert.locator('pre')).toContainText(/x\^2 \+ \* y\s+\^/);
  await expect(heatMap(figure)).toHaveAttribute('aria-label', /0\.05\*x\^2 \+ 5\*y\^2/);

  // A good formula replaces the surface; a bad one after it keeps that one.
  await formula.fill('x^2 + 3*y^2');
  // The map describes the formula as the parser writes it back ("x^2 + 3 * y^2").
  const mine = /f\(x, y\) = x\^2 \+ 3 ?\* ?y\^2 /;
  await expect(heatMap(figure)).toHaveAttribute('aria-label', mine, { timeout: 30_000 });
  await formula.fill('sin(x');
  await expect(figure.getByRole('alert')).toBeVisible();
  await figure.getByRole('button', { name: 'Step' }).click();
  await expect(figure.locator('.race-step')).toHaveText('Step 1');
  await expect(heatMap(figure)).toHaveAttribute('aria-label', mine);
  expect(problems).toEqual([]);
});

test('a link restores the saddle and reports the value it ignored', async ({ page }) => {
  const { figure } = await openRace(page, '?race.surface=saddle&race.lr=abc&race.noise=0.5');
  await expect(figure.getByRole('combobox', { name: 'Surface' })).toHaveValue('saddle');
  await expect(figure.getByRole('textbox', { name: 'Gradient noise' })).toHaveValue('0.5');
  await expect(heatMap(figure)).toHaveAttribute('aria-label', /x\^2 - y\^2 \+ 0\.25\*y\^4/);
  await expect(figure.locator('.widget-ignored')).toContainText('race.lr=abc');
});

test('a learning rate of 1e9 diverges: stopped and marked in the legend and the loss chart', async ({ page }) => {
  const { figure, problems } = await openRace(page, '?race.lrSgd=1e9');
  await figure.getByRole('button', { name: 'Step' }).click();
  await figure.getByRole('button', { name: 'Step' }).click();
  const sgd = figure.locator('.race-racer[data-racer="sgd"]');
  await expect(sgd).toHaveAttribute('data-diverged', 'true');
  await expect(sgd.locator('.race-status')).toHaveText('diverged at step 1');
  const loss = figure.locator('.race-loss [role="img"]');
  await expect(loss.locator('svg')).toContainText('diverged at step 1');
  await expect(loss).toHaveAttribute('aria-label', /SGD diverged at step 1/);
  expect(await figure.locator('svg').evaluateAll((svgs) => svgs.some((s) => s.outerHTML.includes('NaN')))).toBe(false);
  expect(problems).toEqual([]);
});

test('a formula with a pole (1/x + y^2) is refused in English, and the race keeps the last good surface', async ({ page }) => {
  const { figure, problems } = await openRace(page);
  const formula = figure.getByRole('textbox', { name: 'Your formula f(x, y)' });
  await formula.fill('x^2 + 3*y^2');
  const mine = /f\(x, y\) = x\^2 \+ 3 ?\* ?y\^2 /;
  await expect(heatMap(figure)).toHaveAttribute('aria-label', mine, { timeout: 30_000 });
  await formula.fill('1/x + y^2');
  const alert = figure.getByRole('alert');
  await expect(alert).toContainText('f blows up near (x, y) = (0, ', { timeout: 30_000 });
  await expect(alert).toContainText(/the race keeps the last surface that worked/i);
  await expect(formula).toHaveValue('1/x + y^2'); // the reader's text stays as typed
  await expect(formula).toHaveAttribute('aria-invalid', 'true');
  await expect(heatMap(figure)).toHaveAttribute('aria-label', mine);
  await expect(heatMap(figure)).toHaveAttribute('aria-label', /Lowest point at \(0, 0\)/);
  await figure.getByRole('button', { name: 'Step' }).click();
  await expect(figure.locator('.race-step')).toHaveText('Step 1');
  // The racers still race x^2 + 3y^2 from its start (1.4, 1.2): gaps of order 1, not the pole's 1e5.
  for (const status of await figure.locator('.race-racer .race-status').allTextContents()) expect(Number(status)).toBeLessThan(10);
  expect(problems).toEqual([]);
});

test('a formula with a pole is refused in Korean too', async ({ page }) => {
  const { figure, problems } = await openRace(page, '', '/ko/optimization/');
  const formula = figure.getByRole('textbox', { name: '직접 입력한 식 f(x, y)' });
  await formula.fill('1/x + y^2');
  const alert = figure.getByRole('alert');
  await expect(alert).toContainText('근처에서 f가 한없이 커집니다', { timeout: 30_000 });
  await expect(alert).toContainText('경주는 마지막으로 작동한 곡면을 유지합니다');
  await expect(alert).not.toContainText('blows up');
  // No formula has worked yet on this page: the map keeps the ravine it opened with.
  await expect(heatMap(figure)).toHaveAttribute('aria-label', /0\.05\*x\^2 \+ 5\*y\^2/);
  expect(problems).toEqual([]);
});

test('the built-in custom formula never shows a negative f − f_min', async ({ page }) => {
  const { figure, problems } = await openRace(page, '?race.surface=custom&race.stepsPerFrame=50');
  await expect(heatMap(figure)).toHaveAttribute('aria-label', /sin\(3 ?\* ?x\)/, { timeout: 30_000 });
  const counter = figure.locator('.race-step');
  await figure.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number((await counter.textContent())?.replace(/\D/g, '')), { timeout: 60_000 }).toBeGreaterThan(300);
  await figure.getByRole('button', { name: 'Pause' }).click();
  const statuses = await figure.locator('.race-racer .race-status').allTextContents();
  expect(statuses).toHaveLength(9); // six first-order racers, Newton, BFGS, L-BFGS
  for (const status of statuses) expect(Number(status), `legend reads ${status}`).toBeGreaterThanOrEqual(0);
  // The loss chart's summary: no racer's value is negative (an exponent such as e-16 is fine).
  const summary = await figure.locator('.race-loss [role="img"]').getAttribute('aria-label');
  expect(summary).not.toMatch(/(^|[\s,:])[-−]\d/);
  expect(problems).toEqual([]);
});

test('the legend shows each racer’s colour before TensorFlow.js has loaded (served page, no script)', async ({ browser }) => {
  // The swatches were blank until the engines arrived: their colours came from the lazily loaded engine.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(chapter);
  const swatches = page.locator('figure.widget[data-widget-id="race"] .race-swatch');
  await expect(swatches).toHaveCount(9);
  const colours = await swatches.evaluateAll((els) => els.map((el) => (el as HTMLElement).style.background));
  expect(colours.every((c) => c !== '' && c !== 'currentcolor')).toBe(true);
  expect(new Set(colours).size).toBe(9);
  await context.close();
});

test('the map names every racer at its trail end, and a swarm says where its particles end up: basin shares that sum to 100 %', async ({ page }) => {
  // A small swarm on the two-well surface, run for a while: the table has a global and a local column.
  const { figure, problems } = await openRace(page, '?race.surface=localMinimum&race.particles=300&race.stepsPerFrame=20&race.seed=4');
  await figure.getByRole('button', { name: 'Play' }).click();
  const counter = figure.locator('.race-step');
  await expect.poll(async () => Number((await counter.textContent())?.replace(/\D/g, '')), { timeout: 60_000 }).toBeGreaterThanOrEqual(200);
  await figure.getByRole('button', { name: 'Pause' }).click();

  const names = await figure.locator('.race-trails text').allTextContents();
  expect(names.sort()).toEqual(['AdaGrad', 'Adam', 'BFGS', 'L-BFGS', 'Nesterov momentum', 'Newton', 'RMSProp', 'SGD', 'SGD + momentum']);
  const table = figure.getByRole('table', { name: 'Where the particles end up' });
  await expect(table.getByRole('columnheader')).toHaveText(['Racer', 'global minimum', 'local minimum', 'not settled']);
  const rows = table.locator('tbody tr');
  // The six first-order rules and Newton, BFGS and L-BFGS.
  await expect(rows).toHaveCount(9);
  for (const row of await rows.all()) {
    const shares = (await row.locator('td').allTextContents()).map((t) => Number(t.replace(/[^\d]/g, '')));
    expect(shares.reduce((a, b) => a + b, 0), String(await row.getAttribute('data-racer'))).toBe(100);
  }
  // Momentum carries more of the swarm over the bump into the global well than plain SGD does.
  const global = async (name: string) => Number((await table.locator(`tr[data-racer="${name}"] td[data-basin="global"]`).textContent())?.replace(/\D/g, ''));
  expect(await global('momentum')).toBeGreaterThanOrEqual(await global('sgd'));
  await expect(figure.locator('.race-ecdf [role="img"]')).toHaveAttribute('aria-label', /^Final loss per racer: SGD median /);
  expect(problems).toEqual([]);
});
