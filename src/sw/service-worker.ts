/**
 * The service worker. It keeps a complete copy of one build of the site in a cache of its own
 * and answers every request for that build from it, so the course works offline after the
 * first visit. scripts/build-sw.mjs bundles this file with the build's file list into dist/sw.js.
 *
 * Updates are clean: a new build installs into a new cache while the old worker keeps serving
 * the old copy whole; only when the reader accepts (the page sends "skip-waiting") does the new
 * worker take over, and it then deletes the old caches. The page reloads once on the switch.
 */
import { CACHE_PREFIX, HASH_HEX_LENGTH, cacheKeyFor } from '../lib/offline/precache';
import type { PrecacheManifest, SwClient, SwMessage, SwScope } from './types';

declare const PRECACHE_MANIFEST: PrecacheManifest;

const sw = globalThis as unknown as SwScope;
const { version, files } = PRECACHE_MANIFEST;
const cacheName = `${CACHE_PREFIX}${version}`;
const known = new Set(Object.keys(files));
/** Stored responses carry their content hash, so the next version can reuse unchanged files. */
const HASH_HEADER = 'x-precache-hash';
/** Downloads at a time while installing: enough to fill the pipe, few enough not to starve the page. */
const PARALLEL = 6;

/** Hex SHA-256 prefix of `bytes`, as scripts/build-sw.mjs computes it. */
async function hashOf(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('').slice(0, HASH_HEX_LENGTH);
}

/** A storable copy of `response` with its bytes and hash (a fresh response: never "redirected"). */
function stored(bytes: ArrayBuffer, response: Response, hash: string): Response {
  const headers = new Headers(response.headers);
  headers.set(HASH_HEADER, hash);
  return new Response(bytes, { status: 200, statusText: 'OK', headers });
}

/** The same file from an older version's cache, when its content has not changed. */
async function reusable(url: string, hash: string, older: Cache[]): Promise<Response | null> {
  for (const cache of older) {
    const hit = await cache.match(url);
    if (hit && hit.headers.get(HASH_HEADER) === hash) return hit;
  }
  return null;
}

/** Downloads `url`, checks it is the file this build lists (not an older or newer one), and stores it. */
async function precacheOne(cache: Cache, url: string, hash: string, older: Cache[]): Promise<void> {
  if (await cache.match(url)) return; // an earlier, interrupted install already got it
  const copy = await reusable(url, hash, older);
  if (copy) return cache.put(url, copy);
  const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  const got = await hashOf(bytes);
  // The server already has another build: fail this install; the next update check installs that one.
  if (got !== hash) throw new Error(`${url}: content changed since this worker was built`);
  await cache.put(url, stored(bytes, response, got));
}

/** Stores every file of the build; the install fails (and the old worker stays) if any is missing. */
async function precacheAll(): Promise<void> {
  const cache = await caches.open(cacheName);
  const names = (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX) && n !== cacheName);
  const older = await Promise.all(names.map((n) => caches.open(n)));
  const queue = Object.entries(files);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await precacheOne(cache, next[0], next[1], older);
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/** True when this version's cache holds every file (a browser may evict caches under storage pressure). */
async function complete(): Promise<boolean> {
  if (!(await caches.has(cacheName))) return false;
  const keys = await (await caches.open(cacheName)).keys();
  return keys.length >= known.size;
}

/** Tells `clients` whether the offline copy is complete. */
async function report(clients: SwClient[]): Promise<void> {
  const message: SwMessage = { type: 'offline-status', version, complete: await complete() };
  for (const client of clients) client.postMessage(message);
}

/** The cached answer to `request`, or the network's when the cache lost it. */
async function respond(key: string, request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  const hit = await cache.match(key);
  return hit ?? fetch(request);
}

sw.addEventListener('install', (event) => {
  // No skipWaiting here: a running page keeps its worker until the reader accepts the update.
  event.waitUntil(precacheAll());
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX) && n !== cacheName);
      await Promise.all(stale.map((n) => caches.delete(n)));
      await sw.clients.claim();
      await report(await sw.clients.matchAll({ type: 'window', includeUncontrolled: true }));
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const key = cacheKeyFor(request.url, sw.location.origin, known);
  if (key) event.respondWith(respond(key, request));
});

sw.addEventListener('message', (event) => {
  const data = event.data as SwMessage | null;
  if (data?.type === 'skip-waiting') event.waitUntil(sw.skipWaiting());
  else if (data?.type === 'status' && event.source) event.waitUntil(report([event.source]));
});
