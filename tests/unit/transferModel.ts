import { readFileSync } from 'node:fs';
import { bodyFromWeights, parseManifest } from '../../src/engines/transfer/loadModel';

/** The shipped pretrained body, read from public/ with fs (the page fetches the same files). */
export function loadShippedBody() {
  const dir = new URL('../../public/models/strokes-cnn/', import.meta.url);
  const manifest = parseManifest(JSON.parse(readFileSync(new URL('model.json', dir), 'utf8')));
  const bytes = readFileSync(new URL(manifest.paths[0], dir));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return { manifest, body: bodyFromWeights(manifest, buffer as ArrayBuffer) };
}
