// Canevas service worker: after the first visit the app opens from its
// cache alone, with no network at all, and a new version never changes
// the page someone is working in.
//
// Each build has its own cache, named by the build (scripts/stamp.mjs
// writes the name below). The browser fetches this file when a page of
// the app is opened; a new build is a new file, so the browser installs
// it: it stores the new build's files, then takes over, and the page that
// is open keeps the code it started with. The next visit opens the new
// build, and the app says it was updated (src/ui/update.rs).
const BUILD = "__CANEVAS_BUILD__";
const CACHE = `canevas-${BUILD}`;
// The facilitator's page (src/ui/page.rs).
const FACILITATOR = new URL("./facilitator.html", self.location).href;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await precache(cache, "./");
    // The facilitator's page, which a creator never downloads, only where
    // an earlier build's cache shows it is used here.
    if (await caches.match(FACILITATOR, { ignoreSearch: true })) {
      await precache(cache, FACILITATOR);
    }
    await self.skipWaiting();
  })());
});

// Stores a page and the assets it names (trunk adds preload links for the
// wasm).
async function precache(cache, page) {
  const response = await fetch(page, { cache: "no-cache" });
  const html = await response.clone().text();
  const assets = [...html.matchAll(/(?:href|src)="([^"#?]+)"/g)]
    .map((m) => new URL(m[1], self.registration.scope))
    .filter((u) => u.origin === self.location.origin)
    .map((u) => u.href);
  await cache.addAll([...new Set(assets)]);
  await cache.put(page, response);
}

// The facilitator's page, once open, asks to be kept (index.html): what
// it loaded before this worker controlled it never passed through here.
self.addEventListener("message", (event) => {
  if (event.data !== "keep-facilitator") return;
  event.waitUntil(caches.open(CACHE).then((cache) => precache(cache, FACILITATOR)).catch(() => {}));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    // Earlier builds' files: the open pages already hold what they need.
    for (const name of await caches.keys()) {
      if (name !== CACHE && name.startsWith("canevas-")) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every creator's screen is index.html (the route is in the fragment);
    // the facilitator's page is facilitator.html, cached when first opened.
    const scope = new URL(self.registration.scope).pathname;
    const path = new URL(request.url).pathname;
    const page = request.mode === "navigate" && (path === scope || path === `${scope}index.html`);
    // Another page (the facilitator's) by its address alone: a fragment
    // or a query names a screen, not another file.
    const address = new URL(request.url);
    address.hash = "";
    address.search = "";
    const key = page ? "./" : request.mode === "navigate" ? address.href : request;
    const cached = await cache.match(key, { ignoreSearch: true });
    if (cached) return cached;
    // Not part of the build (or not cached yet): the network, kept for
    // the next time offline.
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  })());
});
