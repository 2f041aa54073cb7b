/**
 * The steps after Astro has written dist/, in Astro's own process: Pagefind
 * indexes the question pages, src/search-index/ splits the index into small
 * chunks, and Workbox writes the offline worker. One process instead of three
 * (each used to start its own Node and tsx). A step that fails fails the build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeOfflineFiles } from '../offline/offline-files.ts';
import { writeRetiringWorker, writeServiceWorker, SERVICE_WORKER } from '../offline/service-worker.ts';
import { indexSite } from '../search-index/index-site.ts';
import { splitSearchIndex } from '../search-index/split-search-index.ts';

export function postBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // "<step> took N.NN s": scripts/bench-scale.ts reads these lines.
        const timed = async <T>(step: string, run: () => T | Promise<T>): Promise<T> => {
          const start = performance.now();
          const result = await run();
          logger.info(`${step} took ${((performance.now() - start) / 1000).toFixed(2)} s`);
          return result;
        };
        const { pages } = await timed('pagefind', () => indexSite(dist));
        logger.info(`Pagefind read ${pages} HTML files (it indexes the ones with data-pagefind-body)`);
        for (const line of await timed('index split', () => splitSearchIndex(dist))) logger.info(line);
        // OFFLINE=retire: a worker that removes itself, for a site that stops offering offline use.
        if (process.env['OFFLINE'] === 'retire') {
          writeRetiringWorker(dist);
          logger.info(`offline: ${SERVICE_WORKER} retires offline use (OFFLINE=retire)`);
          return;
        }
        const kept = await timed('offline worker', async () => {
          const list = writeOfflineFiles(dist, base);
          const { warnings } = await writeServiceWorker(dist, base);
          for (const warning of warnings) logger.warn(`offline: ${warning}`);
          return list;
        });
        logger.info(`offline: ${SERVICE_WORKER} keeps what a reader opens; keeping the whole site offline takes ${kept.files.length} files, ${(kept.bytes / 2 ** 20).toFixed(1)} MB`);
      },
    },
  };
}
