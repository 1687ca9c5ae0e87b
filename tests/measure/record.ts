/** Writes measurement entries into src/lib/measurements/<file>.json, replacing entries by id. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Measurement } from '../../src/lib/measurements';

/** Adds or replaces `entry` in `<file>.json`, keeping the file's order, and logs it. */
export function record(file: string, entry: Measurement): void {
  const url = new URL(`../../src/lib/measurements/${file}.json`, import.meta.url);
  const list = (existsSync(url) ? JSON.parse(readFileSync(url, 'utf8')) : []) as Measurement[];
  const at = list.findIndex((m) => m.id === entry.id);
  if (at >= 0) list[at] = entry;
  else list.push(entry);
  writeFileSync(url, `${JSON.stringify(list, null, 2)}\n`);
  console.info(`[measure] ${entry.id}: ${JSON.stringify(entry.metrics)}`);
}

/** The command line that reruns the measurements of `file`. */
export const commandFor = (file: string) => `npx vitest run --config tests/measure/vitest.config.ts ${file}`;
