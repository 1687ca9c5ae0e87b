/**
 * A cell in the address bar: its payload (lib/cell/cellLink.ts) compressed with the browser's
 * CompressionStream('deflate-raw') and written under `cell.<name>` with history.replaceState,
 * other keys and the hash kept. Reading undoes it; anything malformed reads as null.
 */
import { MAX_CELL_LINK, cellLinkKey, fromBase64Url, payloadText, readPayload, toBase64Url, type CellLinkPayload } from '~/lib/cell/cellLink';

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The payload of cell `name` in the current URL: absent, unreadable, or the payload. */
export async function readCellFromUrl(name: string): Promise<{ state: 'absent' } | { state: 'broken' } | { state: 'ok'; payload: CellLinkPayload }> {
  const raw = new URLSearchParams(window.location.search).get(cellLinkKey(name));
  if (raw === null) return { state: 'absent' };
  const bytes = raw.length <= MAX_CELL_LINK ? fromBase64Url(raw) : null;
  if (!bytes) return { state: 'broken' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await through(bytes, new DecompressionStream('deflate-raw')));
    const payload = readPayload(text);
    return payload ? { state: 'ok', payload } : { state: 'broken' };
  } catch {
    return { state: 'broken' };
  }
}

/**
 * Writes cell `name` into the URL (or removes it when `payload` is null: the lecture's own code).
 * Returns the compressed length when it is over the limit (the key is then removed), else null.
 */
export async function writeCellToUrl(name: string, payload: CellLinkPayload | null): Promise<number | null> {
  let encoded: string | null = null;
  if (payload) encoded = toBase64Url(await through(new TextEncoder().encode(payloadText(payload)), new CompressionStream('deflate-raw')));
  const tooLong = encoded !== null && encoded.length > MAX_CELL_LINK ? encoded.length : null;
  const { pathname, search, hash } = window.location;
  const params = new URLSearchParams(search);
  if (encoded === null || tooLong !== null) params.delete(cellLinkKey(name));
  else params.set(cellLinkKey(name), encoded);
  const text = params.toString();
  const next = text ? `?${text}` : '';
  if (next !== search) history.replaceState(history.state, '', `${pathname}${next}${hash}`);
  return tooLong;
}
