// Per built page: the gzip bytes of its HTML, CSS and the JS it loads before any widget hydrates,
// and, separately, the JS its widgets load when they come near the viewport (astro-island chunks).
// Usage: node scripts/page-weight.mjs [dist]   (run after npm run build); scripts/audit.mjs imports pageWeights().
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Gzip bytes per built page: { page, html, css, js (before widgets), widgetJs }, sorted by page. */
export function pageWeights(dist = 'dist') {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!['_astro', 'pagefind', 'tfjs', 'data', 'models'].includes(name)) walk(full);
      } else if (name === 'index.html') pages.push(full);
    }
  };
  walk(dist);

  /** A JS file and everything it imports statically (dynamic import() is left out: it loads later). */
  function closure(entries) {
    const seen = new Set();
    const visit = (url) => {
      if (seen.has(url)) return;
      const file = join(dist, url);
      if (!existsSync(file)) return;
      seen.add(url);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
        if (m[1].startsWith('.')) visit(posix.join(posix.dirname(url), m[1]));
      }
    };
    entries.forEach(visit);
    return seen;
  }
  const sum = (urls) => [...urls].reduce((s, u) => s + gz(readFileSync(join(dist, u))), 0);

  const rows = [];
  for (const file of pages.sort()) {
    const html = readFileSync(file, 'utf8');
    const path = `/${relative(dist, dirname(file))}/`.replace('//', '/');
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]).filter((u) => u.startsWith('/'));
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter((u) => u.startsWith('/'));
    const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const imported = inline.flatMap((code) => [...code.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["'](\/[^"']+)["']/g)].map((m) => m[1]));
    const islands = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]);
    const before = closure([...scripts, ...imported]);
    const widget = [...closure(islands)].filter((u) => !before.has(u));
    rows.push({
      page: path,
      html: gz(Buffer.from(html)),
      css: sum(new Set(css)),
      js: sum(before),
      widgetJs: sum(new Set(widget)),
    });
  }
  return rows;
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const rows = pageWeights(process.argv[2] ?? 'dist');
  const kb = (n) => (n / 1024).toFixed(1);
  console.log('| page | HTML kB | CSS kB | JS before widgets kB | total kB | widget JS on demand kB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(`| ${r.page} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.html + r.css + r.js)} | ${kb(r.widgetJs)} |`);
  }
  console.log('(gzip -9 sizes; widget JS excludes tfjs and Plot chunks loaded by dynamic import())');
}
