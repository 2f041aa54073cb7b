/**
 * How Pagefind indexes the site, and the Pagefind release whose file format
 * src/search-index/ reads. package.json pins Pagefind to exactly this version;
 * the build refuses any other (a format change would otherwise ship a broken
 * index), and tests/unit/pagefind-version.test.ts fails on an upgrade until
 * the format code has been checked against the new release.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGEFIND_FORMAT_VERSION = '1.6.0';

export const PAGEFIND_OPTIONS = {
  // Keep these characters inside words, so Docker syntax is searchable as typed:
  // --rm, -p, COPY --from, dangling=true, NODE_ENV. The full stop is left out on
  // purpose: Pagefind drops it from queries and from indexed words alike, so
  // docker-compose.yml and .dockerignore still match themselves, while "image."
  // at the end of a sentence is indexed as the word "image" rather than as a
  // word of its own.
  includeCharacters: '-_=',
} as const;

/** The version of the Pagefind package installed, from its package.json. */
export function installedPagefindVersion(): string {
  // Pagefind's exports do not include its package.json; it sits above the entry module.
  let folder = dirname(fileURLToPath(import.meta.resolve('pagefind')));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (manifest.name === 'pagefind') return manifest.version;
    } catch {
      // no package.json here: look one folder up
    }
    if (dirname(folder) === folder) throw new Error('the pagefind package has no package.json');
    folder = dirname(folder);
  }
}

/** An error message when the installed Pagefind is not the one the format code reads, else undefined. */
export function pagefindVersionProblem(installed = installedPagefindVersion()): string | undefined {
  if (installed === PAGEFIND_FORMAT_VERSION) return undefined;
  return (
    `Pagefind ${installed} is installed, but src/search-index/ reads the index format of Pagefind ${PAGEFIND_FORMAT_VERSION}. ` +
    'Check the format (pagefind-format.ts, cbor.ts) against the new release, then update PAGEFIND_FORMAT_VERSION in src/search-index/pagefind-options.ts.'
  );
}
