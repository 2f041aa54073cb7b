/**
 * The built dist/ served on loopback with Chromium beside it, set up and torn
 * down around a describe block; `open` gives a fresh page at a size and theme.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { distDir } from './dist.ts';
import { serveDist, type RunningServer } from './static-server.ts';

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface OpenOptions {
  width?: number;
  /** The viewport's height; 900 px unless a phone's (844) is wanted. */
  height?: number;
  theme?: 'light' | 'dark';
}

export function siteInBrowser(): { open(path: string, options?: OpenOptions): Promise<Page>; browser(): Browser; server(): RunningServer } {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveDist(distDir);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => browser,
    server: () => server,
    async open(path, options = {}) {
      const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, colorScheme: options.theme ?? 'light' });
      const page = await context.newPage();
      await page.goto(server.url + path);
      return page;
    },
  };
}
