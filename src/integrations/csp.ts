/**
 * A strict Content-Security-Policy for every built page, written as the first thing in <head>
 * after the build. Each page's inline scripts (the theme pre-paint script, the island loader
 * and the small module scripts Astro inlines) are allowed by their SHA-256 hashes, counted from
 * the finished HTML, so a script added anywhere in the site is covered without a list to update.
 *
 * Why not Astro's `experimental.csp`: it always adds hashes to style-src, and a hash there makes
 * browsers ignore 'unsafe-inline', which the charts need (below). It also leaves `is:inline`
 * scripts unhashed. The dev server gets no policy (Vite injects its own inline code there).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Every directive except script-src, whose hashes differ per page. */
export const fixedDirectives = [
  "default-src 'self'",
  // Styles keep 'unsafe-inline': Observable Plot writes a <style> element into each chart's SVG,
  // the islands and the widget frames set style attributes, and KaTeX's HTML carries them too.
  "style-src 'self' 'unsafe-inline'",
  // data: for small generated images, blob: for the reader's own photo and the drawing pad.
  "img-src 'self' data: blob:",
  // data: for the small KaTeX fonts Vite inlines into the stylesheet.
  "font-src 'self' data:",
  // Data, model weights, the wasm binaries and Pagefind's index are all fetched from the site.
  "connect-src 'self'",
  // The service worker; nothing on the site starts a blob: worker.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Scripts: the site's own files, the hashed inline ones, and WebAssembly compilation (tfjs wasm, Pagefind). */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const executable = (attrs: string) => {
  if (/\bsrc\s*=/i.test(attrs)) return false;
  const type = /\btype\s*=\s*"?([^"\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
  return !type || type === 'module' || type === 'text/javascript';
};

/** The base64 SHA-256 source expression of each inline script a page runs, in page order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(inlineScript)]
    .filter(([, attrs]) => executable(attrs))
    .map(([, , code]) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  return [...new Set(hashes)];
}

/** The full policy for one page. */
export function policyFor(html: string): string {
  return [...fixedDirectives, `script-src ${[...scriptSources, ...inlineScriptHashes(html)].join(' ')}`].join('; ');
}

/** Attributes that would run code and that no policy without 'unsafe-inline' allows: `onclick=`, `href="javascript:`. */
export function inlineHandlers(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.replace(inlineScript, '').matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const [, name] of tag.matchAll(/\s(on[a-z]+)\s*=/gi)) found.push(`${name} in ${tag.slice(0, 80)}`);
    if (/\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(tag)) found.push(`javascript: URL in ${tag.slice(0, 80)}`);
  }
  return found;
}

/** `html` with its policy as a <meta> right after the charset, ahead of every script and style. */
export function withPolicy(html: string): string {
  if (/http-equiv="content-security-policy"/i.test(html)) throw new Error('the page already has a content-security-policy meta');
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}${meta}`);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('the page has no <head> to put its content-security-policy in');
  return html.replace(head[0], `${head[0]}${meta}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return ['_astro', 'pagefind', 'tfjs', 'data', 'models'].includes(name) ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The Astro integration: after `astro build`, every HTML page gets its policy; an inline handler fails the build. */
export default function csp(): AstroIntegration {
  return {
    name: 'lecture7-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        const problems = files.flatMap((file) => inlineHandlers(readFileSync(file, 'utf8')).map((p) => `${file}: ${p}`));
        if (problems.length) throw new Error(`Inline event handlers break the Content-Security-Policy; use addEventListener in a script:\n${problems.join('\n')}`);
        for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
        logger.info(`content-security-policy written into ${files.length} pages`);
      },
    },
  };
}
