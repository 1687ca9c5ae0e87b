import { describe, expect, it } from 'vitest';
import { cacheKeyFor, isPrecached, isServerLeftover, precacheList, urlPathFor, versionInput } from '../../src/lib/offline/precache';

const origin = 'http://127.0.0.1:4321';
const known = new Set(['/', '/en/', '/en/optimization/', '/ko/optimization/', '/_astro/client.js', '/pagefind/pagefind-entry.json', '/data/mnist/mnist-10k.u8z']);

describe('which files of the build are precached', () => {
  it('keeps pages, scripts, fonts, data, models, wasm and the search index', () => {
    for (const path of [
      'index.html',
      'en/optimization/index.html',
      '_astro/KaTeX_Main-Regular.B22Nviop.woff2',
      'data/photos/chelsea.jpg',
      'data/mnist/mnist-10k.u8z',
      'models/strokes-cnn/weights.bin',
      'tfjs/tfjs-backend-wasm-simd.wasm',
      'pagefind/fragment/en_0b93aa8.pf_fragment',
      'pagefind/wasm.en.pagefind',
      'manifest.webmanifest',
      'icons/icon-512.png',
    ]) {
      expect(isPrecached(path), path).toBe(true);
    }
  });

  it('leaves out the worker itself, source maps and dotfiles', () => {
    for (const path of ['sw.js', '_astro/client.js.map', '.DS_Store', 'data/.gitkeep']) expect(isPrecached(path), path).toBe(false);
  });

  it('recognises and leaves out what Astro’s server build leaves behind', () => {
    for (const path of ['chunks/astro/server_abc.mjs', 'manifest_VlxZZuZ2.mjs', 'pages/en/_slug_.astro.mjs', 'renderers.mjs', 'content-modules.mjs', 'collections/chapters.schema.json', 'content.d.ts', 'data-store.json']) {
      expect(isServerLeftover(path), path).toBe(true);
      expect(isPrecached(path), path).toBe(false);
    }
    expect(isServerLeftover('_astro/client.js')).toBe(false);
    expect(isServerLeftover('data/mnist/README.md')).toBe(false);
  });
});

describe('URL of a built file', () => {
  it('serves a folder’s index.html at the folder', () => {
    expect(urlPathFor('index.html')).toBe('/');
    expect(urlPathFor('en/optimization/index.html')).toBe('/en/optimization/');
    expect(urlPathFor('_astro/client.js')).toBe('/_astro/client.js');
  });

  it('percent-encodes as the browser does, so the worker finds the key', () => {
    const path = urlPathFor('data/사진 #1.jpg');
    expect(path).toBe('/data/%EC%82%AC%EC%A7%84%20%231.jpg');
    expect(cacheKeyFor(new URL(`http://127.0.0.1:4321/data/사진 %231.jpg`).href, origin, new Set([path]))).toBe(path);
  });
});

describe('cache key of a request', () => {
  it('drops the query and the hash: widgets keep their state in the query', () => {
    expect(cacheKeyFor(`${origin}/en/optimization/?race.lr=0.1&network.trainCount=500#momentum`, origin, known)).toBe('/en/optimization/');
    expect(cacheKeyFor(`${origin}/pagefind/pagefind-entry.json?ts=1712345`, origin, known)).toBe('/pagefind/pagefind-entry.json');
    expect(cacheKeyFor(`${origin}/?x=1`, origin, known)).toBe('/');
  });

  it('finds a page without its trailing slash or with index.html', () => {
    expect(cacheKeyFor(`${origin}/en/optimization`, origin, known)).toBe('/en/optimization/');
    expect(cacheKeyFor(`${origin}/en/optimization/index.html`, origin, known)).toBe('/en/optimization/');
    expect(cacheKeyFor(`${origin}/index.html`, origin, known)).toBe('/');
  });

  it('answers nothing for another origin, an unknown path or a bad URL', () => {
    expect(cacheKeyFor('https://cdn.example.com/_astro/client.js', origin, known)).toBeNull();
    expect(cacheKeyFor(`${origin}/en/no-such-page/`, origin, known)).toBeNull();
    expect(cacheKeyFor(`${origin}/sw.js`, origin, known)).toBeNull();
    expect(cacheKeyFor('not a url', origin, known)).toBeNull();
  });
});

describe('version and list', () => {
  const files = [
    { path: 'en/index.html', hash: 'aaaa' },
    { path: '_astro/client.js', hash: 'bbbb' },
    { path: 'sw.js', hash: 'cccc' },
    { path: 'content-modules.mjs', hash: 'dddd' },
  ];

  it('the version input does not depend on the walk order, and changes with any file', () => {
    expect(versionInput([...files].reverse())).toBe(versionInput(files));
    expect(versionInput([{ ...files[0], hash: 'aaab' }, ...files.slice(1)])).not.toBe(versionInput(files));
  });

  it('the list maps URL paths to hashes, precached files only, sorted', () => {
    expect(precacheList(files)).toEqual({ '/_astro/client.js': 'bbbb', '/en/': 'aaaa' });
    expect(Object.keys(precacheList([...files].reverse()))).toEqual(['/_astro/client.js', '/en/']);
  });
});
