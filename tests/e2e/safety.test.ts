/**
 * Content is rendered, never trusted as HTML or code. A source document with
 * a <script>, an onerror= attribute, a javascript: link and MDX import/export
 * lines that would write a marker file goes through the real ingest and build
 * into a scratch site: the build runs none of it; the page shows the MDX lines
 * as text, and the ingest has dropped the script and the image (a reader's
 * notes lose their HTML); in Chromium no script runs and no dialog opens.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_SNIPPET } from '../../src/lib/theme-snippet.ts';
import { hasChromium, launch } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/ingest-input.ts';
import { buildSite } from '../helpers/scratch-build.ts';
import { serveDist, type RunningServer } from '../helpers/static-server.ts';

/** The ESM lines write `marker` if the build ever runs them. */
const hostile = (marker: string) => `# Hostile notes

## 1. Is this page safe?

Some text <script>alert("script ran")</script> and more.

<img src=x onerror="alert('onerror ran')">

A [harmless-looking link](javascript:alert('link ran')) and {globalThis.alert("expression ran")}.

import cp from 'node:child_process'

export const ran = cp.execSync('touch ${marker}')

- export const listed = cp.execSync('touch ${marker}')
`;

const HOSTILE_OVERVIEW = '<img src="x" onerror="document.title=1"> Start here <b>now</b>.';
let scratch: string;
let slug: string;
let marker: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'hostile-site-'));
  marker = join(scratch, 'build-ran-source-code');
  const content = join(scratch, 'content');
  for (const dir of ['sources', 'corrections', 'topics', 'questions']) cpSync(join(projectRoot, 'content', dir), join(content, dir), { recursive: true });
  writeFileSync(join(content, 'sources', 'hostile.txt'), hostile(marker));
  const list = JSON.parse(readFileSync(join(content, 'sources', 'sources.json'), 'utf8')) as object[];
  list.push({ id: 'hostile', file: 'hostile.txt', title: 'Hostile notes', label: 'Hostile notes', format: 'markdown', entryDepth: 2 });
  writeFileSync(join(content, 'sources', 'sources.json'), JSON.stringify(list));
  // A topic overview with markup in it (content/corrections/topics.yaml is hand-edited).
  const topicsFile = join(content, 'corrections', 'topics.yaml');
  writeFileSync(topicsFile, readFileSync(topicsFile, 'utf8').replace(/(\n  overview: >-\n)/, `$1    ${HOSTILE_OVERVIEW}\n`));
  await promisify(execFile)(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'src/ingest/cli.ts', `--content=${content}`], { cwd: projectRoot });
  await buildSite(join(scratch, 'dist'), { CONTENT_DIR: content });
  const generated = readdirSync(join(content, 'questions'), { recursive: true, withFileTypes: true }).filter((entry) => entry.name.endsWith('.mdx'));
  const entry = generated.find((candidate) => readFileSync(join(candidate.parentPath, candidate.name), 'utf8').includes('source: hostile'));
  slug = entry!.name.replace(/\.mdx$/, '');
}, 400_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('hostile source content in the build', () => {
  it('runs no import or export line of a source, and shows each as text on the page', () => {
    expect(existsSync(marker), 'the build ran code from a source document').toBe(false);
    const html = readFileSync(join(scratch, 'dist', 'questions', slug, 'index.html'), 'utf8');
    const shown = parse(html).querySelector('article')!.textContent;
    expect(shown).toContain("import cp from 'node:child_process'");
    expect(shown).toContain(`export const ran = cp.execSync('touch ${marker}')`);
    expect(shown).toContain(`export const listed = cp.execSync('touch ${marker}')`);
  });

  it('shows a topic overview holding markup as text: no element is made of it', () => {
    const page = parse(readFileSync(join(scratch, 'dist', 'topics', 'fundamentals', 'index.html'), 'utf8'));
    const topic = page.querySelector('.topic')!;
    expect(topic.querySelectorAll('img')).toHaveLength(0);
    expect(topic.querySelectorAll('b')).toHaveLength(0);
    expect(topic.textContent).toContain(HOSTILE_OVERVIEW);
  });

  it('drops the script with its content from the summary and description: the only inline script is the theme snippet the CSP allows', () => {
    const html = readFileSync(join(scratch, 'dist', 'questions', slug, 'index.html'), 'utf8');
    const page = parse(html);
    const description = page.querySelector('meta[name="description"]')!.getAttribute('content');
    expect(description).toContain('Some text');
    expect(description).not.toMatch(/script|alert/);
    expect(page.querySelectorAll('script:not([src])').map((script) => script.rawText)).toEqual([THEME_SNIPPET]);
  });
});

describe.skipIf(!hasChromium)('hostile source content in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveDist(join(scratch, 'dist'));
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows neither the hostile markup nor what it would do, runs nothing, opens no dialog', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${server.url}questions/${slug}/`);
    const text = await page.locator('article').innerText();
    expect(text).toContain('Some text');
    expect(text).not.toMatch(/script ran|onerror/);
    expect(text).toContain('{globalThis.alert("expression ran")}');
    expect(await page.locator('article script, article img, article [onerror]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.getByText('harmless-looking link').click();
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
