/**
 * A short fingerprint of bytes (32-bit FNV-1a, as 8 hex digits): enough to tell whether a saved
 * thing was made from the same inputs (the pretrained body's weights, the pad's drawings), not a
 * security hash. Pure.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Folds `bytes` into the running hash `h` (start with fingerprintStart()). */
export function fingerprintAdd(h: number, bytes: ArrayLike<number>): number {
  let x = h >>> 0;
  for (let i = 0; i < bytes.length; i++) x = Math.imul(x ^ (bytes[i] & 0xff), FNV_PRIME) >>> 0;
  return x;
}

/** The hash before any bytes. */
export const fingerprintStart = (): number => FNV_OFFSET;

/** The fingerprint of `bytes` as 8 hex digits. */
export function fingerprint(bytes: ArrayLike<number>): string {
  return fingerprintText(fingerprintAdd(FNV_OFFSET, bytes));
}

/** A running hash as 8 hex digits. */
export const fingerprintText = (h: number): string => (h >>> 0).toString(16).padStart(8, '0');
