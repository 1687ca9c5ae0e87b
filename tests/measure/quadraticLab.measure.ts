/**
 * The optimization chapter's quadratic-lab numbers: steps to 1e-6, rates and noise floors as the
 * lab computes them at its defaults, at ten times its default κ and with gradient noise on.
 * Deterministic (no seeds). Writes src/lib/measurements/quadraticLab.json.
 */
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { labEntries } from './labRuns';
import { commandFor } from './record';

it('computes the quadratic lab’s quoted numbers', () => {
  const entries = labEntries(commandFor('quadraticLab'));
  writeFileSync(new URL('../../src/lib/measurements/quadraticLab.json', import.meta.url), `${JSON.stringify(entries, null, 2)}\n`);
  for (const e of entries) console.info(`[measure] ${e.id}: ${JSON.stringify(e.metrics)}`);
});
