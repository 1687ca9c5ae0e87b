// Serves the built site (dist/) on 127.0.0.1, as any static file server would: no rewrites
// beyond "a folder serves its index.html". Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4321));
const root = resolve(option('dir', 'dist'));
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Gzipped bodies, made once per file and version: a static host compresses ahead of time, and
 * compressing tfjs's megabytes again for every visit cost this server ~0.1 s of CPU per page in
 * the e2e tests, beside the browsers it serves.
 */
const gzipped = new Map();
function gzippedBody(file, stats) {
  const kept = gzipped.get(file);
  if (kept && kept.mtimeMs === stats.mtimeMs && kept.size === stats.size) return kept.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, body });
  return body;
}

createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    const notFound = join(root, '404.html');
    res.writeHead(404, { 'content-type': types['.html'] });
    if (existsSync(notFound)) createReadStream(notFound).pipe(res);
    else res.end('Not found');
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  // Text and wasm are gzipped, as any real static host does, so page-weight audits see real transfer sizes.
  const gzip = /^(text\/|application\/(json|wasm|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  if (!gzip) {
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
    return;
  }
  const body = gzippedBody(file, statSync(file));
  res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': body.length });
  res.end(body);
})
  .on('error', (error) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${port} is already in use on 127.0.0.1: stop the other server, or pick another port with PORT=4400 npm start.`);
    process.exit(1);
  })
  .listen(port, '127.0.0.1', () => {
    console.log(`Lecture 7, live is served at http://127.0.0.1:${port}/`);
  });
