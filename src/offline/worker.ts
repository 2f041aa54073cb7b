/**
 * The service worker's own source, run in the browser: Workbox's modules,
 * configured (we write no caching logic). service-worker.ts bundles it into
 * dist/sw.js with the not-found page's revision filled in.
 *
 * It precaches only the not-found page and keeps what the reader opens as they
 * open it: pages network-first, so a returning reader online always gets the
 * live site; files whose names carry a content hash cache-first.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

/** Filled in by service-worker.ts when it bundles this file. */
declare const NOT_FOUND_PAGE: { url: string; revision: string };

const worker = self as unknown as { skipWaiting(): Promise<void> };
/** Workbox's plugin classes declare optional callbacks in a way exactOptionalPropertyTypes rejects. */
const plugin = (instance: object) => instance as WorkboxPlugin;

setCacheNameDetails({ prefix: 'docker-interview-prep' });
// A new worker waits until the reader accepts the update notice: nothing changes mid-page.
addEventListener('message', (event) => {
  if ((event as MessageEvent).data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
// The first worker controls the open page at once, so what it opens next is kept.
clientsClaim();
// "?highlight=…" on a result and Pagefind's "?ts=…" must still find the kept file.
precacheAndRoute([NOT_FOUND_PAGE], { ignoreURLParametersMatching: [/./], directoryIndex: 'index.html' });
cleanupOutdatedCaches();

// Pages (opened, or fetched by "keep offline"): the live site when online, the kept copy offline,
// the not-found page for one never kept.
registerRoute(
  ({ request, url, sameOrigin }) => sameOrigin && (request.mode === 'navigate' || url.pathname.endsWith('/') || url.pathname.endsWith('.html')),
  new NetworkFirst({
    cacheName: 'pages',
    networkTimeoutSeconds: 4,
    matchOptions: { ignoreSearch: true },
    plugins: [plugin(new PrecacheFallbackPlugin({ fallbackURL: NOT_FOUND_PAGE.url }))],
  }),
);
// A name with a content hash stands for one content for good (deploy/headers.ts caches the same for a year).
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /\/(_astro\/|practice\/titles\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/.test(url.pathname),
  new CacheFirst({
    cacheName: 'assets',
    matchOptions: { ignoreSearch: true },
    plugins: [plugin(new ExpirationPlugin({ maxEntries: 20_000, purgeOnQuotaError: true }))],
  }),
);
// Everything else of the site (the search engine, its entry file, practice data, icons).
registerRoute(
  ({ sameOrigin }) => sameOrigin,
  new NetworkFirst({ cacheName: 'files', networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true } }),
);
