/**
 * The site in a real browser (Debian's Chromium through playwright-core):
 * navigation, the theme switch, copy buttons, the mobile drawer, and no
 * accessibility violations (axe-core) in either theme.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { axeSource, siteInBrowser } from '../helpers/site-in-browser.ts';

describe.skipIf(!hasChromium)('the site in Chromium', () => {
  const site = siteInBrowser();
  const { open } = site;

  it('home → topic → question → next', async () => {
    const page = await open('');
    const heading = () => page.locator('h1').textContent();
    await Promise.all([page.waitForURL('**/topics/dockerfile/'), page.getByRole('link', { name: 'Dockerfile and builds' }).first().click()]);
    expect(await heading()).toBe('Dockerfile and builds');
    const first = page.locator('.entry-list > li h2 a').first();
    const title = await first.textContent();
    await Promise.all([page.waitForURL('**/questions/**'), first.click()]);
    expect(await heading()).toBe(title);
    const next = page.locator('.pager a[rel="next"]');
    const nextTitle = (await next.textContent())!.replace(/^Next/, '');
    const before = page.url();
    await Promise.all([page.waitForURL((url) => url.href !== before), next.click()]);
    expect(await heading()).toBe(nextTitle);
    expect(page.url()).toMatch(/\/questions\/[a-z0-9-]+\/$/);
    await page.context().close();
  });

  it('Random question opens a different entry on each visit, from the small id list rather than the practice deck', async () => {
    const page = await open('');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const landed = new Set<string>();
    for (let visit = 0; visit < 6; visit++) {
      await Promise.all([page.waitForURL('**/questions/**'), page.getByRole('link', { name: 'Random question' }).click()]);
      expect(await page.locator('.short-answer p').innerText()).not.toBe('');
      landed.add(new URL(page.url()).pathname);
      await page.goBack();
    }
    expect(landed.size).toBeGreaterThan(1);
    expect(fetched.some((path) => path.endsWith('/entry-topics.json'))).toBe(true);
    expect(fetched.filter((path) => path.endsWith('/practice.json'))).toEqual([]);
    await page.context().close();
  });

  it('the theme switch cycles, persists across reloads, and applies before any bundled script runs', async () => {
    const page = await open('questions/cmd-vs-entrypoint/');
    const theme = () => page.evaluate(() => document.documentElement.dataset['theme'] ?? 'system');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.isVisible()).toBe(true);
    expect(await theme()).toBe('system');
    await toggle.click();
    expect(await theme()).toBe('light');
    await toggle.click();
    expect(await theme()).toBe('dark');
    expect(await background()).toBe('rgb(13, 17, 23)');
    await page.reload();
    expect(await theme()).toBe('dark');
    // No flash: with every script file blocked, the inline head script alone still paints dark.
    await page.route('**/*.js', (route) => route.abort());
    await page.reload();
    expect(await theme()).toBe('dark');
    expect(await background()).toBe('rgb(13, 17, 23)');
    const headScript = await page.evaluate(() => document.head.querySelector('script:not([src])')?.textContent ?? '');
    expect(headScript).toContain('localStorage');
    await page.context().close();
  });

  it('the copy button copies commands without prompts and without output', async () => {
    const page = await open('questions/list-images-and-sizes/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server().url).origin });
    const session = page.locator('figure.code', { has: page.locator('pre[data-language="console"]') }).first();
    const raw = await session.locator('pre').textContent();
    expect(raw).toMatch(/^\$ /m);
    await session.getByRole('button', { name: 'Copy' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const expected = raw!
      .split('\n')
      .filter((line) => line.startsWith('$ '))
      .map((line) => line.slice(2))
      .join('\n');
    expect(copied).toBe(expected);
    expect(copied).not.toMatch(/^\$ |REPOSITORY/m);
    await page.context().close();
  });

  it('the mobile drawer opens and closes with the keyboard', async () => {
    const page = await open('questions/cmd-vs-entrypoint/', { width: 375 });
    const drawer = page.locator('details.sidebar');
    const topicsLink = drawer.getByRole('link', { name: 'Networking' });
    expect(await topicsLink.isVisible()).toBe(false);
    await drawer.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await topicsLink.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('details.sidebar') !== null && document.activeElement?.tagName === 'A')).toBe(true);
    await drawer.locator('summary').focus();
    await page.keyboard.press('Space');
    expect(await topicsLink.isVisible()).toBe(false);
    await page.context().close();
  });

  it('the home search placeholder fits its field on a phone', async () => {
    for (const width of [360, 390]) {
      const page = await open('', { width });
      const fit = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#home-q')!;
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        return { text: context.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
      });
      expect(fit.text, `${width} px`).toBeLessThanOrEqual(fit.room);
      await page.context().close();
    }
  });

  it('topic filters hide entries of other levels without reloading the page', async () => {
    const page = await open('topics/architecture/');
    const items = page.locator('.entry-list > li');
    const total = await items.count();
    await page.getByRole('radio', { name: 'advanced' }).check();
    const visible = await items.evaluateAll((all) => all.filter((item) => (item as HTMLElement).offsetParent !== null).map((item) => item.getAttribute('data-level')));
    expect(visible.length).toBeLessThan(total);
    expect(new Set(visible)).toEqual(new Set(['advanced']));
    await page.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [name, path, width] of [['home', '', 1280], ['topic', 'topics/images/', 1280], ['question', 'questions/docker-image-structure/', 1280], ['question on a phone', 'questions/docker-image-structure/', 375], ['question with corrections in a list and after code', 'questions/cmd-vs-entrypoint/', 1280], ['commands', 'commands/', 1280], ['commands on a phone', 'commands/', 375], ['all topics', 'topics/', 1280], ['404', 'no-such-page/', 1280]] as const) {
      it(`axe finds no accessibility violations: ${name}, ${theme}`, async () => {
        const page = await open(path, { theme, width });
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
          });
          return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
        });
        expect(violations).toEqual([]);
        await page.context().close();
      });
    }
  }
});
