/**
 * The service worker: src/offline/worker.ts (Workbox's modules, configured;
 * we write no caching logic), bundled by esbuild into dist/sw.js with the
 * not-found page's revision. Workbox's generateSW did the same through Rollup
 * and Terser in about 2.8 s of every build (1.3 s of it loading workbox-build);
 * esbuild takes a tenth of a second. Keeping the whole site offline is the
 * reader's choice: the page then fetches every file that offline-files.json
 * lists (offline-files.ts) through this worker, which keeps them
 * (src/scripts/offline.ts).
 *
 * To retire offline use, build with OFFLINE=retire: sw.js is then a worker
 * that empties every cache, unregisters itself and reloads its pages, so a
 * returning reader gets the live site (README: "Offline").
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const SERVICE_WORKER = 'sw.js';

export interface Worker {
  bytes: number;
  warnings: string[];
}

export async function writeServiceWorker(dist: string, base = '/'): Promise<Worker> {
  // The revision tells a returning worker whether its kept not-found page is still this build's.
  const notFound = { url: `${base}404.html`, revision: createHash('md5').update(readFileSync(`${dist}/404.html`)).digest('hex') };
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
    // Workbox logs and checks its arguments only in development builds.
    define: { NOT_FOUND_PAGE: JSON.stringify(notFound), 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0]!.contents;
  writeFileSync(`${dist}/${SERVICE_WORKER}`, code);
  return { bytes: code.byteLength, warnings: result.warnings.map((warning) => warning.text) };
}

/** A worker that undoes itself: no cache, no registration, every open page reloaded from the network. */
export function writeRetiringWorker(dist: string): void {
  writeFileSync(
    `${dist}/${SERVICE_WORKER}`,
    `// Offline use is retired for this site (OFFLINE=retire): this worker removes itself.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) await caches.delete(key);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`,
  );
}
