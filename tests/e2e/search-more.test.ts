/**
 * Search that forgives and shows everything, in Chromium: a misspelt word is
 * corrected ("Did you mean") from a vocabulary fetched only then, more
 * results on request, the full list with counts per topic on /search/ (also
 * by filter alone, and kept after the dialog closes), filters in links in any
 * case, and excerpts without code-figure chrome.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { measureSearchQuality, searchSlugs } from '../helpers/search.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { NEW_ENTRY_CASES, TYPO_CASES } from '../search/queries.ts';

describe.skipIf(!hasChromium)('search that forgives and shows everything', () => {
  const site = siteInBrowser();
  const { open } = site;
  const status = (page: Page) => page.locator('[data-search-status]').textContent();
  const vocabularyFetches = (page: Page) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('vocabulary-')) fetched.push(request.url());
    });
    return fetched;
  };

  it('corrects a misspelt word, says "Did you mean", and fetches the vocabulary only then', async () => {
    const page = await open('');
    const vocabulary = vocabularyFetches(page);
    await searchSlugs(page, 'entrypoint');
    expect(vocabulary).toEqual([]);
    const slugs = await searchSlugs(page, 'namspaces');
    expect(vocabulary).toHaveLength(1);
    expect(slugs[0]).toBe('namespaces');
    expect(await page.locator('[data-search-suggestion]').textContent()).toBe('Did you mean: namespaces');
    expect(await status(page)).toMatch(/ for “namespaces” \(you typed “namspaces”\)$/);
    await page.context().close();
  });

  it('finds each entry of our own first, by the words a candidate types for it', async () => {
    const page = await open('');
    const report = await measureSearchQuality(page, NEW_ENTRY_CASES);
    for (const miss of report.misses) console.log(`  "${miss.query}" wants ${miss.expect}, got ${miss.got.join(', ') || 'nothing'}`);
    expect(report.misses.filter((miss) => miss.got[0] !== miss.expect)).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('finds the right entry for misspelt queries: top 3 for at least 80 %', async () => {
    const page = await open('');
    const report = await measureSearchQuality(page, TYPO_CASES);
    console.log(`typo quality: first ${report.first}/${report.cases}, top 3 ${report.topThree}/${report.cases}`);
    for (const miss of report.misses) console.log(`  "${miss.query}" wants ${miss.expect}, got ${miss.got.join(', ') || 'nothing'}`);
    expect(report.topThree / report.cases).toBeGreaterThanOrEqual(0.8);
    await page.context().close();
  }, 120_000);

  it('"Show more results" adds the next results and moves focus to the first new one', async () => {
    const page = await open('');
    await searchSlugs(page, 'container');
    expect(await page.locator('.search-hit').count()).toBe(5);
    const total = Number((await status(page))!.match(/of (\d+) results/)![1]);
    expect(total).toBeGreaterThan(15);
    await page.locator('[data-search-more]').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-hit').length === 15);
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] > li')[5])).toBe(true);
    expect(await status(page)).toBe(`Top 15 of ${total} results for “container”`);
    await page.context().close();
  });

  it('"Show more results" shows only while there are more results, and goes once all are shown', async () => {
    const page = await open('');
    const more = page.locator('[data-search-more]');
    await searchSlugs(page, 'exit code 137');
    const total = Number((await status(page))!.match(/of (\d+) results/)![1]);
    expect(total).toBeGreaterThan(5);
    expect(total).toBeLessThanOrEqual(15);
    expect(await more.isVisible()).toBe(true);
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('.search-hit').length === count, total);
    expect(await more.isVisible()).toBe(false);
    // A search whose every result is already shown offers no button.
    await searchSlugs(page, 'hadolint');
    expect(await status(page)).toMatch(/^[1-5] results? for/);
    expect(await more.isVisible()).toBe(false);
    await page.context().close();
  });

  it('/search/ with filters written as a person types them (any case, topic id) selects them and writes the link back that way', async () => {
    const page = await open('search/?level=BASIC&topic=Storage');
    await page.waitForFunction(() => /results?$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-search-filter="topic"]').inputValue()).toBe('Volumes and storage');
    expect(await page.locator('[data-search-filter="level"]').inputValue()).toBe('Basic');
    for (const meta of await page.locator('.search-hit-meta').allTextContents()) expect(meta).toBe('Volumes and storage · Basic');
    expect(new URL(page.url()).search).toBe('?topic=storage&level=basic');
    await page.context().close();
  });

  it('/search/ keeps the full list, with counts per topic, after the dialog closes, also when browsing by a filter alone', async () => {
    const page = await open('search/?q=volume');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“volume”'));
    const total = Number((await status(page))!.match(/of (\d+) results/)?.[1] ?? (await page.locator('.search-hit').count()));
    await page.keyboard.press('Escape');
    const results = page.locator('[data-search-page-results] .search-hit');
    await results.first().waitFor();
    expect(await results.count()).toBe(total);
    const counts = await page.locator('[data-search-page-results] .search-topic-counts .count').allTextContents();
    expect(counts.reduce((sum, count) => sum + Number(count), 0)).toBe(total);

    await page.goto(site.server().url + 'search/?topic=dockerfile');
    await page.waitForFunction(() => /results?$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await page.keyboard.press('Escape');
    await results.first().waitFor();
    expect(await results.count()).toBeGreaterThan(5);
    expect(await page.locator('[data-search-page-results] .search-topic-counts li').allTextContents()).toEqual([`Dockerfile and builds ${await results.count()}`]);
    await page.context().close();
  });

  it('excerpts carry no code-figure chrome: no language labels, copy buttons or box-drawing rules', async () => {
    const page = await open('');
    for (const query of ['docker ps', 'architecture diagram', 'copy']) {
      await searchSlugs(page, query);
      for (const excerpt of await page.locator('.search-hit-excerpt').allTextContents()) {
        expect(excerpt).not.toMatch(/DiagramCopy|ShellCopy|TerminalCopy|[\u2500-\u257F]/);
      }
    }
    await page.context().close();
  });
});
