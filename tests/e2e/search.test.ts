/**
 * Search in Chromium against the built Pagefind index: learners' own words
 * find the right entry, the dialog works from the keyboard and is accessible,
 * filters work before typing, the opened page marks the words, /search/?q=
 * can be shared, and nothing of Pagefind loads until search is opened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseMeta, readPagefindFile } from '../../src/search-index/pagefind-format.ts';
import { distDir } from '../helpers/dist.ts';
import { pagefindLookup } from '../helpers/pagefind-index.ts';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { axeSource, siteInBrowser } from '../helpers/site-in-browser.ts';
import { measureSearchQuality, searchSlugs } from '../helpers/search.ts';

describe.skipIf(!hasChromium)('search in Chromium', () => {
  const site = siteInBrowser();
  const { open } = site;
  const status = (page: Page) => page.locator('[data-search-status]').textContent();
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  it('finds the entry a learner means: top 3 for at least 90 % of the queries, first for at least 75 %', async () => {
    const page = await open('');
    const report = await measureSearchQuality(page);
    const percent = (count: number) => Math.round((count / report.cases) * 100);
    console.log(`search quality: first ${report.first}/${report.cases} (${percent(report.first)} %), top 3 ${report.topThree}/${report.cases} (${percent(report.topThree)} %)`);
    for (const miss of report.misses) console.log(`  "${miss.query}" wants ${miss.expect}, got ${miss.got.join(', ') || 'nothing'}`);
    expect(report.cases).toBeGreaterThanOrEqual(40);
    expect(report.topThree / report.cases).toBeGreaterThanOrEqual(0.9);
    expect(report.first / report.cases).toBeGreaterThanOrEqual(0.75);
    await page.context().close();
  }, 120_000);

  it('does not download the index chunk of a word on nearly every page ("docker") when the query has other words, and finds the same', async () => {
    const common = JSON.parse(readFileSync(join(distDir, 'pagefind', 'common-words-en.json'), 'utf8')) as string[];
    expect(common).toContain('docker');
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } };
    const metaFile = `pagefind.${entry.languages.en.hash}.pf_meta`;
    const meta = parseMeta(readPagefindFile(readFileSync(join(distDir, 'pagefind', metaFile)), metaFile), metaFile);
    const dockerChunk = pagefindLookup('docker', meta.chunks)!.hash;
    expect(pagefindLookup('volume', meta.chunks)!.hash).not.toBe(dockerChunk);
    const context = await site.browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(site.server().url);
    const withDocker = await searchSlugs(page, 'docker volume');
    expect(requested.filter((path) => path.includes('/pagefind/index/'))).not.toContainEqual(expect.stringContaining(dockerChunk));
    // The same entries; "docker" also names the commands page, which is added below them.
    const entries = (slugs: string[]) => slugs.filter((slug) => !slug.startsWith('/'));
    expect(entries(withDocker)).toEqual(entries(await searchSlugs(page, 'volume')));
    // Alone, the word is asked for.
    await searchSlugs(page, 'docker');
    expect(requested).toContainEqual(expect.stringContaining(dockerChunk));
    await context.close();
  });

  it('knows such a word in the forms readers type ("images", "containers"), though the index holds its stem', async () => {
    const common = JSON.parse(readFileSync(join(distDir, 'pagefind', 'common-words-en.json'), 'utf8')) as string[];
    expect(common).toEqual(expect.arrayContaining(['imag', 'images', 'contain', 'containers']));
    // Compounds and other words that merely start like one stay telling.
    expect(common).not.toContain('containerd');
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } };
    const metaFile = `pagefind.${entry.languages.en.hash}.pf_meta`;
    const meta = parseMeta(readPagefindFile(readFileSync(join(distDir, 'pagefind', metaFile)), metaFile), metaFile);
    const imagesChunk = pagefindLookup('imag', meta.chunks)!.hash;
    const context = await site.browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(site.server().url);
    expect((await searchSlugs(page, 'remove unused images'))[0]).toBe('remove-unused-docker-objects');
    expect(requested.filter((path) => path.includes('/pagefind/index/'))).not.toContainEqual(expect.stringContaining(imagesChunk));
    await context.close();
  });

  it('loads nothing of Pagefind until search is opened', async () => {
    const context = await site.browser().newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(site.server().url + 'questions/cmd-vs-entrypoint/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.includes('/pagefind/') || path.includes('search-dialog'))).toEqual([]);
    await page.keyboard.press('/');
    await page.locator('[data-search-input]').fill('entrypoint');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('entrypoint'));
    expect(requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });

  it('opens with / and Ctrl+K, moves through results with the arrows, and Escape returns focus', async () => {
    const page = await open('questions/cmd-vs-entrypoint/');
    const dialogOpen = () => page.locator('[data-search-dialog]').evaluate((dialog: HTMLDialogElement) => dialog.open);
    await page.locator('[data-theme-toggle]').focus();
    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => document.activeElement?.matches('[data-search-input]'));
    expect(await dialogOpen()).toBe(true);
    await page.keyboard.type('volume');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('volume'));
    expect(await status(page)).toMatch(/^(Top \d+ of \d+ results|\d+ results?) for “volume”$/);
    const links = page.locator('[data-search-results] a');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toBe((await links.nth(0).textContent())!.trim());
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toBe((await links.nth(1).textContent())!.trim());
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-input]'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await dialogOpen()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-theme-toggle]'))).toBe(true);

    // `/` opens it too, but typing `/` into a field stays typing.
    await page.keyboard.press('/');
    expect(await dialogOpen()).toBe(true);
    await page.keyboard.type('a/b');
    expect(await page.locator('[data-search-input]').inputValue()).toBe('a/b');
    await page.context().close();
  });

  it('keeps every letter typed straight after / or a tap, while the dialog code is still loading', async () => {
    for (const openWith of ['/', 'button', 'the search page'] as const) {
      const context = await site.browser().newContext();
      const page = await context.newPage();
      // A slow network: the dialog's code arrives well after the reader started typing.
      await page.route('**/_astro/search-dialog*', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 600));
        await route.continue();
      });
      if (openWith === 'the search page') {
        // /search/ opens the dialog itself; a reader may start typing before its code arrives.
        await page.goto(site.server().url + 'search/');
        await page.waitForFunction(() => document.activeElement?.matches('[data-search-input]'));
      } else {
        await page.goto(site.server().url + 'questions/cmd-vs-entrypoint/');
        if (openWith === '/') await page.keyboard.press('/');
        else await page.click('[data-search-open]');
      }
      await page.keyboard.type('container keeps restarting');
      expect(await page.locator('[data-search-input]').inputValue(), openWith).toBe('container keeps restarting');
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“container keeps restarting”'));
      expect(await page.locator('.search-hit').first().getAttribute('href')).toContain('/questions/container-stuck-restarting/');
      await context.close();
    }
  });

  for (const failing of ['_astro/search-dialog', 'pagefind/pagefind.js']) {
    it(`says so when search cannot load (${failing} unreachable)`, async () => {
      const context = await site.browser().newContext();
      const page = await context.newPage();
      await page.route(`**/${failing}*`, (route) => route.abort());
      await page.goto(site.server().url + 'questions/cmd-vs-entrypoint/');
      await page.keyboard.press('/');
      await page.keyboard.type('volume');
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('Search could not load'));
      expect(await page.locator('[data-search-status]').textContent()).toContain('reload the page');
      await context.close();
    });
  }

  it('Enter opens the first result, which marks the searched words and scrolls to the best match (the 137 row)', async () => {
    const page = await open('', { width: 375 });
    const slugs = await searchSlugs(page, 'exit code 137');
    await Promise.all([page.waitForURL('**/questions/**'), page.keyboard.press('Enter')]);
    expect(page.url()).toContain(`/questions/${slugs[0]}/?highlight=exit%20code%20137`);
    const marks = page.locator('mark.search-mark');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).map((text) => text.toLowerCase())).toContain('137');
    await page.waitForFunction(() => scrollY > 0);
    const inView = await marks.evaluateAll((all) =>
      all.filter((mark) => mark.getBoundingClientRect().top >= 0 && mark.getBoundingClientRect().bottom <= innerHeight).map((mark) => mark.textContent),
    );
    expect(inView).toContain('137');
    // Whole words: no mark stops inside a word.
    expect(await marks.evaluateAll((all) => all.filter((mark) => /^[\p{L}\p{N}]/u.test(mark.nextSibling?.textContent ?? '')).length)).toBe(0);
    await page.context().close();
  });

  it('marks a hyphenated word from a result link (?highlight=docker-compose) together with the plain ones', async () => {
    const page = await open('questions/docker-compose-file-purpose/?highlight=docker-compose%20--rm%20volumes');
    const marks = page.locator('mark.search-mark');
    await marks.first().waitFor();
    const marked = new Set((await marks.allTextContents()).map((text) => text.toLowerCase()));
    expect(marked.has('docker-compose')).toBe(true);
    expect(marked.has('volumes')).toBe(true);
    await page.context().close();
  });

  it('on a phone: tap the search button, type, tap a result, read the marked words', async () => {
    const context = await site.browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(site.server().url + 'questions/cmd-vs-entrypoint/');
    await page.tap('[data-search-open]');
    await page.waitForFunction(() => document.activeElement?.matches('[data-search-input]'));
    await page.keyboard.type('container keeps restarting');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('restarting'));
    // The dialog fits the screen: nothing to scroll sideways, the first result fully in view.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const first = page.locator('.search-hit').first();
    const box = (await first.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await Promise.all([page.waitForURL('**/questions/container-stuck-restarting/**'), first.tap()]);
    const marks = page.locator('mark.search-mark');
    await marks.first().waitFor();
    await page.waitForTimeout(100);
    const inView = await marks.evaluateAll((all) => all.some((mark) => mark.getBoundingClientRect().top >= 0 && mark.getBoundingClientRect().bottom <= innerHeight));
    expect(inView).toBe(true);
    await context.close();
  });

  it('on a phone the results come first: the filters fold under a button that says how many are chosen', async () => {
    const context = await site.browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(site.server().url + 'search/?q=volume&level=basic');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“volume”'));
    // The first result starts in the top quarter, above where an on-screen keyboard would cover it.
    const first = (await page.locator('.search-hit').first().boundingBox())!;
    expect(first.y).toBeLessThan(844 / 4);
    const toggle = page.locator('[data-search-filter-toggle]');
    const level = page.locator('[data-search-filter="level"]');
    expect(await level.isVisible()).toBe(false);
    expect(await toggle.textContent()).toBe('Filters (1)');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await level.isVisible()).toBe(true);
    await page.locator('[data-search-filter="kind"]').selectOption('Question');
    expect(await toggle.textContent()).toBe('Filters (2)');
    await toggle.tap();
    expect(await level.isVisible()).toBe(false);
    await context.close();
  });

  it('on a wide screen the filters show without a button', async () => {
    const page = await open('');
    await page.keyboard.press('/');
    expect(await page.locator('[data-search-filter="topic"]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-filter-toggle]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows excerpts with marked words and links to matching sections of long answers', async () => {
    const page = await open('');
    await searchSlugs(page, 'restart policy');
    const excerpt = page.locator('.search-hit-excerpt').first();
    expect(await excerpt.locator('mark').count()).toBeGreaterThan(0);
    expect(await excerpt.textContent()).not.toMatch(/Skip to content|Browse topics|Sources/);
    const sections = page.locator('.search-section');
    expect(await sections.count()).toBeGreaterThan(0);
    expect(await sections.first().getAttribute('href')).toMatch(/\/questions\/[a-z0-9-]+\/\?highlight=restart%20policy#[a-z0-9-]+$/);
    await page.context().close();
  });

  it('filters by topic, level and kind before any typing', async () => {
    const page = await open('');
    await page.keyboard.press('/');
    await page.locator('[data-search-filter="topic"]').selectOption('Volumes and storage');
    await page.waitForFunction(() => /results?$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const metas = await page.locator('.search-hit-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(2);
    for (const meta of metas) expect(meta).toMatch(/^Volumes and storage · /);
    await page.locator('[data-search-filter="level"]').selectOption('Basic');
    await page.waitForFunction(() => [...document.querySelectorAll('.search-hit-meta')].every((meta) => meta.textContent?.endsWith('Basic')));
    expect(await page.locator('.search-hit-meta').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('helps when nothing matches, and offers topics before typing', async () => {
    const page = await open('');
    await page.keyboard.press('/');
    expect(await page.locator('[data-search-start]').isVisible()).toBe(true);
    expect(await page.locator('.search-topics a').count()).toBeGreaterThan(3);
    await page.locator('[data-search-input]').fill('qqqzzxxjj');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('No results'));
    expect(await status(page)).toContain('Try fewer words');
    expect(await page.locator('.search-topics a').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('a shared /search/?q= link opens with the results shown', async () => {
    const page = await open('search/?q=dangling%3Dtrue');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('dangling=true'));
    expect(await page.locator('[data-search-input]').inputValue()).toBe('dangling=true');
    expect(await page.locator('.search-hit').first().getAttribute('href')).toContain('/questions/dangling-images/');
    await page.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`the open dialog with results has no axe violations (${theme})`, async () => {
      const page = await open('', { theme });
      await searchSlugs(page, 'healthcheck');
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return axe.run({ include: ['[data-search-dialog]'] });
      });
      expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    });
  }
});
