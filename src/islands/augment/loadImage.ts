/**
 * Getting a photo into a canvas small enough for tfjs: the shipped photos by URL, or a file the
 * reader picks (read in the browser with createImageBitmap; it is never uploaded). Large images
 * are scaled down before tfjs sees them, and a file that is too big or not an image gets a
 * message that says so instead of an exception. A file whose header declares too many pixels is
 * refused before it is decoded.
 */
import { HEADER_BYTES, imageSize, type LoadProblem } from '~/lib/imageSize';

/** Longest side the gallery works at: ImageNet networks see 224 x 224. */
export const WORK_SIDE = 224;
/** Files above this are refused before decoding (a phone photo is 2–12 MB). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Decoded images above this many pixels are refused (a 100-megapixel decode can exhaust memory). */
export const MAX_PIXELS = 80e6;

export type { LoadProblem };

export class ImageLoadError extends Error {
  constructor(readonly problem: LoadProblem) {
    super(problem.kind);
  }
}

/** The problem behind anything a load rejects with, so the gallery can say it in the reader's language. */
export function loadProblemOf(error: unknown): LoadProblem {
  return error instanceof ImageLoadError ? error.problem : { kind: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}

/** Draws `source` into a canvas whose longest side is at most WORK_SIDE. */
export function downscale(source: ImageBitmap, maxSide = WORK_SIDE): HTMLCanvasElement {
  const scale = Math.min(1, maxSide / Math.max(source.width, source.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(source.width * scale));
  canvas.height = Math.max(1, Math.round(source.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new ImageLoadError({ kind: 'noCanvas' });
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** Rejects with the signal's reason once `signal` is aborted (a newer choice replaced this one). */
function checkNotAborted(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('Replaced by a newer choice', 'AbortError');
}

async function decode(blob: Blob, name: string, signal?: AbortSignal): Promise<HTMLCanvasElement> {
  checkNotAborted(signal);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    checkNotAborted(signal);
    throw new ImageLoadError({ kind: 'notImage', name });
  }
  try {
    // A decode cannot be interrupted, but its pixels are freed at once when nobody wants them.
    checkNotAborted(signal);
    if (bitmap.width * bitmap.height > MAX_PIXELS) {
      throw new ImageLoadError({ kind: 'tooManyPixels', width: bitmap.width, height: bitmap.height });
    }
    return downscale(bitmap);
  } finally {
    bitmap.close();
  }
}

/** A file the reader picked, checked and scaled down; rejects with ImageLoadError, or an AbortError once `signal` aborts. */
export async function readImageFile(file: File, signal?: AbortSignal): Promise<HTMLCanvasElement> {
  if (file.size > MAX_FILE_BYTES) throw new ImageLoadError({ kind: 'tooLarge', bytes: file.size });
  // Refuse a picture too large by its header, before decoding allocates its pixels.
  const declared = imageSize(new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer()));
  if (declared && declared.width * declared.height > MAX_PIXELS) throw new ImageLoadError({ kind: 'tooManyPixels', ...declared });
  return decode(file, file.name, signal);
}

/** One of the shipped photos, fetched from the site and scaled down; `signal` cancels it. */
export async function fetchPhoto(url: string, signal?: AbortSignal): Promise<HTMLCanvasElement> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    checkNotAborted(signal);
    throw new ImageLoadError({ kind: 'fetch', status: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) throw new ImageLoadError({ kind: 'fetch', status: response.status });
  return decode(await response.blob(), url, signal);
}
