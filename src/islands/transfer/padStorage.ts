/**
 * Keeps the drawing pad's work in this browser's IndexedDB (one record per widget id), so a
 * reload or a visit offline finds the reader's classes and drawings again. Nothing leaves the
 * browser. Every failure (no IndexedDB, a private window that refuses it, a full disk) comes back
 * as a reason instead of an exception: the pad then says so and keeps the work in memory.
 * No library: two requests do not need one.
 */

const DB_NAME = 'lecture7';
const STORE = 'drawingPad';

export type StorageProblem = 'unavailable' | 'full';
export type Loaded = { ok: true; record: unknown } | { ok: false; problem: StorageProblem };

let opening: Promise<IDBDatabase> | null = null;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const r = indexedDB.open(DB_NAME, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.onblocked = () => reject(new Error('IndexedDB blocked'));
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

const problemOf = (e: unknown): StorageProblem => (e instanceof DOMException && e.name === 'QuotaExceededError' ? 'full' : 'unavailable');

/** The record saved for `key` (undefined when there is none). */
export async function loadPad(key: string): Promise<Loaded> {
  try {
    const db = await open();
    return { ok: true, record: await request(db.transaction(STORE).objectStore(STORE).get(key)) };
  } catch (e) {
    return { ok: false, problem: problemOf(e) };
  }
}

/** Saves `record` for `key` (null deletes it); resolves with the problem, or null once written. */
export async function savePad(key: string, record: unknown): Promise<StorageProblem | null> {
  try {
    const db = await open();
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    if (record === null) store.delete(key);
    else store.put(record, key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
    return null;
  } catch (e) {
    return problemOf(e);
  }
}
