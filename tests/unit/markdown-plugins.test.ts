/**
 * Our hast plugins for Sätteri (astro.config.mjs), run the way Astro runs them:
 * Markdown in, HTML out through Sätteri's own pipeline.
 */
import { type HastPluginList, markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../src/markdown/base-links.ts';
import { codeFigure } from '../../src/markdown/code-figure.ts';
import { safeLinks } from '../../src/markdown/safe-links.ts';
import { tableWrap } from '../../src/markdown/table-wrap.ts';

/** Our plugins are synchronous, so Sätteri answers at once (a Promise only comes from async plugins). */
function html(markdown: string, hastPlugins: HastPluginList): string {
  const result = markdownToHtml(markdown, { hastPlugins });
  if (result instanceof Promise) throw new Error('a plugin turned asynchronous');
  return result.html;
}
const TABLE = '| a | b |\n| - | - |\n| 1 | 2 |\n';

describe('table-wrap', () => {
  it('puts a lone table in a focusable, plainly labelled scroll box', () => {
    expect(html(TABLE, [tableWrap])).toMatch(/^<div class="table-wrap" tabindex="0" role="region" aria-label="Table \(scrolls sideways\)"><table>/);
  });
  it('numbers the labels when a page has several tables, so each landmark is unique', () => {
    const out = html(`${TABLE}\ntext\n\n${TABLE}`, [tableWrap]);
    expect([...out.matchAll(/aria-label="([^"]+)"/g)].map((match) => match[1])).toEqual(['Table 1 of 2 (scrolls sideways)', 'Table 2 of 2 (scrolls sideways)']);
  });
  it('counts each document on its own', () => {
    html(`${TABLE}\n\n${TABLE}`, [tableWrap]);
    expect(html(TABLE, [tableWrap])).toContain('aria-label="Table (scrolls sideways)"');
  });
});

describe('safe-links', () => {
  it('keeps the text of a link whose address would run code, and drops the address', () => {
    const out = html('[click](javascript:alert(1)) and [ok](https://docs.docker.com/) and ![x](data:text/html,hi)', [safeLinks]);
    expect(out).not.toMatch(/javascript:|data:text/);
    expect(out).toContain('>click</a>');
    expect(out).toContain('href="https://docs.docker.com/"');
  });
});

describe('base-links', () => {
  it('puts the base path in front of links from the site root, and leaves the rest alone', () => {
    const out = html('[a](/questions/x/) [b](//cdn.example/) [c](https://docs.docker.com/) [d](/sub/questions/y/)', [baseLinks('/sub/')]);
    expect(out).toContain('href="/sub/questions/x/"');
    expect(out).toContain('href="//cdn.example/"');
    expect(out).toContain('href="https://docs.docker.com/"');
    expect(out).toContain('href="/sub/questions/y/"');
  });
  it('is no plugin at all at the domain root', () => {
    expect(baseLinks('/')).toBe(false);
  });
});

describe('code-figure', () => {
  it('wraps a code block in a figure with a label and a hidden copy button kept out of search', () => {
    const out = html('```\ndocker ps\n```\n', [codeFigure]);
    expect(out).toMatch(/^<figure class="code"><figcaption data-pagefind-ignore[^>]*><span>Text<\/span><button type="button" hidden data-copy[^>]*>Copy<\/button><\/figcaption><pre>/);
  });
  it('labels a box drawing as a diagram and keeps it out of search excerpts', () => {
    const out = html('```\n┌──┐\n└──┘\n```\n', [codeFigure]);
    expect(out).toContain('<span>Diagram</span>');
    expect(out).toMatch(/<pre data-pagefind-ignore/);
  });
});
