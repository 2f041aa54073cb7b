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

/** The practice page: start a review, reveal a card (its key points are fetched then), grade it Good. */
export async function practise(page: Page, siteUrl: string): Promise<void> {
  await page.goto(`${siteUrl}practice/`);
  await page.locator('[data-practice-setup] button[type="submit"]').click();
  await page.getByRole('button', { name: 'Show the answer' }).click();
  const entryLink = page.getByRole('link', { name: 'Read the whole answer on the entry’s page' });
  expect(await entryLink.getAttribute('href')).toMatch(new RegExp(`^${new URL(siteUrl).pathname}questions/[a-z0-9-]+/$`));
  await page.locator('.practice-card .answer > :not(:empty)').first().waitFor();
  await page.getByRole('button', { name: /^3 Good\b/ }).click();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('practice-progress') ?? '{}'));
  expect(Object.keys(stored.cards ?? {})).toHaveLength(1);
}

/** Waits until the offline worker controls the page, asks it to keep the whole site, and waits until it has (the footer says so). */
export async function untilAvailableOffline(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
  const keep = page.locator('[data-offline-keep]');
  await keep.or(page.locator('[data-offline-status]').filter({ hasText: /^Available offline/ })).first().waitFor({ timeout: 60_000 });
  if (await keep.isVisible()) await keep.click();
  await page.locator('[data-offline-status]').filter({ hasText: /^Available offline/ }).waitFor({ timeout: 120_000 });
}

/**
 * One online visit to the home page, then the network off: a question page
 * never visited opens, search finds and opens a result, practice runs a card,
 * and a reload still works. A link outside the site says it needs the network.
 */
export async function studyOffline(page: Page, siteUrl: string): Promise<void> {
  const context = page.context();
  await page.goto(siteUrl);
  await untilAvailableOffline(page);
  // The worker's scope is the site, wherever it lives (BASE_PATH).
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(siteUrl);
  await context.setOffline(true);
  try {
    await page.goto(`${siteUrl}questions/docker-volume-commands/`);
    expect((await page.locator('h1').textContent())!.trim()).not.toBe('');
    await searchAndOpen(page, siteUrl);
    await practise(page, siteUrl);
    await page.reload();
    await page.locator('.practice-card:visible, [data-practice-setup]:visible').first().waitFor();
    // Chromium's emulated offline does not reach navigator.onLine in a page loaded
    // after it went offline (seen in Chromium 150), so this page loads online first.
    await context.setOffline(false);
    await page.goto(`${siteUrl}questions/docker-stop-vs-docker-kill/`);
    // The offline script loads after idle; a click before it is the browser's own offline page.
    await untilAvailableOffline(page);
    await context.setOffline(true);
    const outside = page.locator('main a[href^="https://docs.docker.com"]:visible').first();
    await outside.click();
    await page.locator('[data-offline-notice]').filter({ hasText: 'needs the network' }).waitFor();
    expect(page.url()).toContain('/questions/docker-stop-vs-docker-kill/');
  } finally {
    await context.setOffline(false);
  }
}
