import { readFileSync } from 'node:fs';
import { decodeDigits, gunzipIfNeeded, type DigitSet } from '../../src/lib/mnist';

/** The shipped MNIST file, read from public/ the way the page fetches it. */
export async function loadShippedMnist(): Promise<DigitSet> {
  const bytes = readFileSync(new URL('../../public/data/mnist/mnist-10k.u8z', import.meta.url));
  return decodeDigits(await gunzipIfNeeded(new Uint8Array(bytes)));
}
