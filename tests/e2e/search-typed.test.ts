/**
 * Search typed key by key, in Chromium: a quick typist (80 ms a key) costs
 * about what the same query pasted costs, sees exactly the results the
 * pasted query shows, a slow typist sees results at every pause, and an
 * older search never replaces what a newer one showed. Counted in requests
 * and bytes, never in time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseMeta, readPagefindFile } from '../../src/search-index/pagefind-format.ts';
import { hasChromium } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';
import { pagefindLookup } from '../helpers/pagefind-index.ts';
import { searchSlugs } from '../helpers/search.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

/** Queries whose prefixes rank other pages than the whole query, and two that look like typos half-typed. */
const QUERIES = ['container keeps restarting', 'stop vs kill', 'docker stop 143', 'docker-compose.yml'];

describe.skipIf(!hasChromium)('search typed key by key', () => {
  const site = siteInBrowser();
  const status = () => document.querySelector('[data-search-status]')?.textContent ?? '';
  const shown = (page: Page) =>
    page.evaluate(() => ({
      status: document.querySelector('[data-search-status]')?.textContent,
      links: [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] a')].map((link) => link.getAttribute('href')),
      suggestion: document.querySelector<HTMLElement>('[data-search-suggestion]')?.hidden,
    }));

  /** A fresh visit to a question page; `act` searches; what it fetched (URL, gzip bytes) and what it showed. */
  async function visit(act: (page: Page) => Promise<unknown>) {
    const context = await site.browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(site.server().url + 'questions/cmd-vs-entrypoint/');
    await page.waitForLoadState('networkidle');
    const responses: Promise<{ url: string; bytes: number }>[] = [];
    page.on('response', (response) => responses.push(response.body().then((body) => ({ url: response.url(), bytes: gzipSync(body).length }), () => ({ url: response.url(), bytes: 0 }))));
    await act(page);
    await page.waitForLoadState('networkidle');
    const result = { fetched: await Promise.all(responses), shown: await shown(page) };
    await context.close();
    return result;
  }
  const typeQuickly = (query: string) => async (page: Page) => {
    await page.keyboard.press('/');
    await page.keyboard.type(query, { delay: 80 });
    await page.waitForFunction((wanted) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${wanted}”`), query);
  };
  const fragments = (fetched: { url: string }[]) => fetched.map(({ url }) => url).filter((url) => url.includes('/pagefind/fragment/'));
  const total = (fetched: { bytes: number }[]) => fetched.reduce((sum, { bytes }) => sum + bytes, 0);

  it('at 80 ms a key: the same results as pasting, fragments only for them (plus a few), within 1.15x the bytes', async () => {
    let pastedBytes = 0;
    let typedBytes = 0;
    let unshown = 0;
    for (const query of QUERIES) {
      const pasted = await visit((page) => searchSlugs(page, query));
      const typed = await visit(typeQuickly(query));
      expect(typed.shown, query).toEqual(pasted.shown);
      // A ranking the next key replaced never fetched its results, nor the typo vocabulary.
      const wanted = new Set(fragments(pasted.fetched));
      unshown += fragments(typed.fetched).filter((url) => !wanted.has(url)).length;
      expect(typed.fetched.filter(({ url }) => url.includes('vocabulary')), query).toEqual([]);
      // Nothing is fetched twice.
      expect(new Set(fragments(typed.fetched)).size, query).toBe(fragments(typed.fetched).length);
      pastedBytes += total(pasted.fetched);
      typedBytes += total(typed.fetched);
    }
    console.log(`typed / pasted: ${(typedBytes / pastedBytes).toFixed(3)}x, fragments never shown: ${unshown}`);
    // A key that came late on a busy machine may show one ranking early: "a few".
    expect(unshown).toBeLessThanOrEqual(5);
    expect(typedBytes / pastedBytes).toBeLessThanOrEqual(1.15);
  }, 180_000);

  it('typing the start of a word on nearly every page ("doc" of docker) does not download that word\'s chunk, the largest', async () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } };
    const metaFile = `pagefind.${entry.languages.en.hash}.pf_meta`;
    const meta = parseMeta(readPagefindFile(readFileSync(join(distDir, 'pagefind', metaFile)), metaFile), metaFile);
    const dockerChunk = `/pagefind/index/${pagefindLookup('docker', meta.chunks)!.hash}.pf_index`;
    const chunks = (fetched: { url: string }[]) => fetched.map(({ url }) => new URL(url).pathname).filter((path) => path.startsWith('/pagefind/index/'));
    for (const query of ['docker stop 143', 'docker volume']) {
      const pasted = await visit((page) => searchSlugs(page, query));
      expect(chunks(pasted.fetched), query).not.toContain(dockerChunk);
      const typed = await visit(typeQuickly(query));
      expect(typed.shown, query).toEqual(pasted.shown);
      expect(chunks(typed.fetched), query).not.toContain(dockerChunk);
    }
  }, 60_000);

  it('a slow typist sees the results for what is in the field at every pause', async () => {
    const page = await site.open('');
    await page.keyboard.press('/');
    const input = page.locator('[data-search-input]');
    for (const key of 'volume') {
      await page.keyboard.type(key);
      const value = await input.inputValue();
      await page.waitForFunction((wanted) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${wanted}”`), value);
    }
    // Deleting shows results at once too, and they are those of the shorter query.
    await page.keyboard.press('Backspace');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“volum”'));
    const afterDeleting = await shown(page);
    await searchSlugs(page, 'volum');
    expect(await shown(page)).toEqual(afterDeleting);
    await page.context().close();
  });

  it('the typo path still runs once a misspelt query is typed, and says "Did you mean"', async () => {
    const { fetched, shown: result } = await visit(async (page) => {
      await page.keyboard.press('/');
      await page.keyboard.type('namspaces', { delay: 80 });
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('(you typed “namspaces”)'));
    });
    expect(fetched.filter(({ url }) => url.includes('vocabulary'))).toHaveLength(1);
    expect(result.suggestion).toBe(false);
    expect(result.links[0]).toContain('/questions/namespaces/');
  });

  it('an older search that answers late never replaces a newer one, nor fills a cleared field', async () => {
    const page = await site.open('');
    await page.keyboard.press('/');
    const input = page.locator('[data-search-input]');
    // The first query's index chunks answer a second late.
    let slow = true;
    await page.route('**/pagefind/index/**', async (route) => {
      if (slow) await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await input.fill('healthcheck');
    await page.waitForTimeout(100);
    slow = false;
    await input.fill('volume');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“volume”'));
    const newer = await shown(page);
    await page.waitForTimeout(1500);
    expect(await shown(page)).toEqual(newer);

    slow = true;
    await input.fill('restart policy');
    await page.waitForTimeout(100);
    await input.fill('');
    await page.waitForTimeout(1500);
    expect(await page.evaluate(status)).toBe('');
    expect(await page.locator('[data-search-results] a').count()).toBe(0);
    expect(await page.locator('[data-search-start]').isVisible()).toBe(true);
    await page.context().close();
  });
});
