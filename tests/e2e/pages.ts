/** The pages of the built site, read from dist/ so a new chapter is swept without editing a list. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { resolve } from 'node:path';

/** The built site under test: dist/, or E2E_DIST when a build went elsewhere. */
const dist = `${resolve(process.env.E2E_DIST ?? new URL('../../dist', import.meta.url).pathname)}/`;

/** Every built HTML page as a site path ("/en/optimization/"), sorted; 404 pages excluded. */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name === '_astro' || name === 'pagefind' || name === 'tfjs') continue;
        walk(full);
      } else if (name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** The folder the site was built into. */
export const distDir = dist;
