/**
 * Run last in `npm run build`, after Pagefind and the index split:
 *
 *   tsx src/offline/cli.ts [site folder, default dist]
 *
 * Writes dist/sw.js, the service worker that precaches the built site.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SERVICE_WORKER, writeServiceWorker } from './service-worker.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) {
  console.error(`offline: ${dist} has no search index yet; run this after pagefind (npm run build does)`);
  process.exit(1);
}
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const { files, bytes, warnings } = await writeServiceWorker(dist, base);
for (const warning of warnings) console.warn(`offline: ${warning}`);
console.log(`offline: ${SERVICE_WORKER} precaches ${files} files, ${(bytes / 2 ** 20).toFixed(1)} MB`);
