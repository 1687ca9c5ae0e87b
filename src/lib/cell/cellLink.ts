/**
 * A cell in the page's URL: `cell.<name>=<payload>`, where the payload is the cell's code, the
 * reader's racer name, whether it races and its hyper-parameters, as JSON compressed with
 * deflate-raw (the island does that with CompressionStream) and written in base64url. This file
 * holds the pure half: the payload's shape and checks, base64url, and the size limit. Pure.
 */

/** Longest payload (base64url characters) a link may carry per cell; beyond it the link keeps the lecture's code. */
export const MAX_CELL_LINK = 1500;

export interface CellLinkPayload {
  code: string;
  label: string;
  racing: boolean;
  values: Record<string, number>;
  /** A schedule or dropout cell whose code drives its widget (lib/cell/cellDrivers.ts); `racing` then means "applied to the network race". */
  shown?: boolean;
}

/** The URL key of cell `name`. */
export const cellLinkKey = (name: string) => `cell.${name}`;

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url text as bytes, or null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The JSON text of a payload (short keys keep links short). */
export function payloadText(p: CellLinkPayload): string {
  return JSON.stringify({ c: p.code, n: p.label, r: p.racing ? 1 : 0, v: p.values, ...(p.shown ? { s: 1 } : {}) });
}

/** The payload in `text` (decompressed JSON), or null when anything in it is off. */
export function readPayload(text: string): CellLinkPayload | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { c, n, r, v, s } = data as Record<string, unknown>;
  if (typeof c !== 'string' || c.length > 4000 || typeof n !== 'string' || n.length > 80) return null;
  const values: Record<string, number> = {};
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    for (const [key, value] of Object.entries(v).slice(0, 40)) {
      if (/^[A-Za-z_][A-Za-z_0-9]{0,40}$/.test(key) && typeof value === 'number' && Number.isFinite(value)) values[key] = value;
    }
  }
  return { code: c, label: n, racing: r === 1, values, shown: s === 1 };
}
