/**
 * tfjs-core decodes the page's whole query string when it starts; the build patches that decode
 * (src/integrations/tfjsUrlFlags.ts) so a malformed escape cannot stop TensorFlow.js. This runs
 * the real, installed environment.js's getQueryParams before and after the patch.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { patchTfjsEnvironment } from '../../src/integrations/tfjsUrlFlags';

const file = createRequire(import.meta.url).resolve('@tensorflow/tfjs-core/dist/environment.js');
const source = readFileSync(file, 'utf8');

/** getQueryParams (and its decodeParam) cut out of environment.js and evaluated on their own. */
function queryParser(code: string): (search: string) => Record<string, string> {
  const start = code.indexOf('export function getQueryParams');
  const end = code.indexOf('function parseValue');
  const body = code.slice(start, end).replace('export function', 'function');
  return new Function(`${body}; return getQueryParams;`)() as (search: string) => Record<string, string>;
}

const hostile = ['?foo=%ZZ', '?%E0%A4%A=1', '?x=%ED%A0%80', '?a=%', '?race.lrSgd=0.3&b=%zz&tfjsflags=WEBGL_PACK:false'];

describe('tfjs URL flags', () => {
  it('the installed tfjs throws on a malformed escape (what the patch is for)', () => {
    expect(() => queryParser(source)('?foo=%ZZ')).toThrow(URIError);
  });

  it.each(hostile)('the patched parser reads %j without throwing', (search) => {
    expect(() => queryParser(patchTfjsEnvironment(source))(search)).not.toThrow();
  });

  it('reads the readable pairs and never hands tfjs its debugging flags (DEBUG:true or a flag with no value crash tfjs)', () => {
    const parse = queryParser(patchTfjsEnvironment(source));
    expect(parse('?race.lrSgd=0.3&b=%zz&tfjsflags=WEBGL_PACK:false')).toEqual({ 'race.lrSgd': '0.3' });
    for (const search of ['?tfjsflags=DEBUG:true', '?tfjsflags=x', '?tfjs%66lags=DEBUG:true', '?a=1&tfjsflags=WEBGL_VERSION:0']) {
      expect(parse(search)).not.toHaveProperty('tfjsflags');
    }
  });

  it('reads 10,000 keys in a 650 kB query in one pass (the shipped parser built a string of keys × length)', () => {
    const search = `?${Array.from({ length: 10_000 }, (_, i) => `race.k${i}=${i}`).join('&')}&big=${'9'.repeat(500_000)}&tfjsflags=DEBUG:false`;
    const started = performance.now();
    const parsed = queryParser(patchTfjsEnvironment(source))(search);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(Object.keys(parsed)).toHaveLength(10_001);
    expect(parsed).not.toHaveProperty('tfjsflags');
    // The shipped parser is not run on this: it runs Node (and a browser tab) out of memory.
  });

  it('stops the build with a clear message if tfjs changes the function', () => {
    expect(() => patchTfjsEnvironment('function decodeParam(p, n, v) {}', 'x.js')).toThrow(/tfjsUrlFlags\.ts/);
  });
});
