/**
 * The commands page in Chromium: the filter box narrows as you type without
 * loading search, each line copies itself, groups fold (folded on phones,
 * opened by a link to a command), printing drops the controls and opens every
 * group, and a search for a command lands on its group below the entries.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { searchSlugs } from '../helpers/search.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

describe.skipIf(!hasChromium)('the commands page in Chromium', () => {
  const site = siteInBrowser();
  const { open } = site;
  const visibleLines = (page: import('playwright-core').Page) =>
    page.locator('[data-command-row]:visible > .command-line code').evaluateAll((codes) => codes.map((code) => code.textContent ?? ''));

  it('the filter narrows the lines to those matching every word, says how many, and loads no search', async () => {
    const page = await open('commands/');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const all = (await visibleLines(page)).length;
    await page.locator('[data-command-filter]').pressSequentially('volume prune');
    const lines = await visibleLines(page);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(all / 10);
    // Every word is in the line or in what its subcommand says ("docker system prune" removes volumes with --volumes).
    for (const line of lines) expect(line).toMatch(/prune/);
    expect(lines).toContain('docker volume prune');
    expect(await page.locator('[data-command-count]').textContent()).toBe(`${lines.length} of ${all} commands`);
    // A flag finds the subcommands whose lines use it.
    await page.locator('[data-command-filter]').fill('--rm');
    await page.locator('[data-command-filter]').dispatchEvent('input');
    const withFlag = await visibleLines(page);
    expect(withFlag.some((line) => /^docker run\b.*\s--rm\b/.test(line)), withFlag.join('\n')).toBe(true);
    await page.locator('[data-command-filter]').fill('zzzz');
    await page.locator('[data-command-filter]').dispatchEvent('input');
    expect(await page.locator('[data-command-empty]').isVisible()).toBe(true);
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.context().close();
  });

  it('the filter puts the subcommands it names first, matches a flag only on lines using it, and each group counts what it keeps', async () => {
    const page = await open('commands/');
    const total = await page.locator('[data-command-row]').count();
    await page.locator('[data-command-filter]').pressSequentially('logs');
    const subcommands = await page.locator('[data-command]:visible h3').allTextContents();
    expect(subcommands.slice(0, 3)).toEqual(['docker logs', 'docker compose logs', 'docker service logs']);
    // docker run says nothing of logs itself: only its lines that name logs or set a log driver stay.
    const run = page.locator('[aria-labelledby="docker-run"]');
    const runRows = await run.locator('[data-command-row]:visible').evaluateAll((rows) =>
      rows.map((row) => ({ text: (row as HTMLElement).dataset['text'] ?? '', flags: ((row as HTMLElement).dataset['flags'] ?? '').split(' ').filter(Boolean) })),
    );
    const flags = await run.locator('.command-flags dt').allTextContents();
    expect(runRows.length).toBeGreaterThan(0);
    expect(runRows.length).toBeLessThan(await run.locator('[data-command-row]').count());
    for (const row of runRows) {
      expect(row.text.includes('logs') || row.flags.some((place) => flags[Number(place)]!.startsWith('--log-')), row.text).toBe(true);
    }
    expect(subcommands.indexOf('docker run')).toBeGreaterThan(2);
    let kept = 0;
    for (const family of await page.locator('[data-command-family]:visible').all()) {
      const shown = await family.locator('[data-command-row]:visible').count();
      const all = await family.locator('[data-command-row]').count();
      expect(await family.locator('.family-count').textContent()).toBe(`${shown} of ${all} commands`);
      kept += shown;
    }
    expect(await page.locator('[data-command-count]').textContent()).toBe(`${kept} of ${total} commands`);
    // Cleared, the page is as it was: groups in their order, with their totals.
    await page.locator('[data-command-filter]').fill('');
    await page.locator('[data-command-filter]').dispatchEvent('input');
    expect(await page.locator('[data-command-family] h2').first().textContent()).toBe('Container lifecycle');
    expect(await page.locator('[data-command] h3').first().textContent()).toBe('docker run');
    expect(await page.locator('#containers .family-count').textContent()).toMatch(/^\d+ commands$/);
    await page.context().close();
  });

  it('a command chip on a question page leads to its place on the commands page; Dockerfile instructions stay plain', async () => {
    const page = await open('questions/container-exit-codes/', { width: 390 });
    const chip = page.locator('.entry-footer .tags a', { hasText: 'docker logs' });
    expect(await chip.getAttribute('href')).toBe('/commands/#docker-logs');
    await Promise.all([page.waitForURL('**/commands/#docker-logs'), chip.click()]);
    // On a phone the groups start folded: the linked one opens.
    await page.locator('#docker-logs').waitFor({ state: 'visible' });
    const instructions = await open('questions/cmd-vs-entrypoint/');
    const tags = instructions.locator('.entry-footer .tags li');
    expect(await tags.filter({ hasText: /^CMD$/ }).count()).toBe(1);
    expect(await tags.filter({ hasText: /^CMD$/ }).locator('a').count()).toBe(0);
    for (const href of await instructions.locator('.entry-footer .tags a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(/^\/commands\/#docker-/);
    }
    await page.context().close();
    await instructions.context().close();
  });

  it('lists real commands only, describes their flags and links every line to an entry', async () => {
    const page = await open('commands/');
    const lines = await page.locator('.command-line code').allTextContents();
    expect(lines.every((line) => /^docker /.test(line) && !line.endsWith('…'))).toBe(true);
    expect(lines.some((line) => line.startsWith('docker-compose'))).toBe(false);
    expect(lines).toContain('docker compose up --scale web=3');
    const run = page.locator('[aria-labelledby="docker-run"]');
    expect(await run.locator('.command-flags dt').allTextContents()).toContain('--rm');
    const rows = await page.locator('[data-command-row]').count();
    expect(await page.locator('[data-command-row]:has(.used-in a[href*="/questions/"])').count()).toBe(rows);
    expect(await page.locator('.used-in').first().textContent()).not.toMatch(/ , |,\s*$/);
    await page.context().close();
  });

  it('a copy button copies its own line', async () => {
    const page = await open('commands/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server().url).origin });
    const row = page.locator('[aria-labelledby="docker-volume-create"] [data-command-row]').first();
    const line = await row.locator('.command-line code').first().textContent();
    await row.locator('[data-copy-line]').first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(line);
    expect(await row.locator('[data-copy-line]').first().textContent()).toBe('Copied');
    await page.context().close();
  });

  it('on a phone the groups start folded and open on a tap; a link to a command opens its group', async () => {
    const page = await open('commands/', { width: 390 });
    const openFamilies = () => page.locator('[data-command-family][open]').count();
    expect(await openFamilies()).toBe(0);
    expect(await page.evaluate(() => document.body.scrollHeight)).toBeLessThan(3000);
    await page.locator('#volumes > summary').click();
    expect(await page.locator('#docker-volume-create').isVisible()).toBe(true);
    await page.goto(site.server().url + 'commands/#docker-network-create');
    expect(await page.locator('#docker-network-create').isVisible()).toBe(true);
    expect(await page.locator('#networks').evaluate((family: HTMLDetailsElement) => family.open)).toBe(true);
    await page.context().close();
  });

  it('prints every group without filter, copy buttons or links lists', async () => {
    const page = await open('commands/', { width: 390 });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-command-family]:not([open])').count()).toBe(0);
    for (const selector of ['[data-command-tools]', '[data-copy-line]', '.used-in', '.jump']) {
      expect(await page.locator(selector).first().isVisible()).toBe(false);
    }
    expect(await page.locator('[aria-labelledby="docker-run"] .command-line code').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('a search for a command lists the commands page after the entries, linked to that command', async () => {
    const page = await open('');
    const results = await searchSlugs(page, 'docker volume create');
    const commandsAt = results.findIndex((path) => path.includes('/commands/'));
    expect(commandsAt).toBeGreaterThan(0);
    expect(results.slice(commandsAt + 1).every((path) => path.includes('/commands/'))).toBe(true);
    const href = await page.locator('.search-hit[href*="/commands/"]').getAttribute('href');
    expect(href).toMatch(/#docker-volume-create$/);
    await page.context().close();
  });
});
