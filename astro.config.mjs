import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import csp from './src/integrations/csp.ts';
import { tfjsUrlFlags } from './src/integrations/tfjsUrlFlags.ts';
import rehypeEstimateBlockHeights from './src/lib/markdown/estimateBlockHeights.ts';
import { rehypeMathNowrap, rehypeMathSearchText } from './src/lib/markdown/mathInProse.ts';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // Styles inline in each page: no render-blocking request before the first paint (about 14 kB gzip).
  build: { format: 'directory', inlineStylesheets: 'always' },
  server: { host: '127.0.0.1', port: 4321 },
  preview: { host: '127.0.0.1', port: 4321 },
  // csp() last: it hashes the inline scripts of the finished pages.
  integrations: [preact(), mdx(), csp()],
  markdown: {
    // High-contrast themes: the default ones fail WCAG contrast on some tokens (axe checks every page).
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: 'light' },
    remarkPlugins: [remarkMath],
    rehypePlugins: [
      // ids first, so the anchors link to them (Astro would otherwise add ids after our plugins).
      rehypeHeadingIds,
      // strict: false lets Korean words sit inside \text{}; a formula that does not parse still fails the build.
      [rehypeKatex, { strict: false, throwOnError: true }],
      // After KaTeX: no line starts with the comma after a formula; search reads each formula once.
      rehypeMathNowrap,
      rehypeMathSearchText,
      // After KaTeX, so it counts what the formulas draw: heights for blocks laid out lazily.
      rehypeEstimateBlockHeights,
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          // Kept out of the search index, so result titles carry no stray "#".
          properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1, dataPagefindIgnore: 'all' },
          content: { type: 'text', value: '#' },
        },
      ],
    ],
  },
  vite: {
    // The engine worker (src/engines/worker/engineWorker.ts) is a module worker that imports its
    // engines lazily: only the ES format can split a worker into chunks (iife cannot).
    worker: { format: 'es' },
    // tfjs must not crash on a malformed escape in the page's URL (see the plugin).
    plugins: [tfjsUrlFlags().vite],
    optimizeDeps: { exclude: ['@tensorflow/tfjs-backend-wasm'], esbuildOptions: { plugins: [tfjsUrlFlags().esbuild] } },
  },
});
