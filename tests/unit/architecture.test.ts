/**
 * The architecture checks of `npm run check` can fail: each rule of .dependency-cruiser.cjs is
 * shown catching a violation planted in a small tree of its own (a temporary folder shaped like
 * src/, with this project's node_modules linked in), and a clean file next to it passes; and
 * tsconfig.pure.json turns a DOM global in src/lib into a type error while allowing what Node
 * has too (URL, Blob).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
let tree: string;

/** Writes `files` (path -> source) under `dir`. */
function plant(dir: string, files: Record<string, string>): void {
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
}

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'architecture-'));
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
  plant(tree, {
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '~/*': ['src/*'] } } }),
    // Allowed: lib on lib, engines on lib and tfjs, charts on lib and Plot, islands on everything.
    'src/lib/pure.ts': 'export const one = 1;\n',
    'src/lib/widgets/table.ts': "import { one } from '../pure';\nexport const table = [one];\n",
    'src/engines/model.ts': "import * as tf from '@tensorflow/tfjs';\nimport { one } from '../lib/pure';\nexport const model = () => tf.scalar(one);\n",
    'src/charts/chart.ts': "import * as Plot from '@observablehq/plot';\nimport { one } from '../lib/pure';\nexport const chart = () => Plot.dot([one]);\n",
    'src/islands/widget.ts':
      "import { chart } from '~/charts/chart';\nimport { model } from '~/engines/model';\nimport { table } from '~/lib/widgets/table';\nexport const widget = [chart, model, table];\n",
    // Planted violations, one rule each.
    'src/lib/usesEngine.ts': "import { model } from '../engines/model';\nexport const bad = model;\n",
    'src/lib/usesTf.ts': "import * as tf from '@tensorflow/tfjs';\nexport const bad = tf.scalar;\n",
    'src/lib/usesAstro.ts': "import { getCollection } from 'astro:content';\nexport const bad = getCollection;\n",
    'src/engines/readsWidget.ts': "import { table } from '../lib/widgets/table';\nexport const bad = table;\n",
    'src/engines/usesIsland.ts': "import { widget } from '~/islands/widget';\nexport const bad = widget;\n",
    'src/charts/usesEngine.ts': "import type { model } from '../engines/model';\nexport type Bad = typeof model;\n",
  });
});

afterAll(() => rmSync(tree, { recursive: true, force: true }));

describe('dependency-cruiser rules (.dependency-cruiser.cjs)', () => {
  it('flag each planted violation with its rule, and nothing else', async () => {
    const bin = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
    const args = [bin, 'src', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'];
    // depcruise exits non-zero when it finds violations; the JSON is on stdout either way.
    const stdout = await promisify(execFile)(process.execPath, args, { cwd: tree, maxBuffer: 1 << 24 }).then(
      (r) => r.stdout,
      (e: { stdout?: string }) => e.stdout ?? '',
    );
    const { summary } = JSON.parse(stdout) as { summary: { violations: { from: string; to: string; rule: { name: string } }[] } };
    const found = summary.violations.map((v) => `${v.from} -> ${v.to}: ${v.rule.name}`).sort();
    expect(found).toEqual([
      'src/charts/usesEngine.ts -> src/engines/model.ts: charts-not-engines',
      'src/engines/readsWidget.ts -> src/lib/widgets/table.ts: engines-not-widget-tables',
      'src/engines/usesIsland.ts -> src/islands/widget.ts: engines-not-ui',
      'src/lib/usesAstro.ts -> astro:content: lib-has-no-frameworks',
      'src/lib/usesEngine.ts -> src/engines/model.ts: lib-imports-only-lib',
      // The linked node_modules resolves to its real path.
      expect.stringMatching(/^src\/lib\/usesTf\.ts -> .*node_modules\/@tensorflow\/tfjs\/.*: lib-has-no-frameworks$/),
    ]);
  });
});

describe('src/lib has no DOM (tsconfig.pure.json)', () => {
  it('a DOM global is a type error there; URL and Blob, which Node has too, are not', () => {
    plant(tree, {
      'dom/usesDocument.ts': 'export const title = (): string => document.title;\n',
      'dom/usesNodeToo.ts': "export const host = new URL('https://example.org/').host;\nexport const blob = new Blob(['x']).size;\n",
    });
    const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.pure.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!config) throw new Error('tsconfig.pure.json did not parse');
    const files = ['usesDocument.ts', 'usesNodeToo.ts'].map((f) => join(tree, 'dom', f));
    const program = ts.createProgram(files, config.options);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName.split('/').pop()}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(errors).toEqual([expect.stringMatching(/^usesDocument\.ts: Cannot find name 'document'/)]);
  });
});
