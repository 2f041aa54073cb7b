/**
 * The main things a reader does, as browser flows that any deployment test
 * can run against its own server: browse, search and open a result, practise.
 * Each flow throws (through expect) when something a reader would notice breaks.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { searchSlugs } from './search.ts';

/** Home → a topic → its first question → next. */
export async function browse(page: Page, siteUrl: string): Promise<void> {
  await page.goto(siteUrl);
  await Promise.all([page.waitForURL('**/topics/**'), page.locator('main a[href*="/topics/"]').first().click()]);
  const first = page.locator('.entry-list > li h2 a').first();
  const title = (await first.textContent())!.trim();
  await Promise.all([page.waitForURL('**/questions/**'), first.click()]);
  expect((await page.locator('h1').textContent())!.trim()).toBe(title);
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== before), page.locator('.pager a[rel="next"]').click()]);
  expect(page.url()).toMatch(/\/questions\/[a-z0-9-]+\/$/);
}

/** `/`, a query, Enter: the answer opens with the words marked. */
export async function searchAndOpen(page: Page, siteUrl: string): Promise<void> {
  await page.goto(`${siteUrl}topics/images/`);
  const slugs = await searchSlugs(page, 'exit code 137');
  expect(slugs[0]).toBe('container-exit-codes');
  await Promise.all([page.waitForURL('**/questions/**'), page.keyboard.press('Enter')]);
  expect(page.url()).toContain(`${siteUrl}questions/${slugs[0]}/?highlight=`);
  await page.locator('mark.search-mark').first().waitFor();
}

/** The practice page: start a review, reveal a card (its full answer is fetched then), grade it Good. */
export async function practise(page: Page, siteUrl: string): Promise<void> {
  await page.goto(`${siteUrl}practice/`);
  await page.locator('[data-practice-setup] button[type="submit"]').click();
  await page.getByRole('button', { name: 'Show the answer' }).click();
  const entryLink = page.getByRole('link', { name: 'Open the entry’s page' });
  expect(await entryLink.getAttribute('href')).toMatch(new RegExp(`^${new URL(siteUrl).pathname}questions/[a-z0-9-]+/$`));
  await page.locator('.practice-card .answer > :not(:empty)').first().waitFor();
  await page.getByRole('button', { name: /Good$/ }).click();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('practice-progress') ?? '{}'));
  expect(Object.keys(stored.cards ?? {})).toHaveLength(1);
}
