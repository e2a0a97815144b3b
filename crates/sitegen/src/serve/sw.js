// The service worker `sitegen serve` answers for sw.js, in place of the build's. The build's
// worker serves every file from its cache and waits for the reader's Reload before a newer
// build takes over: under `make serve` a save would then show nothing new. This one caches
// nothing and has no fetch handler, so every request goes to the server; it takes over at
// once (replacing a build's worker this browser kept from an earlier visit to this address)
// and drops the caches such a worker left. The apps register it as they would the build's,
// so nothing in the site needs to know it runs under `serve`.
'use strict';
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith('runbook-')).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});
