// Stand-in service worker, served only where the real one was not generated: by `npm run dev`
// (same origin as `npm start`, so a reader's browser may still hold the built site's worker)
// or by a build that skipped scripts/build-sw.mjs, which overwrites this file in dist/.
// It removes the offline copy and itself, and reloads the pages the old worker was serving,
// so they come from the server again. Pages it did not control are left alone (no reload loop).
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith('lecture7-')).map((name) => caches.delete(name)));
      const controlled = await self.clients.matchAll({ type: 'window' });
      await self.registration.unregister();
      for (const client of controlled) client.navigate(client.url);
    })(),
  );
});
