/**
 * Reading polish in Chromium: a folded "On this page" where the side column
 * is hidden, tables that show they scroll, topic filters that offer only
 * what exists and count what they show, and a topic page that prints its
 * full answers without the filters.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

describe.skipIf(!hasChromium)('reading polish in Chromium', () => {
  const { open } = siteInBrowser();
  const longPage = 'questions/docker-advantages/';

  it('on a phone a long answer has a folded "On this page" that jumps to a section; on a wide screen the side column holds it instead', async () => {
    const phone = await open(longPage, { width: 390 });
    const compact = phone.locator('.toc-compact');
    expect(await compact.isVisible()).toBe(true);
    expect(await phone.locator('.toc').isVisible()).toBe(false);
    await compact.locator('summary').click();
    const link = compact.locator('a').nth(1);
    const target = (await link.getAttribute('href'))!;
    await link.click();
    expect(phone.url()).toContain(target);
    expect(await phone.locator(target).evaluate((heading) => heading.getBoundingClientRect().top < innerHeight)).toBe(true);
    await phone.context().close();

    const wide = await open(longPage, { width: 1400 });
    expect(await wide.locator('.toc-compact').isVisible()).toBe(false);
    expect(await wide.locator('.toc').isVisible()).toBe(true);
    await wide.context().close();
  });

  it('on a wide screen the side "On this page" marks the section being read, without script', async () => {
    const page = await open(longPage, { width: 1400 });
    // Open the sources, so the page is long enough for any section to reach the top.
    await page.locator('details.source-fold').evaluateAll((folds) => folds.forEach((fold) => ((fold as HTMLDetailsElement).open = true)));
    const links = page.locator('.toc a');
    const third = (await links.nth(2).getAttribute('href'))!;
    await page.locator(third).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    const weights = await links.evaluateAll((all) => all.map((link) => getComputedStyle(link).fontWeight));
    expect(weights.filter((weight) => weight === '600')).toHaveLength(1);
    expect(weights[2]).toBe('600');
    await page.context().close();
  });

  it('a table wider than the screen shows a shadow at the edge it is cut at', async () => {
    const page = await open('questions/cmd-vs-entrypoint/', { width: 390 });
    // The table is in a source's text: open its fold.
    await page.locator('details.source-fold').evaluateAll((folds) => folds.forEach((fold) => ((fold as HTMLDetailsElement).open = true)));
    const wrap = page.locator('.table-wrap').first();
    expect(await wrap.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    expect(await wrap.evaluate((box) => getComputedStyle(box).backgroundImage)).toMatch(/radial-gradient.*radial-gradient/);
    await page.context().close();
  });

  it('topic filters offer only levels that have entries, keep labels with their radios, count what they show and say when nothing matches', async () => {
    const page = await open('topics/dockerfile/', { width: 390 });
    const levels = await page.locator('fieldset:has(legend:text("Level")) label').allTextContents();
    expect(levels.map((level) => level.toLowerCase())).toEqual(['all', 'basic', 'intermediate']);
    for (const choice of await page.locator('.filters .choice').all()) {
      const [radio, label] = [await choice.locator('input').boundingBox(), await choice.locator('label').boundingBox()];
      expect(Math.abs(radio!.y + radio!.height / 2 - (label!.y + label!.height / 2))).toBeLessThan(8);
    }
    const total = await page.locator('.entry-list > li').count();
    await page.getByRole('radio', { name: 'intermediate' }).check();
    const shown = await page.locator('.entry-list > li:visible').count();
    expect(await page.locator('[data-entry-count]').textContent()).toBe(`${shown} of ${total} entries`);
    await page.getByRole('radio', { name: 'Study notes' }).check();
    const both = await page.locator('.entry-list > li:visible').count();
    expect(await page.locator('[data-entry-empty]').isVisible()).toBe(both === 0);
    await page.context().close();
  });

  it('says so when no entry matches both filters', async () => {
    // Architecture has advanced entries, but none of them is a study note.
    const page = await open('topics/architecture/');
    const advancedNotes = await page.locator('.entry-list > li[data-level="advanced"][data-kind="note"]').count();
    await page.getByRole('radio', { name: 'advanced' }).check();
    await page.getByRole('radio', { name: 'Study notes' }).check();
    expect(await page.locator('[data-entry-empty]').isVisible()).toBe(advancedNotes === 0);
    expect(await page.locator('[data-entry-count]').textContent()).toMatch(new RegExp(`^${advancedNotes} of \\d+ entries$`));
    await page.context().close();
  });

  it('printing a topic page prints the full answers, without the filters or "Show the full answer"', async () => {
    const page = await open('topics/images/');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.entry-list details:not([open])').count()).toBe(0);
    expect(await page.locator('.entry-list .answer').first().isVisible()).toBe(true);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('.entry-list summary').first().isVisible()).toBe(false);
    await page.context().close();
  });
});
