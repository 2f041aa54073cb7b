/**
 * The URL ledger (content/urls/published.json) may be edited by hand, and its
 * keys and `movedTo` values become paths in every host's redirect config and
 * in Astro's pages. A value that is not a slug stops the ingest, the build and
 * `npm run headers` with the file and line; the writers accept nothing but
 * /questions/<slug>/ paths, so no value can change a config's structure.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { movedPages, netlifyRedirects, nginxRedirects, vercelRedirects, type Redirect } from '../../deploy/redirects.ts';
import { runIngest } from '../../src/ingest/index.ts';
import { formatLedger, parseLedger } from '../../src/ingest/review/published-urls.ts';
import { LedgerError } from '../../src/lib/url-ledger.ts';
import { inputWith } from '../helpers/ingest-input.ts';

const HOSTILE = ['..', '.*', '{ return 301 https://evil.example/; }', 'old\n/* https://evil.example/ 301', 'Upper', '', '../../index', 'a b', '__proto__'];
const GOOD = { 'kept-page': { at: ['qa:1'] }, 'old-page': { at: ['qa:2'], movedTo: 'kept-page' } };

/** A ledger as the ingest writes it (one key a line), with `extra` added first: its line is 4. */
function ledgerText(extra: Record<string, unknown>): string {
  return formatLedger({ ...extra, ...GOOD } as ReturnType<typeof parseLedger>);
}

function ledgerFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'published.json');
  writeFileSync(file, text);
  return file;
}

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('a ledger key that is not a slug', () => {
  for (const key of HOSTILE) {
    const file = ledgerFile(ledgerText({ [key]: { at: ['qa:3'], movedTo: 'kept-page' } }));
    const named = `content/urls/published.json:4: ${JSON.stringify(key)} is not a slug`;

    it(`${JSON.stringify(key)} stops the ingest and ingest --check, naming the line`, () => {
      expect(() => parseLedger(ledgerText({ [key]: { at: ['qa:3'] } }))).toThrow(expect.objectContaining({ file: 'content/urls/published.json', line: 4 }));
      const input = { ...inputWith([{ source: { file: 'doc.txt', entryDepth: 2 }, bytes: '# T\n\n## 1. What is Docker?\n\nDocker runs containers.\n' }]), publishedUrls: ledgerText({ [key]: { at: ['qa:3'] } }) };
      expect(errorOf(() => runIngest(input)).message).toContain(named);
    });

    it(`${JSON.stringify(key)} stops the build and npm run headers for nginx, Netlify and Vercel alike`, () => {
      expect(errorOf(() => movedPages(file))).toBeInstanceOf(LedgerError);
      expect(errorOf(() => movedPages(file)).message).toContain(named);
      expect(errorOf(() => nginxRedirects(movedPages(file))).message).toContain(named);
      expect(errorOf(() => netlifyRedirects('/', movedPages(file))).message).toContain(named);
      expect(errorOf(() => vercelRedirects(movedPages(file))).message).toContain(named);
    });
  }

  it('a movedTo that is not a slug is refused the same way', () => {
    for (const target of ['..', '.*', 'x; }\nlocation / { return 301 https://evil.example/', 'https://evil.example/', 7]) {
      const file = ledgerFile(ledgerText({ 'moved-away': { at: ['qa:3'], movedTo: target } }));
      expect(errorOf(() => movedPages(file)).message, String(target)).toContain('content/urls/published.json:4: "moved-away" moves to');
    }
  });
});

describe('the redirect writers', () => {
  const good: Redirect[] = [{ from: '/questions/old-page/', to: '/questions/kept-page/' }];
  const hostile: Redirect[] = [
    { from: '/questions/../', to: '/questions/kept-page/' },
    { from: '/questions/.*/', to: '/questions/kept-page/' },
    { from: '/questions/x/ { return 301 https://evil.example/; }', to: '/questions/kept-page/' },
    { from: '/questions/old-page/', to: 'https://evil.example/' },
    { from: '/questions/a\nb/', to: '/questions/kept-page/' },
  ];

  it('nginx: exact matches for the address with and without its slash, and nothing else', () => {
    expect(nginxRedirects(good).split('\n').slice(1)).toEqual([
      'location = /questions/old-page/ { return 301 /questions/kept-page/; }',
      'location = /questions/old-page { return 301 /questions/kept-page/; }',
      '',
    ]);
    for (const redirect of hostile) expect(() => nginxRedirects([redirect]), redirect.from).toThrow(/is not a question path/);
  });

  it('Netlify and Cloudflare: one line a redirect, under the base path', () => {
    expect(netlifyRedirects('/sub/', good).split('\n').slice(1)).toEqual(['/sub/questions/old-page/ /sub/questions/kept-page/ 301', '']);
    for (const redirect of hostile) expect(() => netlifyRedirects('/', [redirect]), redirect.from).toThrow(/is not a question path/);
  });

  it('Vercel: one plain source a redirect', () => {
    expect(vercelRedirects(good)).toEqual([{ source: '/questions/old-page/', destination: '/questions/kept-page/', permanent: true }]);
    for (const redirect of hostile) expect(() => vercelRedirects([redirect]), redirect.from).toThrow(/is not a question path/);
  });

  it('read the real ledger: every moved slug, as a question path', () => {
    const moved = movedPages();
    expect(moved.length).toBeGreaterThan(10);
    expect(nginxRedirects(moved).match(/^location = /gm)).toHaveLength(moved.length * 2);
  });
});
