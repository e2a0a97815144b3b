// The offline worker (README, "When things are down"). `sitegen postbuild` writes it as
// sw.js with this build's values where the SETTINGS comment stands: a template in a file of
// its own, so it reads, and is checked, as the JavaScript it is.
'use strict';
/* SETTINGS: sitegen postbuild writes this build's BUILD, BASE, FILES, PAGES, MARK and
   PAGES_BUILD here (crates/sitegen/src/offline.rs). */
const CACHE = 'runbook-' + BUILD;
// Where this build's cache remembers the tabs that were open, on an older build, when it
// took over; no file of the build has this name.
const OLDER_TABS = BASE + 'sw-tabs-on-older-builds';

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new build waits until the reader chooses to reload.
  event.waitUntil(install().catch(async (err) => {
    await caches.delete(CACHE);
    throw err;
  }));
});

// Every file, past the HTTP cache. During a deploy that is not atomic the server can still
// send a page of the build before: then the install fails, and the worker already here goes
// on serving its own build whole. The next visit tries again.
async function install() {
  const cache = await caches.open(CACHE);
  await Promise.all(FILES.map(async (file) => {
    const response = await fetch(new Request(file, { cache: 'reload' }));
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    if (PAGES.has(file) && !(await response.clone().text()).includes(MARK)) {
      throw new Error(`${file} is a page of another build than ${PAGES_BUILD}`);
    }
    await cache.put(file, response);
  }));
}

self.addEventListener('activate', (event) => {
  event.waitUntil(activate());
});

async function activate() {
  const older = (await caches.keys()).filter((k) => k.startsWith('runbook-') && k !== CACHE);
  if (older.length === 0) {
    // The first build this browser keeps: the tabs open now were just served it.
    await self.clients.claim();
    return;
  }
  // A Reload in one tab brought this build in, and the browser hands it every tab of the
  // older one. Those tabs still run the build they opened with and may fetch more of its
  // files, so its cache stays until each of them has reloaded or closed.
  const tabs = await self.clients.matchAll({ includeUncontrolled: true, type: 'window' });
  const cache = await caches.open(CACHE);
  await cache.put(OLDER_TABS, new Response(JSON.stringify(tabs.map((t) => t.id))));
  await tidy();
}

// Deletes the older builds' caches once no tab that was open on one is left.
async function tidy() {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(OLDER_TABS);
  if (!kept) return;
  const open = [];
  for (const id of await kept.json()) if (await self.clients.get(id)) open.push(id);
  if (open.length > 0) {
    await cache.put(OLDER_TABS, new Response(JSON.stringify(open)));
    return;
  }
  await cache.delete(OLDER_TABS);
  const keys = await caches.keys();
  await Promise.all(keys
    .filter((k) => k.startsWith('runbook-') && k !== CACHE)
    .map((k) => caches.delete(k)));
}

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(answer(request, url));
  if (request.mode === 'navigate') event.waitUntil(tidy());
});

// A page is always this build's. A file comes from this build's cache; one it does not have
// is asked for by a tab still on an older build, and the older build's cache has it: the
// names of the files a page fetches carry their hash, so that copy is the very file it means.
async function answer(request, url) {
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    const folder = url.pathname.endsWith('/') ? url.pathname : url.pathname + '/';
    const page = (await cache.match(url.pathname)) || (await cache.match(folder + 'index.html'));
    if (page) return page;
    try {
      return await fetch(request);
    } catch (e) {
      return (await cache.match(BASE + '404.html')) || Response.error();
    }
  }
  const hit = (await cache.match(request, { ignoreSearch: true }))
    || (await caches.match(request, { ignoreSearch: true }));
  return hit || fetch(request);
}
