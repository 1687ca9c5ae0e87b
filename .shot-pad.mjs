// throwaway: draws on the pad, trains, screenshots the widget (not committed)
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
const [lang, width, dark, out] = [process.argv[2], Number(process.argv[3]), process.argv[4] === 'dark', process.argv[5]];
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(`http://127.0.0.1:4404/${lang}/transfer-learning/`);
const fig = page.locator('figure.widget[data-widget-id="drawingPad"]');
await fig.scrollIntoViewIfNeeded();
await page.waitForSelector('figure.widget[data-widget-id="drawingPad"] astro-island:not([ssr])');
const pad = fig.locator('canvas.drawing-pad-canvas');
const strokeP = async (pts) => { await pad.scrollIntoViewIfNeeded(); const b = await pad.boundingBox(); const at=([x,y])=>[b.x+x/280*b.width,b.y+y/280*b.height]; await page.mouse.move(...at(pts[0])); await page.mouse.down(); for (const p of pts.slice(1)) await page.mouse.move(...at(p),{steps:2}); await page.mouse.up(); };
const circle = (cx, cy, r) => Array.from({ length: 25 }, (_, i) => [cx + r * Math.cos(i / 24 * 2 * Math.PI), cy + r * Math.sin(i / 24 * 2 * Math.PI)]);
const tri = (cx, cy, r) => [[cx, cy - r], [cx + r, cy + r * 0.8], [cx - r, cy + r * 0.8], [cx, cy - r]];
const spi = (cx, cy, r) => Array.from({ length: 60 }, (_, i) => [cx + r * i / 60 * Math.cos(i / 4.5), cy + r * i / 60 * Math.sin(i / 4.5)]);
const radios = fig.locator('input[type=radio]');
const shapes = [circle, tri, spi];
for (let c = 0; c < 3; c++) { for (const [cx, cy, r] of [[140,140,80],[120,150,60],[160,130,90]]) { await radios.nth(c).check(); await strokeP(shapes[c](cx, cy, r)); await fig.locator('.drawing-pad-buttons button').first().click(); } }
await radios.nth(0).check(); await strokeP(tri(140,140,70)); await fig.locator('.drawing-pad-buttons button').first().click();
await page.waitForTimeout(2000);
await fig.locator('.drawing-pad-buttons button').nth(1).click();
await page.waitForSelector('.drawing-pad[data-trained="true"]', { timeout: 60000 });
await strokeP(circle(150, 150, 70));
await page.waitForTimeout(500);
await fig.screenshot({ path: out });
await browser.close();
