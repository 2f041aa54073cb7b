/**
 * src/search-index/ reads Pagefind's internal index format. A Pagefind upgrade
 * that changed it would ship an index the browser cannot read, so an upgrade
 * fails here, loudly, until the format code is checked against the new release.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedPagefindVersion, PAGEFIND_FORMAT_VERSION, pagefindVersionProblem } from '../../src/search-index/pagefind-options.ts';

describe('the Pagefind release the index split reads', () => {
  it('is the one installed, and package.json pins exactly it', () => {
    expect(installedPagefindVersion(), pagefindVersionProblem()).toBe(PAGEFIND_FORMAT_VERSION);
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies['pagefind']).toBe(PAGEFIND_FORMAT_VERSION);
  });

  it('stops the build with a message naming both versions when another is installed', () => {
    const problem = pagefindVersionProblem('1.7.0');
    expect(problem).toContain('Pagefind 1.7.0 is installed');
    expect(problem).toContain(`Pagefind ${PAGEFIND_FORMAT_VERSION}`);
    expect(pagefindVersionProblem(PAGEFIND_FORMAT_VERSION)).toBeUndefined();
  });
});
