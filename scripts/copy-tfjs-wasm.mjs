// Copies the TensorFlow.js wasm backend's binaries into public/tfjs/, so the site serves them
// itself (the backend fetches them from /tfjs/ via setWasmPaths; nothing comes from a CDN).
// Runs before `npm run build` and `npm run dev` (package.json "prebuild" / "predev").
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
const target = new URL('../public/tfjs/', import.meta.url).pathname;
mkdirSync(target, { recursive: true });
const binaries = readdirSync(dist).filter((name) => name.endsWith('.wasm'));
if (binaries.length === 0) throw new Error(`No .wasm files in ${dist}: is @tensorflow/tfjs-backend-wasm installed?`);
for (const name of binaries) copyFileSync(join(dist, name), join(target, name));
console.log(`copied ${binaries.length} tfjs wasm binaries to public/tfjs/`);
