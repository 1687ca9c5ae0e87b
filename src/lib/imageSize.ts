/**
 * An image's width and height read from the first bytes of its file (PNG, JPEG, GIF, WebP), so a
 * picture too large to decode safely can be refused before the browser allocates its pixels
 * (4 bytes each: 400 MB for 100 megapixels). Pure: bytes in, numbers out; null when the format is
 * not one of these or the header is cut short, and the caller then decodes and checks afterwards.
 */

/** Why a reader's image could not be used: the gallery and the drawing pad say each in words (src/lib/i18n). */
export type LoadProblem =
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'notImage'; name: string }
  | { kind: 'tooManyPixels'; width: number; height: number }
  | { kind: 'fetch'; status: number | string }
  | { kind: 'noCanvas' }
  | { kind: 'unexpected'; detail: string };

/** Bytes of the file to read: enough for a JPEG's size marker after a large EXIF block. */
export const HEADER_BYTES = 256 * 1024;

export interface ImageSize {
  width: number;
  height: number;
}

const ascii = (b: Uint8Array, at: number, text: string) => [...text].every((c, i) => b[at + i] === c.charCodeAt(0));
const be16 = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];
const le16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const be32 = (b: Uint8Array, at: number) => ((b[at] << 24) >>> 0) + (b[at + 1] << 16) + (b[at + 2] << 8) + b[at + 3];
const le24 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16);

/** The size the header of `bytes` declares, or null when it cannot be read. */
export function imageSize(bytes: Uint8Array): ImageSize | null {
  const b = bytes;
  if (b.length >= 24 && b[0] === 0x89 && ascii(b, 1, 'PNG') && ascii(b, 12, 'IHDR')) return { width: be32(b, 16), height: be32(b, 20) };
  if (b.length >= 10 && (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a'))) return { width: le16(b, 6), height: le16(b, 8) };
  if (b.length >= 30 && ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return webpSize(b);
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  return null;
}

function webpSize(b: Uint8Array): ImageSize | null {
  if (ascii(b, 12, 'VP8X')) return { width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
  if (ascii(b, 12, 'VP8 ') && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) return { width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  if (ascii(b, 12, 'VP8L') && b[20] === 0x2f) {
    const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return null;
}

/** Walks the JPEG markers to the first start-of-frame (SOF0-SOF15, except DHT, JPG and DAC). */
function jpegSize(b: Uint8Array): ImageSize | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: be16(b, at + 7), height: be16(b, at + 5) };
    // Markers without a length (RSTn, SOI, TEM) are two bytes; the rest carry their length.
    at += (marker >= 0xd0 && marker <= 0xd8) || marker === 0x01 ? 2 : 2 + be16(b, at + 2);
  }
  return null;
}
