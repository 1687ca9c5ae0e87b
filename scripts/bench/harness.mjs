// Shared by every benchmark: bundles a bench page (never shipped: it goes to a temporary folder,
// not dist/), serves it on 127.0.0.1 and opens it in Debian's headless Chromium.
import { createServer } from 'node:http';
import { copyFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

/** Bundles `entry` (relative to the project root) with tfjs's wasm binaries and `files` into a temp folder. */
export async function buildBenchPage(entry, files = {}) {
  const out = mkdtempSync(join(tmpdir(), 'lecture7-bench-'));
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(out, 'bench.js'),
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
    minify: true,
  });
  const wasmDir = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  mkdirSync(join(out, 'tfjs'));
  for (const name of readdirSync(wasmDir).filter((n) => n.endsWith('.wasm'))) copyFileSync(join(wasmDir, name), join(out, 'tfjs', name));
  for (const [target, source] of Object.entries(files)) copyFileSync(join(root, source), join(out, target));
  writeFileSync(join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>');
  return out;
}

/** A static server for `dir` on a free loopback port; `isolated` adds COOP/COEP (wasm threads). */
export function serveDir(dir, { isolated = false } = {}) {
  // Stylesheets need their type (Chromium ignores a stylesheet served as octet-stream), or the built site is measured unstyled.
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.wasm': 'application/wasm' };
  const headers = isolated ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {};
  const server = createServer((req, res) => {
    const path = normalize(join(dir, new URL(req.url ?? '/', 'http://x').pathname));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() }));
  });
}

/**
 * Builds and serves `entry`, opens it in Chromium, waits for `window[global]`, runs `body(page, browser)`,
 * and cleans everything up.
 */
export async function withBenchPage({ entry, global, files, isolated }, body) {
  const dir = await buildBenchPage(entry, files);
  const server = await serveDir(dir, { isolated });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('bench page error:', e.message));
    await page.goto(server.url);
    await page.waitForFunction((name) => window[name] !== undefined, global, { timeout: 60_000 });
    return await body(page, browser);
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pads a table cell. */
export const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));
