/**
 * The shipped MNIST digits (public/data/mnist/mnist-10k.u8z, built by scripts/build-mnist.mjs):
 * gzip of 10,000 label bytes followed by 10,000 x 784 pixel bytes (0..255), classes interleaved.
 * Pure: works on bytes, so the page (fetch) and the unit tests (fs) share it.
 */
export const MNIST_URL = '/data/mnist/mnist-10k.u8z';
export const IMAGE_SIZE = 28;
export const PIXELS = IMAGE_SIZE * IMAGE_SIZE;
export const CLASSES = 10;
/** The last 2,000 digits are never trained on by any widget: they are the held-out set. */
export const HELD_OUT = 2000;

export interface DigitSet {
  count: number;
  labels: Uint8Array;
  /** count x 784 bytes, row-major, 0 = background. */
  pixels: Uint8Array;
}

/** Undoes gzip when the bytes start with its magic number (a server may already have done it). */
export async function gunzipIfNeeded(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Splits the unpacked file into labels and pixels, checking its size. */
export function decodeDigits(raw: Uint8Array): DigitSet {
  const count = raw.length / (PIXELS + 1);
  if (!Number.isInteger(count) || count === 0) {
    throw new Error(`MNIST file has ${raw.length} bytes, not a whole number of (1 + 784)-byte digits`);
  }
  return { count, labels: raw.subarray(0, count), pixels: raw.subarray(count) };
}

/** Indices of the training pool (everything but the held-out tail) and of the held-out digits. */
export function splitIndices(set: DigitSet): { train: Int32Array; heldOut: Int32Array } {
  const cut = set.count - Math.min(HELD_OUT, Math.floor(set.count / 5));
  const train = Int32Array.from({ length: cut }, (_, i) => i);
  const heldOut = Int32Array.from({ length: set.count - cut }, (_, i) => cut + i);
  return { train, heldOut };
}

/** The first `perClass` training-pool indices of each digit, class-balanced, in pool order. */
export function balancedSubset(set: DigitSet, pool: Int32Array, perClass: number): Int32Array {
  const taken = new Array(CLASSES).fill(0);
  const out: number[] = [];
  for (const i of pool) {
    const c = set.labels[i];
    if (taken[c] < perClass) {
      taken[c]++;
      out.push(i);
      if (out.length === perClass * CLASSES) break;
    }
  }
  return Int32Array.from(out);
}

/** Gathers `indices` into a float image batch in [0, 1] (n x 784) and integer labels. */
export function gather(set: DigitSet, indices: ArrayLike<number>): { x: Float32Array; y: Int32Array } {
  const n = indices.length;
  const x = new Float32Array(n * PIXELS);
  const y = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = indices[k];
    const src = i * PIXELS;
    for (let p = 0; p < PIXELS; p++) x[k * PIXELS + p] = set.pixels[src + p] / 255;
    y[k] = set.labels[i];
  }
  return { x, y };
}
