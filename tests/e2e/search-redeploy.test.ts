/**
 * A tab left open across a deploy, with no offline worker: it loaded the old
 * search index, and the new build renamed every result file, so the names the
 * tab knows are gone from the host. Search must recover by itself, not say
 * "unavailable" until the reader reloads the page.
 * Runs on a copy of dist/, because the test deploys a second index.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameFragmentsByPlace } from '../../src/search-index/fragment-names.ts';
import { hasChromium } from '../helpers/browser.ts';
import { searchSlugs } from '../helpers/search.ts';
import { siteCopyInBrowser } from '../helpers/site-copy.ts';

/**
 * What the next build's index looks like to a browser: the same pages under
 * new fragment names (any content change renames them all) and a new meta
 * file, with the old files removed, as a host holds only the new deploy.
 */
function deployRenamedIndex(site: string): void {
  const pagefind = join(site, 'pagefind');
  const entryFile = join(pagefind, 'pagefind-entry.json');
  const fragment = (name: string) => join(pagefind, 'fragment', `${name}.pf_fragment`);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: { en: { hash: string } } };
  const metaFile = join(pagefind, `pagefind.${entry.languages.en.hash}.pf_meta`);
  const named = nameFragmentsByPlace('en-next', readFileSync(metaFile), metaFile, (name) => readFileSync(fragment(name)));
  for (const [name, bytes] of named.fragments) writeFileSync(fragment(name), bytes);
  writeFileSync(join(pagefind, `pagefind.${named.metaHash}.pf_meta`), named.meta);
  entry.languages.en.hash = named.metaHash;
  writeFileSync(entryFile, JSON.stringify(entry));
  for (const name of named.replaced) rmSync(fragment(name));
  rmSync(metaFile);
}

describe.skipIf(!hasChromium)('search in a tab opened before a deploy', () => {
  const copy = siteCopyInBrowser('redeploy-site');

  it('finds results from the new index instead of failing on the old file names', async () => {
    const context = await copy.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(copy.server.url);
    expect(await searchSlugs(page, 'docker stop')).toContain('docker-stop-vs-docker-kill');

    deployRenamedIndex(copy.site);
    copy.server.log.length = 0;
    const slugs = await searchSlugs(page, 'volume prune');

    // The tab did ask for a result file the deploy removed, and then showed results anyway.
    expect(copy.server.log.some(({ path, status }) => path.includes('/pagefind/fragment/') && status === 404)).toBe(true);
    expect(slugs.length).toBeGreaterThan(0);
    const found = await page.locator('[data-search-dialog] .search-hit').first().getAttribute('href');
    const response = await page.goto(new URL(found!, copy.server.url).href);
    expect(response?.status()).toBe(200);
    await context.close();
  }, 60_000);
});
