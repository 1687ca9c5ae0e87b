/**
 * Data a job loads where it runs (the worker fetches through the page's service worker, so it
 * works offline): the MNIST digits, fetched and decoded once per host; a failed load is
 * forgotten so that the next job tries again.
 */
import { decodeDigits, gunzipIfNeeded, MNIST_URL, type DigitSet } from '../../lib/mnist';

let digits: Promise<DigitSet> | null = null;

/** The shipped digits, loaded once per host. */
export function hostDigits(): Promise<DigitSet> {
  digits ??= (async () => {
    const response = await fetch(MNIST_URL);
    if (!response.ok) throw new Error(`Could not load the MNIST digits from ${MNIST_URL}: HTTP ${response.status}`);
    return decodeDigits(await gunzipIfNeeded(new Uint8Array(await response.arrayBuffer())));
  })();
  digits.catch(() => (digits = null));
  return digits;
}
