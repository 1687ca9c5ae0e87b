import { test, expect, type Page } from '@playwright/test';
import { builtPages } from './pages';

/** Pixels in a screenshot strip that differ from its first pixel: 0 when the strip is plain page. */
async function markedPixels(page: Page, clip: { x: number; y: number; width: number; height: number }) {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    let marked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ([0, 1, 2].some((c) => Math.abs(data[i + c] - data[c]) > 24)) marked++;
    }
    return marked;
  }, png);
}

test('at 360 px no display formula or table caption runs past the content column: a wide formula scrolls in its own box, with a cue', async ({ browser }) => {
  test.setTimeout(120_000);
  // KaTeX is rendered at build time and the scroll cue is CSS: the page's scripts play no part in
  // where a formula sits, and without them scrolling past every widget does not start them all.
  const page = await browser.newPage({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
  const chapters = builtPages().filter((path) => /^\/(en|ko)\/[^/]+\/$/.test(path));
  let wide = 0;
  for (const path of chapters) {
    await page.goto(path);
    if ((await page.locator('.chapter-body').count()) === 0) continue;
    const column = (await page.locator('.chapter-body').boundingBox())!;
    // A table scrolls in its box too; its caption is the table's title and wraps in the column.
    for (const caption of await page.locator('.chapter-body table caption').all()) {
      await caption.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const box = (await caption.boundingBox())!;
      expect(box.x + box.width, `${path} caption ${await caption.textContent()}`).toBeLessThanOrEqual(column.x + column.width + 0.5);
    }
    const formulas = page.locator('.chapter-body .katex-display');
    for (let i = 0; i < (await formulas.count()); i++) {
      const formula = formulas.nth(i);
      await formula.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const box = (await formula.boundingBox())!;
      const where = `${path} formula ${i + 1}: ${(await formula.textContent())!.slice(0, 30)}`;
      expect(box.x, where).toBeGreaterThanOrEqual(column.x - 0.5);
      expect(box.x + box.width, where).toBeLessThanOrEqual(column.x + column.width + 0.5);
      const { scrollable, cue } = await formula.evaluate((el) => ({
        scrollable: el.scrollWidth > el.clientWidth + 1,
        cue: getComputedStyle(el).backgroundAttachment.includes('local'),
      }));
      if (!scrollable) continue;
      wide++;
      expect(cue, `${where} scrolls, with a shadow on the side that has more`).toBe(true);
      // What is drawn stays inside the box: the gutters beside it are plain page at both ends of the scroll.
      const rows = { y: box.y, height: box.height };
      const right = { x: column.x + column.width, width: 360 - column.x - column.width, ...rows };
      const left = { x: 0, width: column.x, ...rows };
      expect(await markedPixels(page, right), `${where}: right gutter`).toBe(0);
      await formula.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      expect(await markedPixels(page, left), `${where}: left gutter, scrolled to its end`).toBe(0);
    }
  }
  expect(wide, 'the chapters have wide formulas at 360 px, so this test looks at some').toBeGreaterThan(5);
  await page.close();
});
