/**
 * What a reader sees around the widgets (issue 14): code blocks that follow the dark theme, the
 * schedule explorer that overlays curves and hands its schedule to the network race, menus and
 * charts that keep their text whole and readable on a phone.
 */
import AxeBuilder from '@axe-core/playwright';
import { widget } from './drivers';
import { expect, test } from './fixtures';

/** Relative luminance of a CSS rgb() colour (0 black … 1 white). */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('code blocks are dark in dark mode and light in light mode, in both languages', async ({ page }) => {
  // English follows a dark system setting; Korean, on a light system, the reader's choice of Dark.
  for (const [path, system] of [['/en/optimization/', 'dark'], ['/ko/optimization/', 'light']] as const) {
    await page.emulateMedia({ colorScheme: system });
    await page.goto(path);
    if (system === 'light') await page.getByLabel('테마').selectOption('dark');
    const blocks = page.locator('.chapter-body pre.astro-code');
    expect(await blocks.count(), `${path}: code blocks keep Shiki's class`).toBeGreaterThan(0);
    const dark = await blocks.evaluateAll((els) => els.map((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e.querySelector('code span span') ?? e).color]));
    for (const [bg, fg] of dark) {
      expect(luminance(bg), `${path}: dark background`).toBeLessThan(0.05);
      expect(luminance(fg), `${path}: light text`).toBeGreaterThan(0.3);
    }
    // Light again, by the reader's choice (then back to following the system).
    await page.getByLabel(/Theme|테마/).selectOption('light');
    const light = await blocks.first().evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(luminance(light), `${path}: light background`).toBeGreaterThan(0.8);
    await page.getByLabel(/Theme|테마/).selectOption('system');
  }
});

test('the schedule explorer overlays kept curves and applies its schedule to the network race', async ({ page }) => {
  await page.goto('/en/optimization/');
  const explorer = await widget(page, 'schedule');
  const keep = explorer.getByRole('button', { name: 'Keep this curve to compare' });
  await expect(keep).toBeVisible();
  await keep.click();
  await explorer.getByRole('combobox', { name: 'Schedule' }).selectOption('cosine');
  const kept = explorer.getByRole('list', { name: 'Curves kept for comparison' }).getByRole('listitem');
  await expect(kept).toHaveText([/^Step decay \(drop every \(steps\) 100, drop factor 0\.5\), η₀ 0\.1/]);
  // The chart draws the current curve and the kept one; its text alternative names both.
  await expect(explorer.locator('.schedule-chart svg [stroke-dasharray]')).toHaveCount(1);
  await expect(explorer.locator('.schedule-chart')).toHaveAttribute('aria-label', /Also drawn for comparison: Step decay/);
  await keep.click();
  await expect(kept).toHaveCount(2);
  await kept.nth(0).getByRole('button', { name: /^Remove Step decay/ }).click();
  await expect(kept).toHaveText([/^Cosine/]);

  await explorer.getByRole('button', { name: 'Apply to the network race' }).click();
  const status = explorer.getByRole('status').filter({ hasText: 'now trains with' });
  await expect(status).toContainText('The network race now trains with Cosine (final rate / base rate 0) and has restarted');
  await expect.poll(() => new URL(page.url()).searchParams.get('network.schedule')).toBe('cosine');
  await status.getByRole('link', { name: 'Go to the race' }).click();
  const race = page.locator('figure.widget[data-widget-kind="network"]');
  await expect(race.getByRole('combobox', { name: 'Learning-rate schedule' })).toHaveValue('cosine');
  // The page's axe sweep sees the explorer before it hydrates; this one sees the kept curves and the message.
  const axe = await new AxeBuilder({ page }).include('figure.widget[data-widget-kind="schedule"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the ensemble lab\u2019s mode menu shows every mode\u2019s name whole, on a phone and on a wide screen, in both languages', async ({ browser }) => {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const path of ['/en/ensembles/', '/ko/ensembles/']) {
      await page.goto(path);
      const lab = await widget(page, 'ensemble');
      const menu = lab.locator('[data-param="mode"] select');
      // Text width of each option in the menu's own font, against the room inside the menu (less its arrow).
      const cut = await menu.evaluate((select: HTMLSelectElement) => {
        const style = getComputedStyle(select);
        const context2d = document.createElement('canvas').getContext('2d')!;
        context2d.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return [...select.options].map((o) => o.text).filter((text) => context2d.measureText(text).width > room);
      });
      expect(cut, `${path} at ${width} px`).toEqual([]);
    }
    await context.close();
  }
});

test('a chart with a legend fills its column on a phone, and its text is drawn at 11 px or more', async ({ browser }) => {
  // Plot wraps a chart that has a legend in a <figure>, which the browser indents 40 px a side: the
  // SVG then shrinks to fit and its text with it. The quadratic lab draws one as soon as it hydrates.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/en/optimization/');
  const lab = await widget(page, 'lab');
  await expect(lab.locator('figure[class^="plot-"] svg').first()).toBeVisible();
  const charts = await page.locator('figure[class^="plot-"]').evaluateAll((figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector<SVGSVGElement>('svg[class^="plot-"]')!;
      const drawn = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const text = Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * drawn));
      return { room: Math.round(figure.parentElement!.getBoundingClientRect().width - figure.getBoundingClientRect().width), text: Math.round(text * 10) / 10 };
    }),
  );
  expect(charts.length).toBeGreaterThan(0);
  for (const chart of charts) {
    expect(chart.room, 'width lost beside the chart').toBeLessThanOrEqual(1);
    expect(chart.text, 'smallest chart text as drawn, px').toBeGreaterThanOrEqual(11);
  }
  await context.close();
});

test('the optimization chapter reserves the height its big widgets use: no jump when they appear, no gap after', async ({ browser }) => {
  // The race grew by 1,200–1,600 px when its tfjs arrived (a reader below it saw the page jump,
  // and client:visible could miss the next widget: the url-hostile flake); the lab and the
  // network race by 300–650 px. Each reserves its height per layout (clamp in its .astro wrapper).
  for (const width of [1280, 360]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    await page.goto('/en/optimization/');
    for (const id of ['race', 'lab', 'network']) {
      const served = await page.locator(`figure.widget[data-widget-id="${id}"]`).evaluate((f) => f.getBoundingClientRect().height);
      const figure = await widget(page, id);
      // Settled: its loading line gone and its height unchanged for a second.
      await expect(figure.locator('[class$="-loading"]')).toHaveCount(0, { timeout: 60_000 });
      let last = -1;
      await expect
        .poll(async () => {
          const h = await figure.evaluate((f) => Math.round(f.getBoundingClientRect().height));
          const same = h === last;
          last = h;
          return same;
        }, { intervals: [1000], timeout: 60_000 })
        .toBe(true);
      const [height, content] = await figure.evaluate((f) => [f.getBoundingClientRect().height, f.querySelector('astro-island > *')!.getBoundingClientRect().height]);
      expect(height - served, `${id} at ${width} px grew on hydrating`).toBeLessThanOrEqual(served * 0.08);
      expect(height - content, `${id} at ${width} px: empty space reserved below it`).toBeLessThanOrEqual(height * 0.08);
    }
    await page.close();
  }
});
