/**
 * The Content-Security-Policy on the built site. Every page carries the policy and no inline
 * handler, and Pagefind runs its wasm under it with no violation and no console error. The rest
 * is checked on the visits other tests make anyway, with a `securitypolicyviolation` listener in
 * place (recordPolicyViolations in drivers.ts): every page loads (site.e2e.ts), every widget of
 * both languages hydrates (url-hostile.e2e.ts), and every feature that loads code runs (tfjs on
 * the wasm backend, switched to through a badge, one step or result of every widget, the reader's
 * own photo as a blob: image) in the offline sweep of offline.e2e.ts, served by the offline copy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtPages, distDir } from './pages';
import { recordPolicyViolations } from './drivers';

const pages = builtPages();

/** Starts recording violations and console errors before any page script runs. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  const violations = await recordPolicyViolations(page);
  return async () => [...errors, ...(await violations())];
}

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];

test('every built page has the policy, ahead of its scripts, and no inline handler', () => {
  for (const path of pages) {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const policy = policyOf(html);
    expect(policy, `${path} has no policy`).toBeTruthy();
    expect(html.indexOf('http-equiv="content-security-policy"'), path).toBeLessThan(html.indexOf('<script'));
    const directives = new Map(policy!.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    const scripts = directives.get('script-src')!;
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).not.toContain("'unsafe-eval'");
    expect(directives.get('object-src'), path).toEqual(["'none'"]);
    // Each inline script is allowed by its own hash, and nothing else is inline.
    for (const [, attrs, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attrs)) continue;
      expect(scripts, `${path}: ${code.slice(0, 60)}`).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    }
    const handlers = [...html.matchAll(/<[a-zA-Z][^>]*\s(on[a-z]+)\s*=[^>]*>/g)].map((m) => m[0].slice(0, 80));
    expect(handlers, path).toEqual([]);
  }
});

test('search: Pagefind loads, runs its wasm and finds results', async ({ page }) => {
  const problems = await watchPolicy(page);
  await page.goto('/en/search/');
  await page.locator('.pagefind-ui__search-input').fill('momentum');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 30_000 });
  expect(await problems()).toEqual([]);
});
