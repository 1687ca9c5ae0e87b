/**
 * The few service-worker types src/sw/ uses. TypeScript's "webworker" library cannot share a
 * program with the "dom" one the rest of src/ needs, so the worker declares what it touches.
 */

/** An event whose handler can keep the worker alive until a promise settles. */
export interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

/** A request the worker may answer. */
export interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

/** A window (or worker) the service worker can talk to. */
export interface SwClient {
  readonly url: string;
  postMessage(message: unknown): void;
}

/** A message from a page. */
export interface SwMessageEvent extends SwExtendableEvent {
  readonly data: unknown;
  readonly source: SwClient | null;
}

/** The worker's global scope, as much of it as the worker uses. */
export interface SwScope {
  readonly location: Location;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options?: { includeUncontrolled?: boolean; type?: 'window' | 'all' }): Promise<SwClient[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: SwExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: SwMessageEvent) => void): void;
}

/** What scripts/build-sw.mjs writes into the worker: the build's version and its files (URL path -> content hash). */
export interface PrecacheManifest {
  version: string;
  files: Record<string, string>;
}

/** Messages between the page (src/components/offline/register.ts) and the worker. */
export type SwMessage =
  | { type: 'status' }
  | { type: 'skip-waiting' }
  | { type: 'offline-status'; version: string; complete: boolean };
