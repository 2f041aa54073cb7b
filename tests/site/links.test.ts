/**
 * Over every built page: links and anchors resolve, and every page is a complete
 * document. Pages that only send a moved URL on are checked in moved-pages.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { movedPages } from '../../deploy/redirects.ts';
import { distDir } from '../helpers/dist.ts';

const moved = new Set(movedPages().map(({ from }) => join(distDir, from, 'index.html')));
const htmlFiles = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !join(entry.parentPath, entry.name).includes(`${distDir}/pagefind`))
  .map((entry) => join(entry.parentPath, entry.name))
  .filter((file) => !moved.has(file));
const pages = new Map(htmlFiles.map((file) => [file, parse(readFileSync(file, 'utf8'))]));

/** The site URL path of a built file: dist/a/b/index.html is /a/b/. */
function pathOf(file: string): string {
  return `/${relative(distDir, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;
}

function fileFor(path: string): string | undefined {
  const candidates = [join(distDir, path, 'index.html'), join(distDir, path)];
  return candidates.find((candidate) => existsSync(candidate) && candidate.endsWith('.html')) ?? candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
}

function idsOf(page: HTMLElement): Set<string> {
  return new Set(page.querySelectorAll('[id]').map((element) => element.getAttribute('id')!));
}

describe('internal links', () => {
  it('every link and anchor on every page resolves', () => {
    const broken: string[] = [];
    for (const [file, page] of pages) {
      const here = new URL(pathOf(file), 'https://site.test');
      for (const anchor of page.querySelectorAll('a[href]')) {
        const href = anchor.getAttribute('href')!;
        const target = new URL(href, here);
        if (target.origin !== here.origin) continue;
        const targetFile = fileFor(decodeURIComponent(target.pathname));
        if (!targetFile) {
          broken.push(`${pathOf(file)} → ${href} (no such page)`);
          continue;
        }
        if (target.hash && targetFile.endsWith('.html')) {
          const ids = idsOf(pages.get(targetFile) ?? parse(readFileSync(targetFile, 'utf8')));
          if (!ids.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${pathOf(file)} → ${href} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('every page is a complete document', () => {
  it.each([...pages.keys()].map((file) => [pathOf(file), file]))('%s', (_, file) => {
    const page = pages.get(file)!;
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('title')?.text.trim()).toBeTruthy();
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('main')?.text.trim().length).toBeGreaterThan(100);
    expect(page.querySelectorAll('[id]').map((element) => element.id).filter((id, index, all) => all.indexOf(id) !== index)).toEqual([]);
  });
});

describe('search engines and link previews', () => {
  it('content pages carry a canonical URL and Open Graph tags', () => {
    for (const [file, page] of pages) {
      if (file.endsWith('404.html')) continue;
      const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, file).toMatch(/^https?:\/\//);
      expect(new URL(canonical!).pathname).toBe(pathOf(file));
      expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content'), file).toBeTruthy();
      expect(page.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
    }
  });
  it('has a sitemap listing every entry, and robots.txt points at it', () => {
    const sitemap = readdirSync(distDir).filter((name) => /^sitemap-\d+\.xml$/.test(name)).map((name) => readFileSync(join(distDir, name), 'utf8')).join('\n');
    const entries = [...pages.keys()].filter((file) => file.includes(`${distDir}/questions/`));
    expect(entries.length).toBeGreaterThan(100);
    for (const file of entries) expect(sitemap).toContain(pathOf(file));
    expect(sitemap).not.toContain('/404');
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.*\/sitemap-index\.xml$/m);
  });
  it('has a favicon', () => {
    expect(existsSync(join(distDir, 'favicon.svg'))).toBe(true);
  });
});
