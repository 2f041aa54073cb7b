/**
 * Drives the real search dialog in a page: opens it with `/`, types a query,
 * waits for the announced result count and reads the result links in order.
 * Shared by the search tests and the benchmark.
 */
import type { Page } from 'playwright-core';
import { SEARCH_CASES, type SearchCase } from '../search/queries.ts';

/** The question slugs of the results, best first. */
export async function searchSlugs(page: Page, query: string): Promise<string[]> {
  const dialog = page.locator('[data-search-dialog]');
  if (!(await dialog.evaluate((element: HTMLDialogElement) => element.open))) {
    await page.keyboard.press('/');
    await dialog.locator('[data-search-input]').waitFor({ state: 'visible' });
  }
  const input = dialog.locator('[data-search-input]');
  await input.fill(query);
  await page.waitForFunction(
    (wanted) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${wanted}”`),
    query.trim(),
  );
  const hrefs = await dialog.locator('.search-hit').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return hrefs.map((path) => path.match(/\/questions\/([^/]+)\//)?.[1] ?? path);
}

export interface QualityReport {
  cases: number;
  first: number;
  topThree: number;
  misses: { query: string; expect: string; got: string[] }[];
}

export async function measureSearchQuality(page: Page, cases: SearchCase[] = SEARCH_CASES): Promise<QualityReport> {
  const report: QualityReport = { cases: cases.length, first: 0, topThree: 0, misses: [] };
  for (const { query, expect } of cases) {
    const slugs = await searchSlugs(page, query);
    const rank = slugs.indexOf(expect);
    if (rank === 0) report.first++;
    if (rank >= 0 && rank < 3) report.topThree++;
    if (rank !== 0) report.misses.push({ query, expect, got: slugs.slice(0, 3) });
  }
  return report;
}
