/**
 * Builds the site a second time (astro build, which runs Pagefind, the index
 * split and the offline worker too) into a scratch folder, with its own Astro
 * cache so it cannot disturb another build running at the same time: the
 * base-path and hostile-content tests build their own variants this way.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { projectRoot } from './ingest-input.ts';

/** Variables Vitest puts in process.env that would leak into a child build (BASE_URL overrides Astro's base). */
const TEST_RUNNER_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;

/** Asynchronous, so the test worker keeps answering Vitest while a build runs for a minute. */
export async function buildSite(outDir: string, env: Record<string, string>): Promise<void> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLES.test(name)));
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, args, {
      cwd: projectRoot,
      env: { ...inherited, ASTRO_CACHE_DIR: join(outDir, '..', '.astro-cache'), ...env },
      maxBuffer: 64 * 2 ** 20,
    });
  await run([join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir]);
}
