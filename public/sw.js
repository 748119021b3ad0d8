// Canevas service worker: makes the app open with no network after the
// first visit. Network first (a new deployment is picked up at once when
// online), cache as the fallback. Same-origin GET requests only; the app
// makes no other requests.
const CACHE = "canevas-app";

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const response = await fetch("./", { cache: "no-cache" });
    const html = await response.clone().text();
    await cache.put("./", response);
    // The page names its assets (trunk adds preload links for the wasm).
    const assets = [...html.matchAll(/(?:href|src)="([^"#?]+)"/g)]
      .map((m) => new URL(m[1], self.registration.scope))
      .filter((u) => u.origin === self.location.origin)
      .map((u) => u.href);
    await cache.addAll([...new Set(assets)]);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (offline) {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      if (request.mode === "navigate") {
        const page = await cache.match("./");
        if (page) return page;
      }
      throw offline;
    }
  })());
});
