/**
 * The transfer chapter's widgets in the built site: the drawing pad learns three drawn classes
 * and recognises a new drawing; the lab runs all three strategies to a result at N = 1 (scored
 * on 100 held-out digits, so it finishes on headless Chromium's software WebGL or on wasm); the
 * strategy table steers the lab; the projection reports its nearest-centroid numbers.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { padCircle, stroke, type PadPoint } from './drivers';

const chapter = '/en/transfer-learning/';
test.setTimeout(240_000);

const triangle = (cx: number, cy: number, r: number): PadPoint[] => [[cx, cy - r], [cx + r, cy + r * 0.8], [cx - r, cy + r * 0.8], [cx, cy - r]];
const spiral = (cx: number, cy: number, r: number): PadPoint[] => Array.from({ length: 60 }, (_, i) => [cx + (r * i) / 60 * Math.cos(i / 4.5), cy + (r * i) / 60 * Math.sin(i / 4.5)]);

test('drawing pad: three drawn classes, trained head predicts a new circle', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(chapter);
  const figure = page.locator('figure.widget[data-widget-id="drawingPad"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/, { timeout: 60_000 });
  const pad = figure.getByRole('img', { name: /Drawing pad/ });
  await expect(figure.getByRole('button', { name: 'Train the new head' })).toBeVisible({ timeout: 60_000 });
  // The white drawing surface has a frame that stands out from the page (3:1 or more) in both themes.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const frame = await pad.evaluate((canvas) => {
      const lum = (css: string) => {
        const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = getComputedStyle(canvas);
      // What the frame sits on: the nearest ancestor that paints a background (the widget frame's).
      let around: Element | null = canvas.parentElement;
      while (around && /rgba\(.*, 0\)|transparent/.test(getComputedStyle(around).backgroundColor)) around = around.parentElement;
      const [a, b] = [lum(style.borderTopColor), lum(getComputedStyle(around ?? document.documentElement).backgroundColor)];
      return { width: parseFloat(style.borderTopWidth), contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
    expect(frame.width, `${scheme}: frame width`).toBeGreaterThanOrEqual(2);
    expect(frame.contrast, `${scheme}: frame against the page`).toBeGreaterThanOrEqual(3);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Training with an empty class says which one.
  await stroke(page, pad, padCircle(140, 140, 80));
  await figure.getByRole('button', { name: 'Add as “circle”' }).click();
  await expect(figure.locator('.drawing-pad')).toHaveAttribute('data-examples', '1');
  await expect(figure.getByRole('button', { name: 'Train the new head' })).toBeEnabled({ timeout: 60_000 });
  await figure.getByRole('button', { name: 'Train the new head' }).click();
  await expect(figure.getByText(/none yet for: triangle, spiral/)).toBeVisible();

  const shapes = { circle: padCircle, triangle, spiral } as const;
  const draw = async (name: string, shape: (cx: number, cy: number, r: number) => PadPoint[], cx: number, cy: number, r: number) => {
    await figure.getByRole('radio', { name: new RegExp(`^${name}`) }).check();
    await stroke(page, pad, shape(cx, cy, r));
    await figure.getByRole('button', { name: `Add as “${name}”` }).click();
  };
  // One drawing per class trains, with a warning that one is too few.
  await draw('triangle', triangle, 140, 140, 90);
  await draw('spiral', spiral, 140, 140, 90);
  await figure.getByRole('button', { name: 'Train the new head' }).click();
  await expect(figure.getByText(/circle, triangle, spiral has only one drawing/)).toBeVisible({ timeout: 60_000 });

  for (const [name, shape] of Object.entries(shapes)) {
    for (const [cx, cy, r] of [[120, 150, 60], [160, 130, 100]] as const) await draw(name, shape, cx, cy, r);
  }
  await figure.getByRole('button', { name: 'Train the new head' }).click();
  await expect(figure.getByText(/Learned in/)).toBeVisible({ timeout: 60_000 });
  await stroke(page, pad, padCircle(150, 150, 70));
  await expect(figure.locator('.drawing-pad-probs')).toHaveAttribute('data-prediction', 'circle');

  // Clearing and redrawing keeps working.
  await figure.getByRole('button', { name: 'Clear pad' }).click();
  await stroke(page, pad, triangle(140, 140, 85));
  await expect(figure.locator('.drawing-pad-probs')).toHaveAttribute('data-prediction', /circle|triangle|spiral/);
  expect(problems).toEqual([]);
});

test('drawing pad: twenty class names get a clear message, not a crash', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const names = Array.from({ length: 20 }, (_, i) => `c${i + 1}`).join(',');
  await page.goto(`${chapter}?drawingPad.classes=${encodeURIComponent(names)}`);
  const figure = page.locator('figure.widget[data-widget-id="drawingPad"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/, { timeout: 60_000 });
  await expect(figure.getByRole('alert')).toHaveText(/At most 5 classes/, { timeout: 60_000 });
  expect(problems).toEqual([]);
});

test('lab: all three strategies reach a result at N = 1; the table steers it', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${chapter}?transferLab.heldOut=100`);
  const table = page.locator('figure.widget[data-widget-id="strategyTable"]');
  await table.scrollIntoViewIfNeeded();
  await table.locator('[data-cell="much-different"]').click();
  const lab = page.locator('figure.widget[data-widget-id="transferLab"]');
  await lab.scrollIntoViewIfNeeded();
  await expect(lab.getByRole('button', { name: /conv1.*trains/ })).toBeVisible();
  const run = lab.getByRole('button', { name: /Train all three/ });
  await expect(run).toBeEnabled({ timeout: 90_000 });
  // Before the first run: one line says so, with no empty table or captions over nothing.
  const none = lab.getByText('No results yet: press “Train all three”');
  await expect(none).toBeVisible();
  await expect(lab.locator('table.transfer-results')).toBeHidden();
  await expect(lab.locator('.transfer-charts figcaption')).toHaveCount(2);
  for (const caption of await lab.locator('.transfer-charts figcaption').all()) await expect(caption).toBeHidden();
  await run.click();
  await expect(lab.locator('.transfer-lab')).toHaveAttribute('data-status', 'done', { timeout: 200_000 });
  await expect(none).toHaveCount(0);
  for (const s of ['head', 'finetune', 'scratch']) {
    await expect(lab.locator(`tr[data-strategy="${s}"] .transfer-held`)).toHaveText(/\d+\.\d %/);
  }
  await expect(lab.locator('.transfer-lab')).toHaveAttribute('data-finals', '3');

  await expect(lab.locator('table.transfer-results')).toHaveAttribute('data-stale', 'false');
  // Both charts name the strategies in a legend.
  for (const chart of await lab.locator('.transfer-charts figure').all()) await expect(chart.getByText('from scratch', { exact: true })).toBeVisible();
  // Each chart takes its column's width, here and on a phone, where its text stays 11 px or more as drawn.
  const charts = lab.locator('.transfer-charts > figure');
  const fit = () =>
    charts.evaluateAll((figures) =>
      figures.map((figure) => {
        const svg = figure.querySelector<SVGSVGElement>('svg[class^="plot-"]')!;
        const drawn = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const text = Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * drawn));
        return { unused: Math.round(figure.getBoundingClientRect().width - svg.getBoundingClientRect().width), text: Math.round(text * 10) / 10 };
      }),
    );
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await expect.poll(async () => (await fit()).every((c) => c.unused >= 0 && c.unused < 8 && c.text >= 11), { message: `charts at ${width} px` }).toBe(true);
    // No result cell breaks a number from its unit ("46.0" on one line, "%" on the next).
    const broken = await lab.locator('table.transfer-results td').evaluateAll((cells) =>
      cells.filter((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
      }).map((td) => td.textContent),
    );
    expect(broken, `result cells on two lines at ${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // The hard corner: head only on an earlier stage (conv2), shown in the layer drawing; it runs too.
  // The table says what it set and brings the lab (earlier in the chapter) into view; the lab marks
  // its results as stale until it runs again.
  await table.locator('[data-cell="little-different"]').click();
  await expect(table.locator('.strategy-said')).toHaveText(/Set in the transfer lab: “head only” highlighted, conv1–conv3 frozen for fine-tuning, head only reading conv2's features/);
  await table.getByRole('button', { name: 'Go to the lab' }).click();
  await expect(lab).toBeInViewport();
  await expect(lab.locator('table.transfer-results')).toHaveAttribute('data-stale', 'true');
  await expect(lab.getByText(/The results below come from earlier settings/)).toBeVisible();
  await expect(lab.locator('.transfer-locks')).toHaveAttribute('data-tap', '2');
  await expect(lab.getByRole('button', { name: 'head only reads conv2' })).toHaveAttribute('aria-pressed', 'true');
  await run.click();
  await expect(lab.locator('.transfer-lab')).toHaveAttribute('data-status', 'done', { timeout: 200_000 });
  await expect(lab.locator('tr[data-strategy="head"]')).toContainText('conv2');
  await expect(lab.locator('table.transfer-results')).toHaveAttribute('data-stale', 'false');
  await expect(lab.locator('tr[data-strategy="head"] .transfer-held')).toHaveText(/\d+\.\d %/);
  expect(problems).toEqual([]);
});

test('projection: nearest-centroid accuracy for pretrained and random features', async ({ page }) => {
  await page.goto(`${chapter}?featureProjection.count=200`);
  const figure = page.locator('figure.widget[data-widget-id="featureProjection"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/, { timeout: 60_000 });
  await expect(figure.locator('[data-nc="pretrained"]')).toHaveText(/\d+\.\d %/, { timeout: 90_000 });
  await expect(figure.locator('[data-nc="random"]')).toHaveText(/\d+\.\d %/);
  // Each projection labels the ten digit centres, and describes itself for assistive technology.
  const charts = figure.getByRole('img', { name: /principal components/ });
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    await expect(chart.locator('.transfer-centroid-labels text')).toHaveCount(10);
    // No digit label covers another (random features crowd all ten centres near the origin).
    const overlaps = await chart.locator('.transfer-centroid-labels text').evaluateAll((texts) => {
      const boxes = texts.map((t) => t.getBoundingClientRect());
      const hits: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1) hits.push(`${texts[i].textContent}/${texts[j].textContent}`);
        }
      return hits;
    });
    expect(overlaps).toEqual([]);
  }
});

test('layer viewer: conv1 filters and a digit through each block, picked or drawn, with no tensor left behind', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/ko/transfer-learning/');
  const figure = page.locator('figure.widget[data-widget-id="layerViewer"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.layer-viewer')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(figure.getByRole('img', { name: /^필터 \d+$/ })).toHaveCount(32);
  for (const block of ['conv1', 'conv2', 'conv3']) await expect(figure.locator(`[data-block="${block}"] canvas`)).toHaveCount(8);
  await expect(figure.getByText(/^입력: 검증용 숫자, \d$/)).toBeVisible();
  const tensors = () => page.evaluate(() => window.__lecture7!.tf!.memory().numTensors);
  const before = await tensors();
  const first = await figure.locator('[data-block="conv1"] canvas').first().getAttribute('aria-label');
  await stroke(page, figure.locator('canvas.drawing-pad-canvas'), padCircle(140, 140, 90));
  await expect(figure.locator('.layer-viewer')).toHaveAttribute('data-source', 'drawn');
  await expect(figure.getByText('입력: 내가 그린 그림')).toBeVisible();
  await expect(figure.locator('[data-block="conv1"] canvas').first()).not.toHaveAttribute('aria-label', first!);
  await figure.getByRole('button', { name: '검증용 숫자로 돌아가기' }).click();
  await expect(figure.locator('.layer-viewer')).toHaveAttribute('data-source', 'picked');
  expect(await tensors()).toBe(before);
  expect(problems).toEqual([]);
});
