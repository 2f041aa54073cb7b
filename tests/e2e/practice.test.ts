/**
 * The practice page in Chromium, as a learner uses it: a topic session by
 * keyboard alone, an answer that could not be fetched, a reload and Back
 * mid-session, progress on the home and topic pages, export and import, a
 * seeded interview and its clock, blocked storage, and axe in both themes and
 * at phone width.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { axeSource, siteInBrowser } from '../helpers/site-in-browser.ts';

const title = (page: Page) => page.locator('.practice-card h2').first().innerText();
/** Opens the practice page at `path` and waits for its first card. */
async function cardPage(open: (path: string) => Promise<Page>, path: string): Promise<Page> {
  const page = await open(path);
  await page.locator('.practice-card h2').waitFor();
  return page;
}
/** The deck as the page sees it: practice.json's cards with the titles from their topics' title files. */
async function titledDeck(page: Page): Promise<{ id: string; topic: string; title: string; asked: number }[]> {
  const get = async (path: string) => (await page.request.get(new URL(path, page.url()).href)).json();
  const deck = (await get('/practice.json')) as { topics: { id: string; titles: string }[]; cards: { id: string; topic: string; asked: number }[] };
  const titles = new Map<string, string[]>();
  for (const topic of deck.topics) titles.set(topic.id, (await get(`/${topic.titles}`)) as string[]);
  return deck.cards.map((card) => ({ ...card, title: titles.get(card.topic)!.shift()! }));
}
const position = (page: Page) => page.locator('.practice-card .meta span').first().innerText();
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('practice-progress') ?? 'null'));

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
  });
}

describe.skipIf(!hasChromium)('practice in Chromium', () => {
  const { open, browser, server } = siteInBrowser();

  it('runs a topic session by keyboard alone: reveal, grade 1-4, undo, skip, Escape for the summary', async () => {
    const page = await open('practice/?topic=images');
    const first = await title(page);
    expect(await position(page)).toBe('Card 1 of 10');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first);
    await page.keyboard.press('3'); // no grade before the answer is shown
    expect(await page.locator('.practice-card .short-answer').count()).toBe(0);
    await page.keyboard.press('Space');
    await page.locator('.practice-card .short-answer').waitFor();
    await page.locator('.practice-card .answer li').first().waitFor();
    // The back comes from the card's own entry page, fetched once, and no other entry page is fetched.
    const entry = (await page.getByRole('link', { name: 'Read the whole answer on the entry’s page' }).getAttribute('href'))!;
    const pagesFetched = await page.evaluate(() => performance.getEntriesByType('resource').map((resource) => new URL(resource.name).pathname).filter((path) => path.includes('/questions/')));
    expect(pagesFetched).toEqual([entry]);
    const entryPage = await page.context().newPage();
    await entryPage.goto(new URL(entry, page.url()).href);
    const summary = (await entryPage.locator('.short-answer p').innerText()).trim();
    // The card's title is its entry's, from the topic's title file: the only one a topic session fetches.
    expect((await entryPage.locator('h1').innerText()).trim()).toBe(first);
    await entryPage.close();
    const titleFiles = await page.evaluate(() => performance.getEntriesByType('resource').map((resource) => new URL(resource.name).pathname).filter((path) => path.includes('/practice/titles/')));
    expect(titleFiles).toEqual([expect.stringMatching(/\/practice\/titles\/images\.[0-9a-f]{12}\.json$/)]);
    expect(summary.length).toBeGreaterThan(20);
    expect((await page.locator('.practice-card .short-answer p').innerText()).trim()).toBe(summary);
    await expect.poll(() => page.locator('[data-practice-announce]').textContent()).toBe(`Answer shown: ${summary}`);
    await page.keyboard.press('Enter'); // Enter again does not grade: focus is on the answer, not a button
    expect(await title(page)).toBe(first);
    await page.keyboard.press('1');
    const second = await title(page);
    expect(second).not.toBe(first);
    expect(await page.locator('[data-practice-announce]').textContent()).toContain(second);
    await page.keyboard.press('u');
    expect(await title(page)).toBe(first);
    expect(await stored(page)).toEqual({ v: 2, cards: {} });
    await page.keyboard.press('Enter');
    await page.keyboard.press('4');
    expect(await title(page)).toBe(second);
    await page.keyboard.press('s');
    const third = await title(page);
    await page.keyboard.press('Space');
    await page.keyboard.press('1'); // Again: it comes back later in this session
    expect(await position(page)).toBe('Card 4 of 11');
    await page.keyboard.press('Escape');
    const rows = await page.locator('.practice-card tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.map(([name, grade]) => [name, grade])).toEqual([[first, 'Easy'], [second, 'Skipped'], [third, 'Again']]);
    for (const row of rows) expect(row[2]).toMatch(/^\d+:\d\d$/);
    expect(await page.getByRole('button', { name: 'Practise the missed ones (1)' }).isVisible()).toBe(true);
    const cards = (await stored(page)).cards;
    expect(Object.keys(cards)).toHaveLength(2);
    await page.context().close();
  });

  it('takes a card’s title from its own page when its topic’s title file cannot be fetched (offline, or gone since a deploy)', async () => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    await context.route('**/practice/titles/**', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${server().url}practice/?topic=networking`);
    const deck = await titledDeck(page);
    await expect.poll(() => title(page)).not.toMatch(/^[a-z0-9-]+$/);
    const first = await title(page);
    expect(deck.find((card) => card.title === first)?.topic).toBe('networking');
    // The next card, too: the title file is asked for again and fails again.
    await page.keyboard.press('s');
    await expect.poll(() => title(page)).not.toBe(first);
    await expect.poll(() => title(page)).not.toMatch(/^[a-z0-9-]+$/);
    const second = await title(page);
    expect(deck.find((card) => card.title === second)?.topic).toBe('networking');
    await context.close();
  });

  it('shows a card only once its title is there: while the title file is on its way, the keys do nothing', async () => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/practice/titles/**', async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${server().url}practice/?topic=networking`);
    await page.getByText('Loading the card…').waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press('s');
    release();
    await page.locator('.practice-card h2').waitFor();
    // Neither key reached the card it could not show: it is card 1, its answer still hidden.
    expect(await position(page)).toMatch(/^Card 1 of /);
    expect(await page.locator('.practice-card .short-answer').count()).toBe(0);
    await context.close();
  });

  it('says when a card’s answer cannot be fetched, and shows it after “Try again” once the network is back', async () => {
    // No offline worker: it would store the entry pages this test keeps from loading.
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const offline = (route: { abort(): Promise<void> }) => route.abort();
    await context.route('**/questions/**', offline);
    const page = await context.newPage();
    await page.goto(`${server().url}practice/?topic=networking`);
    await page.locator('.practice-card h2').waitFor();
    await page.keyboard.press('Space');
    const short = page.locator('.practice-card .short-answer p');
    await expect.poll(() => short.innerText()).toContain('could not be loaded');
    expect(await page.locator('[data-practice-announce]').textContent()).toContain('could not be loaded');
    // Still offline: a second failure is worded anew, so it is announced again.
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('[data-practice-announce]').textContent()).toContain('Still no answer after 2 tries');

    await context.unroute('**/questions/**', offline);
    await page.getByRole('button', { name: 'Try again' }).click();
    const entry = (await page.getByRole('link', { name: 'Read the whole answer on the entry’s page' }).getAttribute('href'))!;
    const entryPage = await context.newPage();
    await entryPage.goto(new URL(entry, page.url()).href);
    const summary = (await entryPage.locator('.short-answer p').innerText()).trim();
    await expect.poll(() => short.innerText()).toBe(summary);
    await page.locator('.practice-card .answer li').first().waitFor();
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await expect.poll(() => page.locator('[data-practice-announce]').textContent()).toBe(`Answer shown: ${summary}`);
    // Focus stays on the card's answer, not lost with the removed button.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('short-answer'))).toBe(true);
    await context.close();
  });

  it('shows the key points from the entry page under "Key points", with a link to the whole answer, and no ids to clash with the page', async () => {
    const page = await cardPage(open, 'practice/?topic=troubleshooting');
    let cards = 0;
    for (let card = 0; card < 10 && (await page.locator('.practice-card h2').count()) > 0; card++) {
      await page.keyboard.press('Space');
      await page.locator('.practice-card .answer li').first().waitFor();
      const entry = (await page.getByRole('link', { name: 'Read the whole answer on the entry’s page' }).getAttribute('href'))!;
      const entryPage = await page.context().newPage();
      await entryPage.goto(new URL(entry, page.url()).href);
      const expected = await entryPage.locator('[data-key-points] li').allInnerTexts();
      await entryPage.close();
      expect(await page.locator('.practice-card .answer li').allInnerTexts()).toEqual(expected);
      expect(await page.locator('.practice-card h3').first().innerText()).toBe('Key points');
      expect(await page.locator('.practice-card .answer [id]').count()).toBe(0);
      cards++;
      await page.keyboard.press('3');
    }
    expect(cards).toBeGreaterThan(1);
    await page.context().close();
  });

  it('keeps the place through a reload and through Back from an entry page', async () => {
    const page = await cardPage(open, 'practice/?topic=architecture');
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    const second = await title(page);
    await page.reload();
    expect(await title(page)).toBe(second);
    expect(await position(page)).toBe('Card 2 of 11'); // Good on a new card: its next learning step is in this session
    await page.keyboard.press('Space');
    await Promise.all([page.waitForURL('**/questions/**'), page.getByRole('link', { name: 'Read the whole answer on the entry’s page' }).click()]);
    await page.goBack();
    expect(await title(page)).toBe(second);
    expect(await page.locator('.practice-card .short-answer').isVisible()).toBe(true);
    await page.context().close();
  });

  it('the home page says what is due today and continues straight into the session; a reader with no progress sees nothing of it', async () => {
    const page = await open('');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-home-due]').isVisible()).toBe(false);
    // Two cards answered Again yesterday are due now.
    await page.evaluate(() => {
      const yesterday = Date.now() - 86_400_000;
      const record = { due: yesterday, s: 1, d: 7, reps: 1, lapses: 1, state: 2, steps: 0, days: 1, last: yesterday, first: yesterday };
      localStorage.setItem('practice-progress', JSON.stringify({ v: 2, cards: { 'cmd-vs-entrypoint': record, 'image-layers': record } }));
    });
    await page.reload();
    const due = page.locator('[data-home-due]');
    await due.waitFor();
    expect((await due.innerText()).replace(/\s+/g, ' ')).toBe('2 cards are due today. Continue');
    await page.getByRole('link', { name: 'Continue' }).click();
    await page.locator('.practice-card h2').waitFor();
    expect(await position(page)).toMatch(/^Card 1 of \d+$/);
    expect(['What is the difference between CMD and ENTRYPOINT, and when do you use each?', 'What are image layers, and how does layering work?']).toContain(await title(page));
    await page.context().close();
  });

  it('shows progress per topic on the home and topic pages without the deck, without moving the layout, and downloads nothing without progress', async () => {
    const page = await open('topics/images/');
    const line = page.locator('[data-topic-progress]').first();
    expect(await line.textContent()).toBe('Not practised yet');
    await page.waitForLoadState('networkidle');
    const fetchedData = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\.json(\?|$)/.test(name)));
    expect(await fetchedData()).toEqual([]);
    const before = await line.boundingBox();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.getByRole('link', { name: 'Practise this topic' }).click();
    await page.locator('.practice-card h2').waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await page.goto(page.url().replace(/practice\/.*$/, 'topics/images/'));
    await line.filter({ hasText: /due/ }).waitFor();
    expect(await line.textContent()).toMatch(/^0 due · 1 learning · 1 known of \d+$/); // Easy: known for days; Again: back in a minute
    expect((await line.boundingBox())?.height).toBe(before?.height);
    // Foreign and duplicated ids in storage are never counted: counts stay within the topic.
    await page.evaluate(() => {
      const progress = JSON.parse(localStorage.getItem('practice-progress')!);
      const record = Object.values(progress.cards)[0];
      for (let i = 0; i < 500; i++) progress.cards[`foreign-${i}`] = record;
      localStorage.setItem('practice-progress', JSON.stringify(progress));
    });
    requests.length = 0;
    await page.goto(page.url().replace(/topics\/images\/$/, ''));
    const imagesCard = page.locator('.card', { has: page.getByRole('link', { name: 'Images', exact: true }) }).locator('[data-topic-progress]');
    await imagesCard.filter({ hasText: /due/ }).waitFor();
    const [, , , total] = (await imagesCard.textContent())!.match(/(\d+) due · (\d+) learning · (\d+) known of (\d+)/)!.map(Number) as number[];
    expect(total).toBeLessThan(40);
    expect(await page.locator('[data-topic-progress]').evaluateAll((lines) => lines.filter((l) => l.textContent === 'Not practised yet').length)).toBeGreaterThan(5);
    // With progress, the small list of ids per topic is fetched, never the deck.
    expect(requests.filter((url) => url.includes('.json'))).toEqual([expect.stringMatching(/\/entry-topics\.json$/)]);
    await page.context().close();
  });

  it('exports progress to a file, resets it, and imports the file back', async () => {
    const page = await cardPage(open, 'practice/?topic=architecture');
    for (const key of ['Space', '3', 'Space', '2']) await page.keyboard.press(key);
    await page.keyboard.press('Escape');
    const before = await stored(page);
    expect(Object.keys(before.cards)).toHaveLength(2);
    await page.locator('[data-progress-tools] summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const file = await download.path();
    const log = () => page.evaluate(() => JSON.parse(localStorage.getItem('practice-log') ?? '[]') as unknown[]);
    const grades = await log();
    expect(grades).toHaveLength(2);
    // The progress as stored, with the review log beside it (for the statistics).
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...before, log: grades });
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await page.getByRole('button', { name: 'Click again to erase all progress' }).click();
    expect(await stored(page)).toEqual({ v: 2, cards: {} });
    expect(await log()).toEqual([]);
    await page.locator('[data-import]').setInputFiles(file);
    await page.getByText('Imported 2 entries').waitFor();
    expect(await stored(page)).toEqual(before);
    expect(await log()).toEqual(grades);
    await page.context().close();
  });

  it('sets up with topics as the site writes them: only this, all, none, remembered after a reload', async () => {
    const page = await open('practice/');
    await page.locator('[data-practice-setup]').waitFor();
    const checked = () => page.locator('input[name="topic"]:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(await page.getByRole('checkbox', { name: /^Dockerfile and builds \(\d+\)$/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Only Networking' }).click();
    expect(await checked()).toEqual(['networking']);
    expect(await page.locator('[data-practice-status]').textContent()).toMatch(/^5 entries chosen: 0 due today, 5 of 5 new ones for today\./);
    await page.getByRole('checkbox', { name: /^advanced/ }).uncheck();
    await page.reload();
    await page.locator('[data-practice-setup]').waitFor();
    expect(await checked()).toEqual(['networking']);
    expect(await page.getByRole('checkbox', { name: /^advanced/ }).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'None', exact: true }).click();
    expect(await checked()).toEqual([]);
    await page.getByRole('button', { name: 'All', exact: true }).click();
    expect((await checked()).length).toBe(16);
    await page.context().close();
  });

  it('draws the same interview questions from the same link, and says “Time’s up” while the clock keeps going', async () => {
    const draw = async () => {
      const page = await open('practice/?interview=share1&length=5');
      const titles: string[] = [];
      for (let i = 0; i < 5; i++) {
        titles.push(await title(page));
        await page.keyboard.press('s');
      }
      expect(await page.getByRole('link', { name: 'Repeat this interview' }).getAttribute('href')).toContain('interview=share1');
      await page.context().close();
      return titles;
    };
    const first = await draw();
    expect(new Set(first).size).toBe(5);
    expect(await draw()).toEqual(first);

    const context = (await open('')).context();
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(context.pages()[0]!.url() + 'practice/?interview=share1&length=5');
    expect(await page.locator('.timer').textContent()).toMatch(/^This question 0:00 of 2:00 · Total 0:00 of 10:00$/);
    await page.clock.runFor(125_000);
    expect(await page.locator('.timer').textContent()).toMatch(/^Time’s up · This question 2:0\d of 2:00 · Total 2:0\d of 10:00$/);
    await page.clock.runFor(5_000);
    expect(await page.locator('.timer').textContent()).toMatch(/This question 2:(09|1\d) of 2:00/);
    expect(await page.locator('.practice-card .meta').textContent()).not.toContain('Study note');
    await context.close();
  });

  it('still runs a session when storage is blocked, and says progress cannot be saved', async () => {
    const page = await open('');
    await page.context().addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
      }
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(page.url() + 'practice/');
    await page.locator('[data-practice-setup]').waitFor();
    expect(await page.locator('[data-practice-notice]').textContent()).toContain('progress cannot be saved');
    await page.locator('[data-practice-setup] button[type="submit"]').click();
    const first = await title(page);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    expect(await title(page)).not.toBe(first);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('survives a hostile stored record and the same record imported: it is dropped with a notice, and Reset works', async () => {
    const page = await open('');
    const now = Date.now();
    const sane = { due: now + 3.5 * 86_400_000, s: 3, d: 5, reps: 2, lapses: 0, state: 2, steps: 0, days: 3, last: now - 60_000, first: now - 60_000 };
    // due: 1e308 once made date formatting throw on every load, before Reset was even wired up;
    // stability 0 on a card in review made ts-fsrs throw when the card was shown.
    const hostile = { v: 2, cards: { 'cmd-vs-entrypoint': { ...sane, due: 1e308 }, 'copy-on-write': { ...sane, s: 0 }, dockerfile: sane } };
    await page.evaluate((text) => localStorage.setItem('practice-progress', text), JSON.stringify(hostile));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(page.url() + 'practice/');
    await page.locator('[data-practice-setup]').waitFor();
    expect(await page.locator('[data-practice-notice]').textContent()).toBe("2 stored items were not progress for this site's entries and were dropped.");
    await expect.poll(() => page.locator('[data-practice-status]').textContent()).toMatch(/entries chosen: .* The next review is due in 3 days\.$/);
    expect(Object.keys((await stored(page)).cards)).toEqual(['dockerfile']);

    await page.locator('[data-progress-tools] summary').click();
    await page.locator('[data-import]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ v: 2, cards: { 'cmd-vs-entrypoint': { ...sane, due: 1e308 } } })) });
    await page.getByText('That file holds no progress for this site, so nothing was imported.').waitFor();

    await page.getByRole('button', { name: 'Reset progress' }).click();
    await page.getByRole('button', { name: 'Click again to erase all progress' }).click();
    await page.getByText('Progress reset: every entry is new again.').waitFor();
    expect(await stored(page)).toEqual({ v: 2, cards: {} });

    // Garbage in storage: the page still loads, says so, and Reset still answers.
    await page.evaluate(() => localStorage.setItem('practice-progress', '{"v":2,"cards":'));
    await page.reload();
    await page.locator('[data-practice-setup]').waitFor();
    expect(await page.locator('[data-practice-notice]').textContent()).toContain('was dropped');
    await page.locator('[data-progress-tools] summary').click();
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await page.getByRole('button', { name: 'Click again to erase all progress' }).click();
    expect(await stored(page)).toEqual({ v: 2, cards: {} });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('grades an entry on its own page and keeps the reader there, offering the next entry; the store and log are the practice page\'s', async () => {
    const page = await open('questions/cmd-vs-entrypoint/');
    const before = page.url();
    // Grading in place loads once the page is idle; a grade before that goes to the practice page (tested below).
    await page.locator('[data-entry-grade][data-grades-here]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Good', exact: true }).click();
    const status = page.locator('[data-grade-status]');
    await expect.poll(() => status.isVisible()).toBe(true);
    expect(page.url()).toBe(before);
    expect(await status.textContent()).toMatch(/^Recorded Good: this entry comes back in \d+ minutes\./);
    const next = page.locator('[data-grade-status] a').first();
    expect(await next.evaluate((link) => (link as HTMLAnchorElement).href)).toBe(await page.locator('.pager a[rel="next"]').evaluate((link) => (link as HTMLAnchorElement).href));
    expect(Object.keys((await stored(page)).cards)).toEqual(['cmd-vs-entrypoint']);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('practice-log') ?? '[]').length)).toBe(1);
    await page.context().close();
  });

  it('without script, the grade form still records the grade on the practice page', async () => {
    const page = await open('practice/?entry=cmd-vs-entrypoint&grade=3');
    await expect.poll(() => page.locator('[data-practice-notice]').textContent()).toMatch(/Recorded Good for “.+”: next review in \d+ minutes/);
    expect(Object.keys((await stored(page)).cards)).toEqual(['cmd-vs-entrypoint']);
    expect(page.url()).not.toContain('grade=');
    await page.context().close();
  });

  for (const width of [1280, 390]) {
    it(`Start is on the first screen at ${width} px, with the choices folded under it on a phone`, async () => {
      const page = await open('practice/', { width, height: width > 500 ? 800 : 844 });
      const start = page.locator('[data-practice-setup] button[type="submit"]');
      await start.waitFor();
      const box = (await start.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(width > 500 ? 800 : 844);
      expect(await page.locator('[data-setup-choices]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(width > 500);
      await page.context().close();
    });
  }

  it('with an interview date shows the plan and learns the most-asked entries first; the date is remembered', async () => {
    const page = await open('practice/');
    await page.locator('[data-practice-setup]').waitFor();
    const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('input[name="interviewDate"]').fill(date);
    await page.locator('input[name="interviewDate"]').dispatchEvent('change');
    const plan = page.locator('[data-practice-plan]');
    expect(await plan.textContent()).toMatch(/^Plan: \d+ new a day covers all \d+ new entries in the [67] days left, the most-asked first, topics mixed; FSRS adds about \d+ reviews a day/);
    const perDay = Number((await plan.textContent())!.match(/^Plan: (\d+)/)![1]);
    await page.reload();
    await page.locator('[data-practice-setup]').waitFor();
    expect(await page.locator('input[name="interviewDate"]').inputValue()).toBe(date);
    await page.locator('[data-practice-setup] button[type="submit"]').click();
    expect(await position(page)).toBe(`Card 1 of ${perDay}`);
    // The deck says how many banks ask each entry: the first card is one of the most asked.
    const deck = await titledDeck(page);
    const most = Math.max(...deck.map((card) => card.asked));
    const first = await title(page);
    expect(deck.find((card) => card.title === first)?.asked).toBe(most);
    await page.context().close();
  });

  it('each grade button says when that grade brings the card back; on a phone the grades stay on screen after reveal', async () => {
    const page = await open('practice/?topic=images', { width: 390, height: 844 });
    await page.locator('.practice-card h2').waitFor();
    await page.keyboard.press('Space');
    await page.locator('.practice-card .answer li').first().waitFor();
    const labels = await page.locator('.grades button').allInnerTexts();
    expect(labels.map((label) => label.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^1 Again back in (<1m|\d+m)$/),
      expect.stringMatching(/^2 Hard back in \d+m$/),
      expect.stringMatching(/^3 Good back in \d+m$/),
      expect.stringMatching(/^4 Easy back in \d+d$/),
    ]);
    const grades = (await page.locator('.grades').boundingBox())!;
    expect(grades.y + grades.height).toBeLessThanOrEqual(844);
    expect(grades.y).toBeGreaterThanOrEqual(0);
    await page.context().close();
  });

  it('draws statistics from stored progress and its log, the same after a reload, and an import brings another browser\'s', async () => {
    const page = await cardPage(open, 'practice/?topic=images');
    for (const grade of ['3', '1', '4']) {
      await page.keyboard.press('Space');
      await page.locator('.practice-card .answer li').first().waitFor();
      await page.keyboard.press(grade);
    }
    const stats = page.locator('[data-practice-stats]');
    await stats.locator('summary').click();
    const read = async () => (await stats.locator('[data-stats-body]').innerText()).replace(/\s+/g, ' ');
    // The details draw on their toggle event, which fires after the click resolves.
    await expect.poll(read).toMatch(/3 reviews in 14 days, 3 today\./);
    // Again and Good leave a new card learning; Easy sends it straight to review.
    expect(await read()).toMatch(/Chosen cards: \d+ new, 2 learning, 1 in review\./);
    expect(await stats.locator('svg.bars').count()).toBe(2);
    await page.reload();
    await page.locator('.practice-card h2').waitFor();
    await stats.locator('summary').click();
    await expect.poll(read).toMatch(/3 reviews in 14 days, 3 today\./);
    // Another browser's export: its grades join the log.
    const other = { v: 2, cards: {}, log: [[Date.now() - 3_600_000, 3, 2], [Date.now() - 7_200_000, 1, 2]] };
    await page.locator('[data-import]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await expect.poll(read).toMatch(/5 reviews in 14 days, 5 today\./);
    expect(await read()).toMatch(/Retention: 50 % of 2 reviews answered Good or Easy\./);
    await page.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1280, 375]) {
      it(`axe finds no violations on the setup, a revealed card and the summary: ${theme}, ${width} px`, async () => {
        const page = await open('practice/', { theme, width });
        await page.locator('[data-practice-setup]').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('[data-practice-setup] button[type="submit"]').click();
        await page.locator('.practice-card h2').waitFor();
        await page.keyboard.press('Space');
        await page.locator('.practice-card .answer > *').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        const small = await page.locator('.practice-card button, .practice-setup button').evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent && b.getBoundingClientRect().height < 44).map((b) => b.textContent));
        expect(small).toEqual([]);
        await page.keyboard.press('3');
        await page.keyboard.press('Escape');
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      });
    }
  }
});
