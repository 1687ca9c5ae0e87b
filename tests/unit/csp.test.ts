/** The build's Content-Security-Policy pass (src/integrations/csp.ts) on small pages. */
import { describe, expect, it } from 'vitest';
import { inlineHandlers, inlineScriptHashes, policyFor, withPolicy } from '../../src/integrations/csp';

// sha256("alert(1)") in base64, from `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`.
const alertHash = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";

describe('inlineScriptHashes', () => {
  it('hashes inline classic and module scripts exactly as written, once each', () => {
    const html = '<script>alert(1)</script><script type="module">alert(1)</script><p>x</p>';
    expect(inlineScriptHashes(html)).toEqual([alertHash]);
  });

  it('leaves out scripts with src and data blocks the browser never runs', () => {
    const html = '<script src="/a.js"></script><script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>';
    expect(inlineScriptHashes(html)).toEqual([]);
  });
});

describe('policyFor', () => {
  it('allows scripts from the site, the hashed inline ones and wasm, never unsafe-inline or unsafe-eval', () => {
    const policy = policyFor('<script>alert(1)</script>');
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' ${alertHash}`);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).not.toContain("'unsafe-eval'");
  });
});

describe('inlineHandlers', () => {
  it('finds on* attributes and javascript: URLs, not words in text or scripts', () => {
    const html = '<button onclick="go()">go</button><a href="javascript:void 0">x</a><p>onclick=</p><script>el.onload = f</script>';
    const found = inlineHandlers(html);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^onclick in <button/);
    expect(found[1]).toMatch(/^javascript: URL in <a/);
  });

  it('accepts data-on* attributes', () => {
    expect(inlineHandlers('<div data-onload="x" data-online="1"></div>')).toEqual([]);
  });
});

describe('withPolicy', () => {
  it('puts the meta right after the charset, ahead of every script', () => {
    const out = withPolicy('<html><head><meta charset="utf-8"><script>alert(1)</script></head></html>');
    expect(out).toMatch(/^<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+"><script>/);
  });

  it('refuses a page that already has a policy, so two never stack', () => {
    const page = withPolicy('<head><meta charset="utf-8"></head>');
    expect(() => withPolicy(page)).toThrow(/already/);
  });
});
