/**
 * A plain static server for the built site, owned by one test: on a free port (so it can be shut
 * down to prove the site works offline) and able to answer some paths with other content (to
 * simulate the next build).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { distDir } from './pages';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export interface DistServer {
  url: string;
  /** URL path -> replacement body, for the paths the next build changes. */
  overrides: Map<string, string>;
  /** Stops serving and drops open connections: from now on only the browser's copy answers. */
  close(): Promise<void>;
}

/** Serves distDir on 127.0.0.1 at a free port. */
export async function serveDist(): Promise<DistServer> {
  const overrides = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(distDir, path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const override = overrides.get(path);
    if (!file.startsWith(distDir) || (!override && !existsSync(file))) {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(override ?? readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    overrides,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
