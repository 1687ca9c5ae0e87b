/**
 * What the service worker keeps from a build, and which cached file answers a request.
 * Pure: shared by scripts/build-sw.mjs (Node, at build time) and src/sw/ (the worker).
 */

/** Every cache this site makes starts with this; a version's cache is prefix + version. */
export const CACHE_PREFIX = 'lecture7-';

/** The worker's own file: the browser fetches it for its update checks, never from a cache. */
export const WORKER_FILE = 'sw.js';

/** A file's content hash: the first 16 hex digits of its SHA-256 (the worker checks every download against it). */
export const HASH_HEX_LENGTH = 16;

/** One file of the build: its path in dist/ ("en/index.html") and a hash of its content. */
export interface BuildFile {
  path: string;
  hash: string;
}

/**
 * True for what Astro's server build leaves in a static output: with an --outDir outside the
 * project Astro stages the server build in ./.astro/, next to its content-layer cache, then
 * copies that folder into the output (collections/, content-*.mjs); an interrupted build leaves
 * chunks/, pages/ and manifest_*.mjs there for the next one to copy. A static site ships no .mjs.
 */
export function isServerLeftover(path: string): boolean {
  const top = path.split('/')[0];
  return /\.mjs(\.map)?$/.test(path) || path.endsWith('.d.ts') || path === 'data-store.json' || top === 'collections';
}

/** True for the files of the build the worker stores: everything the site serves. */
export function isPrecached(path: string): boolean {
  const name = path.split('/').pop() ?? '';
  if (!name || name.startsWith('.') || path === WORKER_FILE) return false;
  return !isServerLeftover(path) && !path.endsWith('.map');
}

/** The URL path a file of the build is served at: "en/index.html" -> "/en/", percent-encoded as a browser writes it. */
export function urlPathFor(path: string): string {
  const safe = path.replaceAll('%', '%25').replaceAll('#', '%23').replaceAll('?', '%3F');
  const pathname = new URL(`/${safe}`, 'http://site.invalid').pathname;
  return pathname.endsWith('/index.html') ? pathname.slice(0, -'index.html'.length) : pathname;
}

/**
 * The cached file that answers `url`, or null when the build has none (another origin, an
 * unknown path). The query and the hash are dropped: a static site serves the same file
 * whatever the query says, and the widgets keep their state in the query. "/en/optimization"
 * and "/en/optimization/index.html" both find the page "/en/optimization/".
 */
export function cacheKeyFor(url: string, origin: string, known: ReadonlySet<string>): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== origin) return null;
  const path = parsed.pathname;
  if (known.has(path)) return path;
  if (path.endsWith('/index.html') && known.has(path.slice(0, -'index.html'.length))) return path.slice(0, -'index.html'.length);
  if (!path.endsWith('/') && known.has(`${path}/`)) return `${path}/`;
  return null;
}

/** The text a build's version is hashed from: one "path hash" line a file, sorted, so walk order does not matter. */
export function versionInput(files: readonly BuildFile[]): string {
  return files
    .map((f) => `${f.path} ${f.hash}\n`)
    .sort()
    .join('');
}

/** The precache list: URL path -> content hash, for the files the worker stores, in URL order. */
export function precacheList(files: readonly BuildFile[]): Record<string, string> {
  const entries = files.filter((f) => isPrecached(f.path)).map((f) => [urlPathFor(f.path), f.hash] as const);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
