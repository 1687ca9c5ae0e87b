// Renders the app icons of public/manifest.webmanifest from public/favicon.svg (run once after
// changing the favicon; the PNGs are committed). Maskable: the drawing shrunk into the safe
// circle (80 % of the side) on a full-bleed square of the favicon's blue, so no launcher crops it.
// Usage: node scripts/build-icons.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('public/favicon.svg', 'utf8');
const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1f4e79"/><g transform="translate(6.4 6.4) scale(0.6)">${inner}</g></svg>`;

mkdirSync('public/icons', { recursive: true });
for (const [name, source, size] of [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['icon-maskable-512.png', maskable, 512],
]) {
  await sharp(Buffer.from(source), { density: (72 * size) / 32 }).resize(size, size).png({ compressionLevel: 9 }).toFile(`public/icons/${name}`);
  console.log(`public/icons/${name}`);
}
