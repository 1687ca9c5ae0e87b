/**
 * The page's side of the service worker (src/sw/service-worker.ts): registers it after the page
 * has loaded, marks the page once the offline copy is complete (html[data-offline="ready"] and
 * the footer's note), and shows the update notice when a new version waits. Reload hands over
 * to the new worker, and the page reloads once when it takes control.
 */
import type { SwMessage } from '~/sw/types';

/** Shows the footer's note and marks the document once the worker holds the whole site. */
function markReady(version: string): void {
  document.documentElement.dataset.offline = 'ready';
  document.documentElement.dataset.offlineVersion = version;
  const note = document.querySelector<HTMLElement>('[data-offline-note]');
  if (note) note.hidden = false;
}

/** Shows the "new version" notice; its button lets `waiting` take over, or just reloads when the new version already has. */
function offerUpdate(waiting: ServiceWorker | null, accept: () => void): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  const button = notice?.querySelector('button');
  if (!notice || !button) return;
  notice.hidden = false;
  button.disabled = false;
  button.onclick = () => {
    button.disabled = true;
    accept();
    if (waiting) waiting.postMessage({ type: 'skip-waiting' } satisfies SwMessage);
    else location.reload();
  };
}

/** Watches `registration` for a newly installed worker that waits behind the running one. */
function watchUpdates(registration: ServiceWorkerRegistration, accept: () => void): void {
  const container = navigator.serviceWorker;
  if (registration.waiting && container.controller) offerUpdate(registration.waiting, accept);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      // With no controller this is the first install, not an update: nothing to offer.
      if (incoming.state === 'installed' && container.controller) offerUpdate(incoming, accept);
    });
  });
}

/** Registers /sw.js (production builds only: the dev server has no worker). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  let accepted = false;
  let reloading = false;
  let controlled = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    // The first install taking control of the page is no update.
    if (!controlled) {
      controlled = true;
      return;
    }
    // Accepted in another tab: this page's files may be gone from the new copy, so offer a reload.
    if (!accepted) return offerUpdate(null, () => (accepted = true));
    if (reloading) return;
    reloading = true;
    location.reload();
  });
  container.addEventListener('message', (event: MessageEvent<SwMessage>) => {
    if (event.data?.type === 'offline-status' && event.data.complete) markReady(event.data.version);
  });
  container.startMessages();

  // Asked of whichever worker is active, even when registering fails (offline, it may).
  void container.ready.then((ready) => ready.active?.postMessage({ type: 'status' } satisfies SwMessage));
  const start = async () => {
    try {
      watchUpdates(await container.register('/sw.js', { scope: '/' }), () => (accepted = true));
    } catch (error) {
      // The site works without the worker (an old browser, a private window): it just is not offline.
      console.warn('Offline copy unavailable:', error);
    }
  };
  // After load, so precaching never competes with the page's own first downloads.
  if (document.readyState === 'complete') void start();
  else window.addEventListener('load', () => void start(), { once: true });
}
