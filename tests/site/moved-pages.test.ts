/**
 * Every question URL the site has ever published still leads somewhere: a live
 * entry, or a page at the old path that sends the reader on to the entry that
 * holds it now. Moved pages are not content: not in the sitemap, not in search.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { movedPages } from '../../deploy/redirects.ts';
import { parseLedger } from '../../src/ingest/review/published-urls.ts';
import { distDir, page } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/ingest-input.ts';

const ledger = parseLedger(readFileSync(join(projectRoot, 'content/urls/published.json'), 'utf8'));
const moved = movedPages();

describe('published question URLs', () => {
  it('has moved some URLs (titles and merges were edited), each to a live entry', () => {
    expect(moved.length).toBeGreaterThan(0);
    for (const { from, to } of moved) {
      const old = page(from);
      expect(old.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), from).toBe(`0;url=${to}`);
      expect(old.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(old.querySelector('[data-pagefind-body]'), `${from} must not be indexed`).toBeNull();
      const live = page(to);
      expect(live.querySelector('[data-pagefind-body]'), `${to} is a live entry`).not.toBeNull();
      expect(old.querySelector('a')?.getAttribute('href')).toBe(to);
      expect(old.querySelector('a')?.text).toBe(live.querySelector('h1')?.text);
    }
  });

  it('serves every slug in the ledger, live or moved', () => {
    for (const slug of Object.keys(ledger)) expect(() => page(`/questions/${slug}/`), slug).not.toThrow();
  });

  it('keeps moved URLs out of the sitemap and every live entry in it', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    for (const { from, to } of moved) {
      expect(paths).not.toContain(from);
      expect(paths).toContain(to);
    }
    const live = Object.entries(ledger).filter(([, record]) => !record.movedTo);
    for (const [slug] of live) expect(paths).toContain(`/questions/${slug}/`);
  });
});
