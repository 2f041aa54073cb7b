/**
 * What the two benchmarks (bench.ts, bench-scale.ts) measure alike: gzip
 * sizes, medians, the bytes a page loads, and the bytes a fresh visit fetches
 * while it searches.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export const gzipBytes = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** The CSS and JS a page of `dist` loads before search opens: its links, scripts and their static imports. */
export function pageWeight(dist: string, htmlFile: string): { html: number; css: number; js: number } {
  const html = readFileSync(htmlFile, 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  const queue = [...scripts];
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    // Static imports load with the page; dynamic import() waits for a reader's action.
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{},*\s]+from\s*)?"(\.\/[^"]+)"/g)) queue.push(join(dirname(src), match[1]!));
  }
  const size = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipBytes(readFileSync(join(dist, file))), 0);
  return { html: gzipBytes(readFileSync(htmlFile)), css: size(css), js: size(seen) };
}

/** URL and gzip bytes of every response while `act` runs on a question page, in a fresh browser context. */
export async function fetchedOnFreshVisit(browser: Browser, siteUrl: string, act: (page: Page) => Promise<unknown>): Promise<[string, number][]> {
  // First-visit costs: the offline worker, which precaches after idle, is measured on its own.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${siteUrl}questions/cmd-vs-entrypoint/`);
  await page.waitForLoadState('networkidle');
  const fetched: Promise<[string, number]>[] = [];
  page.on('response', (response) => fetched.push(response.body().then((body) => [response.url(), gzipBytes(body)], () => [response.url(), 0])));
  await act(page);
  const result = await Promise.all(fetched);
  await context.close();
  return result;
}

/** Types a query into the search dialog a key at a time, `delay` ms apart, and waits until its results and their downloads are in. */
export async function typeQuery(page: Page, query: string, delay = 80): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(query, { delay });
  await page.waitForFunction((wanted) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${wanted}”`), query);
  await page.waitForLoadState('networkidle');
}

export const total = (fetched: [string, number][]) => fetched.reduce((sum, [, bytes]) => sum + bytes, 0);
