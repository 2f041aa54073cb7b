/**
 * Content is rendered, never trusted as HTML. A source document with a
 * <script>, an onerror= attribute and a javascript: link goes through the real
 * ingest and build into a scratch site; in Chromium the hostile text shows as
 * text, no script runs and no dialog opens.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/ingest-input.ts';
import { buildSite } from '../helpers/scratch-build.ts';
import { serveDist, type RunningServer } from '../helpers/static-server.ts';

const HOSTILE = `# Hostile notes

## 1. Is this page safe?

Some text <script>alert("script ran")</script> and more.

<img src=x onerror="alert('onerror ran')">

A [harmless-looking link](javascript:alert('link ran')) and {globalThis.alert("expression ran")}.
`;

describe.skipIf(!hasChromium)('hostile source content in the browser', () => {
  let scratch: string;
  let server: RunningServer;
  let browser: Browser;
  let slug: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'hostile-site-'));
    const content = join(scratch, 'content');
    for (const dir of ['sources', 'corrections', 'topics', 'questions']) cpSync(join(projectRoot, 'content', dir), join(content, dir), { recursive: true });
    writeFileSync(join(content, 'sources', 'hostile.txt'), HOSTILE);
    const list = JSON.parse(readFileSync(join(content, 'sources', 'sources.json'), 'utf8')) as object[];
    list.push({ id: 'hostile', file: 'hostile.txt', title: 'Hostile notes', label: 'Hostile notes', format: 'markdown', entryDepth: 2 });
    writeFileSync(join(content, 'sources', 'sources.json'), JSON.stringify(list));
    const run = (command: string, args: string[], env: Record<string, string> = {}) =>
      execFileSync(command, args, { cwd: projectRoot, env: { ...process.env, ...env }, stdio: 'pipe' });
    run(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'src/ingest/cli.ts', `--content=${content}`]);
    buildSite(join(scratch, 'dist'), { CONTENT_DIR: content });
    const generated = readdirSync(join(content, 'questions'), { recursive: true, withFileTypes: true }).filter((entry) => entry.name.endsWith('.mdx'));
    const hostile = generated.find((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8').includes('source: hostile'));
    slug = hostile!.name.replace(/\.mdx$/, '');
    server = await serveDist(join(scratch, 'dist'));
    browser = await launch();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('shows the hostile markup as text, runs nothing, opens no dialog', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${server.url}questions/${slug}/`);
    const text = await page.locator('article').innerText();
    expect(text).toContain('<script>alert("script ran")</script>');
    expect(text).toContain(`<img src=x onerror="alert('onerror ran')">`);
    expect(text).toContain('{globalThis.alert("expression ran")}');
    expect(await page.locator('article script, article img, article [onerror]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.getByText('harmless-looking link').click();
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
