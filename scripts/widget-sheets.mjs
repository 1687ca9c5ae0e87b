// One contact sheet per widget, for a person to look at: every figure.widget of every chapter
// photographed at a phone and a desktop width, light and dark, English and Korean (8 shots),
// each scrolled into view and shot once its islands have hydrated and its frame has stopped
// changing size, then montaged (ImageMagick `montage`, each shot labelled) into
// <out>/<widget id>.png. It also lists every widget frame wider than the viewport at the phone
// width, content wider than its frame, and the page errors seen, in <out>/report.md (and on stdout).
// Korean needs a CJK font (Debian: fonts-noto-cjk), or its glyphs come out as boxes.
// Usage: node scripts/widget-sheets.mjs [--base http://127.0.0.1:4417 | --dir dist] [--out reports/widget-sheets]
//        [--only optimization,transfer-learning] [--widget race,network] [--widths 360,1280] [--langs en,ko] [--themes light,dark]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const list = (name, fallback) => option(name, fallback).split(',').filter(Boolean);
const out = resolve(option('out', 'reports/widget-sheets'));
const widths = list('widths', '360,1280').map(Number);
const langs = list('langs', 'en,ko');
const themes = list('themes', 'light,dark');
const onlyWidgets = list('widget', '');
const phone = Math.min(...widths);

let base = option('base', '');
let server = null;
const dist = resolve(option('dir', 'dist'));
if (!base) {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No built site in ${dist}: run "npm run build" first (or pass --dir, or --base of a running server).`);
    process.exit(1);
  }
  const port = 4300 + Math.floor(Math.random() * 500);
  server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname, '--port', String(port), '--dir', dist], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  await new Promise((done) => setTimeout(done, 800));
}
base = base.replace(/\/$/, '');
const slugs = option('only', '')
  ? list('only', '')
  : readdirSync(join(dist, 'en')).filter((slug) => slug !== 'search' && existsSync(join(dist, 'en', slug, 'index.html')));
mkdirSync(join(out, 'shots'), { recursive: true });

/** Waits (at most `timeout` ms) until `figure`'s islands have hydrated, it says it is loading nothing, and its size has held still for a second. */
async function hydrated(figure, timeout = 60_000) {
  const start = Date.now();
  let last = '';
  let stableSince = Date.now();
  while (Date.now() - start < timeout) {
    const state = await figure.evaluate((el) => {
      const pending = el.querySelectorAll('astro-island[ssr]').length;
      const r = el.getBoundingClientRect();
      // Still working: the kit's loading notice, or any visible line of progress (they all end in "…" in both languages).
      const busyLine = [...el.querySelectorAll('p, span, div, output')].some(
        (e) => !e.closest('select, label, option') && e.checkVisibility() && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim().endsWith('…')),
      );
      const loading = busyLine || el.querySelector('[class$="-loading"], [aria-busy="true"]') !== null;
      return { pending, loading, size: `${Math.round(r.width)}x${Math.round(r.height)}` };
    });
    if (state.pending > 0 || state.loading || state.size !== last) [last, stableSince] = [state.pending || state.loading ? '' : state.size, Date.now()];
    else if (Date.now() - stableSince > 1000) return true;
    await new Promise((done) => setTimeout(done, 200));
  }
  return false;
}

/** What is wrong with `figure`'s box at this viewport: wider than the viewport, or content wider than the frame. */
const overflow = (figure) =>
  figure.evaluate((el) => {
    const problems = [];
    const r = el.getBoundingClientRect();
    if (r.right > innerWidth + 0.5 || r.left < -0.5) problems.push(`frame spans ${Math.round(r.left)}–${Math.round(r.right)} px in a ${innerWidth} px viewport`);
    if (el.scrollWidth > el.clientWidth + 1) problems.push(`content ${el.scrollWidth} px wide in a ${el.clientWidth} px frame`);
    // A descendant past the frame's right edge with no scrolling or clipping box between: it sticks out.
    for (const child of el.querySelectorAll('*')) {
      const c = child.getBoundingClientRect();
      if (c.width === 0 || c.right <= r.right + 1) continue;
      let boxed = false;
      for (let a = child.parentElement; a && a !== el; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') boxed = true;
      if (boxed) continue;
      const name = typeof child.className === 'string' && child.className ? `.${child.className.trim().split(/\s+/).join('.')}` : '';
      problems.push(`<${child.tagName.toLowerCase()}${name}> ends at ${Math.round(c.right)} px, past the frame's ${Math.round(r.right)} px`);
      break;
    }
    return problems;
  });

/** Whether the image at `file` is one flat colour (ImageMagick: its standard deviation is about 0). */
const blank = (file) => Number(execFileSync('convert', [file, '-format', '%[fx:standard_deviation]', 'info:'], { encoding: 'utf8' })) < 0.002;

/** Brings `figure` on screen, waits for it to hydrate, checks its box at the phone width and photographs it. */
async function shoot(page, figure, { slug, id, lang, theme, width, where }) {
  // The browser's own scroll: Playwright's waits for the element to stop moving, which a figure with a live chart never does.
  const scroll = () => figure.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await scroll();
  if (!(await hydrated(figure))) findings.push(`${where} ${id}: still loading or changing size after 60 s`);
  await scroll();
  if (width === phone) for (const p of await overflow(figure)) findings.push(`${where} ${id}: ${p}`);
  // A figure taller than the window is painted in pieces (sometimes blank): grow the window to hold it.
  const height = Math.ceil((await figure.boundingBox())?.height ?? 0);
  const tall = height + 300 > 900;
  if (tall) await page.setViewportSize({ width, height: height + 300 });
  const file = join(out, 'shots', `${slug}--${id}--${lang}-${theme}-${width}.png`);
  try {
    // Sections off screen skip painting (content-visibility), and the browser decides that a frame late:
    // a shot of one colour is retried after the next frames.
    for (let attempt = 0; attempt < 3; attempt++) {
      await scroll();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await figure.screenshot({ path: file, animations: 'disabled', timeout: 30_000 });
      if (!blank(file)) break;
      if (attempt === 2) findings.push(`${where} ${id}: the shot is one flat colour`);
    }
  } finally {
    if (tall) await page.setViewportSize({ width, height: 900 });
  }
  console.log(`shot ${slug}/${id} ${lang} ${theme} ${width}`);
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const findings = [];
const errors = [];
try {
  for (const slug of slugs) {
    for (const lang of langs) {
      for (const theme of themes) {
        for (const width of widths) {
          const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme, reducedMotion: 'reduce' });
          const where = `/${lang}/${slug}/ ${width} px ${theme}`;
          page.on('pageerror', (e) => errors.push(`${where}: ${e.message}`));
          page.on('console', (m) => m.type() === 'error' && errors.push(`${where}: console: ${m.text()}`));
          await page.goto(`${base}/${lang}/${slug}/`, { waitUntil: 'load' });
          await page.addStyleTag({ content: '.site-header { position: static !important; }' });
          const figures = await page.locator('figure.widget[data-widget-id]').all();
          for (const figure of figures) {
            const id = await figure.getAttribute('data-widget-id');
            if (onlyWidgets.length && !onlyWidgets.includes(id)) continue;
            try {
              await shoot(page, figure, { slug, id, lang, theme, width, where });
            } catch (e) {
              findings.push(`${where} ${id}: no shot (${String(e.message ?? e).split('\n')[0]})`);
            }
          }
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server?.kill();
}

// One row per language (ImageMagick refuses images over 16,000 px, and a tall widget's four rows would be);
// columns: light then dark, each at every width, so a row compares one language across themes and widths. The
// shots come from the folder, so a run with --only or --widget refreshes some and keeps the rest.
// ImageMagick's default label font (Helvetica) is often missing on Linux: name one that fontconfig has.
const font = execFileSync('fc-match', ['-f', '%{file}', 'DejaVu Sans'], { encoding: 'utf8' }).trim();
const shotName = /^(.+)--(.+)--([a-z]+)-([a-z]+)-(\d+)\.png$/;
const sheets = new Map();
for (const name of readdirSync(join(out, 'shots')).sort()) {
  const m = shotName.exec(name);
  if (!m) continue;
  const [, slug, id, lang, theme, width] = m;
  const key = `${slug}--${id}`;
  if (!sheets.has(key)) sheets.set(key, []);
  sheets.get(key).push({ label: `${lang} · ${theme} · ${width} px`, file: join(out, 'shots', name), order: [langs.indexOf(lang), themes.indexOf(theme), Number(width)] });
}
for (const [key, shots] of sheets) {
  shots.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  const sheet = join(out, `${key}.png`);
  const labelled = shots.flatMap(({ label, file }) => ['-label', label, file]);
  try {
    execFileSync('montage', [...labelled, '-tile', `${widths.length * themes.length}x`, '-geometry', '+12+12', '-gravity', 'North', '-font', font, '-pointsize', '18', '-background', '#8a8a8a', '-title', key.replace('--', ' / '), sheet], { stdio: ['ignore', 'ignore', 'pipe'] });
    console.log(`sheet ${sheet}`);
  } catch (e) {
    findings.push(`${key}: no sheet (${String(e.stderr ?? e.message).trim().split('\n')[0]})`);
  }
}

const report = [
  `# Widget sheets (${new Date().toISOString()})`,
  '',
  `Sheets: ${out}/<chapter>--<widget>.png, shots in ${out}/shots/ (rows: ${langs.join(', ')}; columns: ${themes.join(', ')} at ${widths.join(' and ')} px)`,
  '',
  `## Layout at ${phone} px`,
  ...(findings.length ? findings.map((f) => `- ${f}`) : ['- every widget frame fits the viewport']),
  '',
  '## Page errors',
  ...(errors.length ? [...new Set(errors)].map((e) => `- ${e}`) : ['- none']),
].join('\n');
writeFileSync(join(out, 'report.md'), `${report}\n`);
console.log(report);
