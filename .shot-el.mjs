// throwaway: screenshot one widget after it is ready (not committed)
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
const [url, id, width, dark, out, ready] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: dark === 'dark' ? 'dark' : 'light' });
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
const fig = page.locator(`figure.widget[data-widget-id="${id}"]`);
await fig.scrollIntoViewIfNeeded();
if (ready) await page.waitForSelector(ready, { timeout: 90000 });
await page.waitForTimeout(800);
const h = await fig.evaluate((e) => [e.getBoundingClientRect().height, getComputedStyle(e).minHeight]);
console.log(id, width, 'height', h);
await page.addStyleTag({ content: 'header, .site-header { position: static !important; }' });
await fig.screenshot({ path: out });
await browser.close();
