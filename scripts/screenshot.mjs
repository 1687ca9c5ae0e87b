// Screenshots pages of a running site for a person to look at.
// Usage: node scripts/screenshot.mjs http://127.0.0.1:4321/en/optimization/ out.png [width] [height] [--full] [--dark]
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const [url, out = 'shot.png', width = '1280', height = '900'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const full = process.argv.includes('--full');
const dark = process.argv.includes('--dark');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: dark ? 'dark' : 'light' });
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(Number(process.env.WAIT ?? 500));
await page.screenshot({ path: out, fullPage: full });
await browser.close();
console.log(`saved ${out}`);
