/**
 * The architecture as rules (README "Layout of the code"), checked by dependency-cruiser in
 * `npm run check` and so in `npm test`:
 *
 *   lib      pure TypeScript: imports only lib (no tfjs, no Preact, no Plot, no astro:*)
 *   engines  tfjs on top of lib: no islands, charts or components, and not a widget's
 *            parameter table (src/lib/widgets/), which belongs to the UI
 *   charts   Observable Plot builders on top of lib: never engines (nor tfjs) or islands
 *   islands  Preact wiring: may use all of the above
 *
 * Imports flow one way: lib <- engines <- islands, lib <- charts <- islands. Type-only imports
 * count (tsPreCompilationDeps). No DOM in lib is checked by tsconfig.pure.json (no DOM library);
 * tests/unit/architecture.test.ts shows each rule failing on a planted file.
 */
const uiLayers = '^src/(islands|components|pages|layouts)/';

module.exports = {
  forbidden: [
    {
      name: 'lib-imports-only-lib',
      comment: 'src/lib is pure TypeScript: it may not import engines, charts, islands or Astro components.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(engines|charts|islands|components|pages|layouts|integrations|sw)/' },
    },
    {
      name: 'lib-has-no-frameworks',
      comment: 'src/lib is pure: no tfjs, no Preact, no Observable Plot, no astro:* virtual modules.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: ['^astro:', 'node_modules/(@tensorflow|preact|@preact|@observablehq|astro)/'] },
    },
    {
      name: 'engines-not-ui',
      comment: 'src/engines is tfjs without a page: no islands, charts or Astro components.',
      severity: 'error',
      from: { path: '^src/engines/' },
      to: { path: [uiLayers, '^src/charts/', '^astro:', 'node_modules/(preact|@preact|@observablehq)/'] },
    },
    {
      name: 'engines-not-widget-tables',
      comment: 'An engine takes its own settings (e.g. lib/augmentSettings.ts), not a widget\'s parameter table in src/lib/widgets/.',
      severity: 'error',
      from: { path: '^src/engines/' },
      to: { path: '^src/lib/widgets/' },
    },
    {
      name: 'charts-not-engines',
      comment: 'src/charts builds Plot options from plain data: never engines or tfjs (which would pull tfjs into a chart), never islands.',
      severity: 'error',
      from: { path: '^src/charts/' },
      to: { path: ['^src/engines/', uiLayers, '^astro:', 'node_modules/(@tensorflow|preact|@preact)/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.d.ts'],
    },
  },
};
