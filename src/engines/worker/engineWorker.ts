/**
 * The module Web Worker every training widget's engine runs in: the engine host (host.ts)
 * exposed over Comlink. Results cross as structured clones with their typed arrays transferred
 * (jobs hand out fresh snapshots, so nothing the worker still uses is detached).
 */
import * as Comlink from 'comlink';
import { createHost, type EngineHost } from './host';

/** The ArrayBuffers under every typed array in `value` (each once), for Comlink.transfer. */
function buffersIn(value: unknown, found = new Set<ArrayBuffer>(), depth = 0): Set<ArrayBuffer> {
  if (depth > 6 || value === null || typeof value !== 'object') return found;
  if (ArrayBuffer.isView(value)) {
    // Only a view that covers its whole buffer: a view into a larger one shares it with others.
    if (value.buffer instanceof ArrayBuffer && value.byteLength === value.buffer.byteLength) found.add(value.buffer);
    return found;
  }
  for (const item of Array.isArray(value) ? value : Object.values(value)) buffersIn(item, found, depth + 1);
  return found;
}

const transferred = <T>(result: T): T => Comlink.transfer(result, [...buffersIn(result)]);

const host = createHost();
const exposed: EngineHost = {
  ...host,
  create: async (kind, config) => transferred(await host.create(kind, config)),
  work: async (id, budgetMs) => transferred(await host.work(id, budgetMs)),
  step: async (id, k) => transferred(await host.step(id, k)),
  query: async (id, what, arg) => transferred(await host.query(id, what, arg)),
};

Comlink.expose(exposed);
