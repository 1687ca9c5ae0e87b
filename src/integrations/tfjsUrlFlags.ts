/**
 * TensorFlow.js reads the page's own query string when it starts: tfjs-core's Environment
 * constructor calls populateURLFlags(), which runs decodeURIComponent on every key and value of
 * `location.search` to find its `?tfjsflags=` debugging switch. One malformed escape anywhere in
 * the URL (`?foo=%ZZ`, a lone surrogate's bytes) throws URIError from inside the module's first
 * evaluation, and every tfjs widget on the page is dead ("URI malformed"); an ES module that
 * failed to evaluate cannot be imported again. Its parser also grew a string of (keys × query
 * length) characters, so a long query with many keys crashed the tab. The page URL is untrusted
 * input, so the build replaces that parser with one that skips a pair it cannot read (a pair
 * that is not a tfjs flag anyway) and reads the query in one linear pass.
 *
 * The parser also drops `tfjsflags` itself. It is a switch for tfjs's own developers, not for a
 * reader's link, and tfjs applies it before it can check it: `?tfjsflags=DEBUG:true` makes
 * registerFlag('DEBUG') ask for IS_TEST before IS_TEST exists ("Cannot evaluate flag 'IS_TEST'"),
 * `?tfjsflags=x` calls toLowerCase() on undefined, both inside tfjs's first evaluation, so every
 * tfjs widget on the page was dead; other flags (WEBGL_VERSION, WEBGL_FORCE_F16_TEXTURES) would
 * silently change what a shared link computes. The reader's backend comes from the widgets' own
 * switch, so nothing the course offers is lost.
 *
 * The patch is textual and checked: if a tfjs upgrade changes the function, the build stops with
 * this explanation instead of shipping the old crash. Both Vite's build transform and the dev
 * server's dependency pre-bundling (esbuild) get it.
 */
import { readFileSync } from 'node:fs';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

/** tfjs-core's ES module file that holds getQueryParams / decodeParam. */
const ENVIRONMENT_FILE = /[\\/]@tensorflow[\\/]tfjs-core[\\/]dist[\\/]environment\.js$/;
/** getQueryParams and decodeParam as tfjs-core 4.x ships them. */
const QUERY_PARSER =
  /export function getQueryParams\(queryString\) \{\s*const params = \{\};\s*queryString\.replace\(\/\[\?&\]\(\[\^=\?&\]\+\)\(\?:=\(\[\^&\]\*\)\)\?\/g, \(s, \.\.\.t\) => \{\s*decodeParam\(params, t\[0\], t\[1\]\);\s*return t\.join\('='\);\s*\}\);\s*return params;\s*\}\s*function decodeParam\(params, name, value\) \{\s*params\[decodeURIComponent\(name\)\] = decodeURIComponent\(value \|\| ''\);\s*\}/;
/**
 * The same parser, safe on any URL. Two faults are fixed: a malformed escape threw, and the
 * replace() callback returned `t.join('=')`, where `t` ends with the whole query string, so a
 * query of many keys built a string of (keys × length) characters: 10,000 keys in a 600 kB
 * query crashed the tab. matchAll() reads the same pairs without building anything.
 */
const SAFE_QUERY_PARSER = `export function getQueryParams(queryString) {
    // Patched by src/integrations/tfjsUrlFlags.ts: never throws, linear in the query's length.
    const params = {};
    for (const match of queryString.matchAll(/[?&]([^=?&]+)(?:=([^&]*))?/g)) {
        decodeParam(params, match[1], match[2]);
    }
    return params;
}
function decodeParam(params, name, value) {
    try {
        const key = decodeURIComponent(name);
        // A link must not set tfjs's debugging flags (see tfjsUrlFlags.ts): some of them crash tfjs.
        if (key === 'tfjsflags') return;
        params[key] = decodeURIComponent(value || '');
    }
    catch (_malformed) { }
}`;

/** tfjs-core's environment.js with a decodeParam that cannot throw and ignores ?tfjsflags=; throws if the function is not found. */
export function patchTfjsEnvironment(code: string, file = 'environment.js'): string {
  if (!QUERY_PARSER.test(code)) {
    throw new Error(
      `${file}: tfjs-core's getQueryParams/decodeParam changed, so src/integrations/tfjsUrlFlags.ts can no longer stop a malformed URL escape from breaking TensorFlow.js. Update the pattern there.`,
    );
  }
  return code.replace(QUERY_PARSER, SAFE_QUERY_PARSER);
}

/** The Vite plugin (production build) and esbuild plugin (dev pre-bundling) that apply the patch. */
export function tfjsUrlFlags(): { vite: VitePlugin; esbuild: EsbuildPlugin } {
  return {
    vite: {
      name: 'lecture7:tfjs-url-flags',
      enforce: 'pre',
      transform(code, id) {
        if (!ENVIRONMENT_FILE.test(id.split('?')[0])) return null;
        return { code: patchTfjsEnvironment(code, id), map: null };
      },
    },
    esbuild: {
      name: 'lecture7:tfjs-url-flags',
      setup(build) {
        build.onLoad({ filter: ENVIRONMENT_FILE }, (args) => ({
          contents: patchTfjsEnvironment(readFileSync(args.path, 'utf8'), args.path),
          loader: 'js',
        }));
      },
    },
  };
}
