/**
 * The shipped MNIST digits for the network race, fetched once the widget is on screen, with the
 * bytes received so far (the file is about 1.6 MB, seconds on a slow link) and a retry after a
 * failure. It decodes with lib/mnist and never imports tfjs, so the download runs while
 * TensorFlow.js itself is still loading. One download per page, however often the hook mounts.
 *
 *   loading --(decoded)--> ready
 *      |  ^
 *   (error) retry
 *      v  |
 *     error
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { decodeDigits, gunzipIfNeeded, MNIST_URL, type DigitSet } from '~/lib/mnist';

export interface DigitsLoad {
  status: 'loading' | 'ready' | 'error';
  digits: DigitSet | null;
  /** Bytes received so far, and the size the server announced (null when it did not). */
  received: number;
  total: number | null;
  error: string | null;
  retry(): void;
}

type Progress = (received: number, total: number | null) => void;

/** A `fetch` that reads the body itself so it can report progress, then hands back the same bytes. */
function fetchWithProgress(onProgress: Progress): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await fetch(input, init);
    if (!response.ok || !response.body) return response;
    const announced = Number(response.headers.get('content-length'));
    const total = Number.isFinite(announced) && announced > 0 ? announced : null;
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      onProgress(received, total);
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return new Response(bytes, { status: response.status, statusText: response.statusText });
  }) as typeof fetch;
}

let loading: Promise<DigitSet> | null = null;
const listeners = new Set<Progress>();

/** The page's one download of the digits; a failed one is forgotten so that a retry fetches again. */
function loadDigits(): Promise<DigitSet> {
  loading ??= (async () => {
    const response = await fetchWithProgress((received, total) => listeners.forEach((f) => f(received, total)))(MNIST_URL);
    if (!response.ok) throw new Error(`Could not load the MNIST digits from ${MNIST_URL}: HTTP ${response.status}`);
    return decodeDigits(await gunzipIfNeeded(new Uint8Array(await response.arrayBuffer())));
  })();
  loading.catch(() => (loading = null));
  return loading;
}

/** Starts loading the digits on mount; `retry` tries again after an error. */
export function useDigits(): DigitsLoad {
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<DigitsLoad['status']>('loading');
  const [digits, setDigits] = useState<DigitSet | null>(null);
  const [progress, setProgress] = useState<{ received: number; total: number | null }>({ received: 0, total: null });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    setStatus('loading');
    setError(null);
    setProgress({ received: 0, total: null });
    const report: Progress = (received, total) => setProgress({ received, total });
    listeners.add(report);
    loadDigits()
      .then(
        (set) => {
          if (!alive) return;
          setDigits(set);
          setStatus('ready');
        },
        (e: unknown) => {
          if (!alive) return;
          setError(e instanceof Error ? e.message : String(e));
          setStatus('error');
        },
      );
    return () => {
      alive = false;
      listeners.delete(report);
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { status, digits, received: progress.received, total: progress.total, error, retry };
}
