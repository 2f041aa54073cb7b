/**
 * The site deployed under a sub-path, as on GitHub Pages: built with
 * BASE_PATH=/docker-interview/ and SITE_URL, served only under that path.
 * Browsing, search and practice work, no request leaves the sub-path and
 * nothing 404s; canonical URLs and the sitemap carry the full address.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movedPages } from '../../deploy/redirects.ts';
import { hasChromium, launch } from '../helpers/browser.ts';
import { browse, practise, searchAndOpen, studyOffline } from '../helpers/flows.ts';
import { buildSite } from '../helpers/scratch-build.ts';
import { serveDist, type RunningServer } from '../helpers/static-server.ts';

const BASE = '/docker-interview/';
const SITE = 'https://learner.example.org';

describe.skipIf(!hasChromium)(`the site under ${BASE}`, () => {
  let scratch: string;
  let dist: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'base-path-site-'));
    dist = join(scratch, 'dist');
    // Pages of ten entries, so the larger topics are split as a large deployment's would be.
    await buildSite(dist, { BASE_PATH: BASE, SITE_URL: SITE, TOPIC_PAGE_SIZE: '10' });
    server = await serveDist(dist, BASE);
    browser = await launch();
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  async function withPage(flow: (page: Page, siteUrl: string) => Promise<void>): Promise<void> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await flow(page, server.url);
    expect(errors).toEqual([]);
    await context.close();
  }

  it('browses home → topic → question → next', () => withPage(browse));
  it('searches and opens the result with the words marked', () => withPage(searchAndOpen));
  it('practises a card', () => withPage(practise));
  it('works offline after one visit, the worker scoped to the sub-path', () => withPage(studyOffline));

  it('splits a large topic into pages of a fixed length that link to each other, and the sidebar and breadcrumb lead to the right page', () =>
    withPage(async (page, siteUrl) => {
      await page.goto(`${siteUrl}topics/dockerfile/`);
      const [, topic, lastPage] = (await page.locator('h1').textContent())!.trim().match(/^(.+) \(page 1 of (\d+)\)$/)!;
      const entries = page.locator('.entry-list > li');
      const pages = page.getByRole('navigation', { name: 'Pages of this topic' }).first();
      expect(await entries.count()).toBe(10);
      const numbers = await pages.locator('ol a').allTextContents();
      expect(numbers.length).toBeGreaterThanOrEqual(3);
      expect(numbers).toHaveLength(Number(lastPage));
      await Promise.all([page.waitForURL('**/topics/dockerfile/2/'), pages.getByRole('link', { name: 'Next page' }).click()]);
      expect(await page.locator('h1').textContent()).toBe(`${topic} (page 2 of ${numbers.length})`);
      expect(await entries.count()).toBe(10);
      expect(await pages.locator('a[aria-current="page"]').textContent()).toBe('2');
      // The sidebar's topic link goes to page 1: it marks the current topic, and no sidebar link claims to be this page.
      expect(await page.locator('.sidebar a[aria-current="page"]').count()).toBe(0);
      expect((await page.locator('.sidebar a[aria-current="true"]').textContent())!.trim()).toBe(topic);
      // An entry on page 2: its breadcrumb goes back to page 2, its sidebar shows its neighbours and a link to the whole list.
      const title = (await entries.nth(4).locator('h2 a').textContent())!.trim();
      await Promise.all([page.waitForURL('**/questions/**'), entries.nth(4).locator('h2 a').click()]);
      expect(await page.locator('.breadcrumbs a', { hasText: topic! }).getAttribute('href')).toBe(`${BASE}topics/dockerfile/2/`);
      const sidebar = page.locator('.sidebar .entries');
      expect((await sidebar.locator('a[aria-current="page"]').textContent())!.trim()).toBe(title);
      expect(await sidebar.locator('li:not(.entries-all)').count()).toBe(9);
      const all = sidebar.locator('.entries-all a');
      expect(await all.textContent()).toMatch(new RegExp(`^All \\d+ entries in ${topic}$`));
      expect(await all.getAttribute('href')).toBe(`${BASE}topics/dockerfile/2/`);
      // No empty page after the last (a request for one gets the site's 404).
      expect(existsSync(join(dist, 'topics', 'dockerfile', String(numbers.length), 'index.html'))).toBe(true);
      expect(existsSync(join(dist, 'topics', 'dockerfile', String(numbers.length + 1)))).toBe(false);
    }));

  it('takes an old question URL to the page that holds its entry now, inside the sub-path', async () => {
    const { from, to } = movedPages()[0]!;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(from.slice(1), server.url).href);
    await page.waitForURL(new URL(to.slice(1), server.url).href);
    expect(await page.locator('h1').count()).toBe(1);
    await context.close();
  });

  it('never requested anything outside the sub-path, and nothing was missing', () => {
    expect(server.log.length).toBeGreaterThan(10);
    expect(server.log.filter((entry) => !entry.path.startsWith(BASE))).toEqual([]);
    expect(server.log.filter((entry) => entry.status !== 200)).toEqual([]);
  });

  it('puts the full address in canonical links, Open Graph URLs and the sitemap', () => {
    const html = readFileSync(join(dist, 'questions', 'docker-stop-vs-docker-kill', 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}questions/docker-stop-vs-docker-kill/">`);
    expect(html).toContain(`<meta property="og:url" content="${SITE}${BASE}questions/docker-stop-vs-docker-kill/">`);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(100);
    for (const location of locations) expect(location.startsWith(`${SITE}${BASE}`)).toBe(true);
    // An old URL that redirects is not a page.
    for (const { from } of movedPages()) expect(locations).not.toContain(`${SITE}${BASE}${from.slice(1)}`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`${SITE}${BASE}sitemap-index.xml`);
  });
});
