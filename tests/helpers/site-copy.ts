/**
 * A scratch copy of dist/, served on loopback with Chromium beside it, set up
 * and torn down around a describe block: for tests that deploy a second build
 * over the first (the offline worker's update notice, a renamed search index).
 * The fields are filled before the first test runs.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { distDir } from './dist.ts';
import { serveDist, type RunningServer } from './static-server.ts';

export interface SiteCopy {
  /** The copy's folder, to change as a deploy would. */
  site: string;
  server: RunningServer;
  browser: Browser;
}

export function siteCopyInBrowser(name: string): SiteCopy {
  const copy = {} as SiteCopy;
  let scratch: string | undefined;
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), `${name}-`));
    copy.site = join(scratch, 'dist');
    cpSync(distDir, copy.site, { recursive: true });
    copy.server = await serveDist(copy.site);
    copy.browser = await launch();
  });
  afterAll(async () => {
    await copy.browser?.close();
    await copy.server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });
  return copy;
}
