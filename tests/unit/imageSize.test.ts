/**
 * imageSize reads the width and height from the first bytes of real files (made by sharp in each
 * format, JPEG with an EXIF block before its frame header), and gives up (null) on anything else.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../src/lib/imageSize';

const blank = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#3a7' } });

describe('imageSize', () => {
  it('reads PNG, JPEG (with EXIF), GIF and WebP (lossy, lossless, extended) headers', async () => {
    const files: [string, Buffer][] = [
      ['png', await blank(1234, 567).png().toBuffer()],
      ['jpeg', await blank(1234, 567).withMetadata({ exif: { IFD0: { Copyright: 'x'.repeat(2000) } } }).jpeg().toBuffer()],
      ['progressive jpeg', await blank(1234, 567).jpeg({ progressive: true }).toBuffer()],
      ['gif', await blank(1234, 567).gif().toBuffer()],
      ['webp lossy', await blank(1234, 567).webp().toBuffer()],
      ['webp lossless', await blank(1234, 567).webp({ lossless: true }).toBuffer()],
      ['webp with alpha (VP8X)', await sharp({ create: { width: 1234, height: 567, channels: 4, background: '#3a78' } }).webp().toBuffer()],
    ];
    for (const [name, bytes] of files) expect({ name, size: imageSize(new Uint8Array(bytes)) }).toEqual({ name, size: { width: 1234, height: 567 } });
  });

  it('a 12000 x 8000 PNG declares its 96 megapixels in its first 24 bytes', async () => {
    const png = await blank(12000, 8000).png({ compressionLevel: 1 }).toBuffer();
    expect(imageSize(new Uint8Array(png.subarray(0, 24)))).toEqual({ width: 12000, height: 8000 });
  });

  it('null for what it cannot read: text, cut-off headers, an empty file', async () => {
    const jpeg = new Uint8Array(await blank(40, 30).jpeg().toBuffer());
    for (const bytes of [new TextEncoder().encode('this is not a PNG file'), jpeg.subarray(0, 20), new Uint8Array(0), new Uint8Array([0x89, 0x50])]) {
      expect(imageSize(bytes)).toBeNull();
    }
  });
});
