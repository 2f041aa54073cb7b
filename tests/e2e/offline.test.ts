/**
 * Offline use in Chromium: after one online visit every page, search and
 * practice work with the network off; a new deployment shows an update notice
 * and its content after the reload; the site is installable (Chrome's own
 * installability check) with a valid manifest; the precache is a few MB.
 * Runs on a copy of dist/, because the update test deploys a second build.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/offline/service-worker.ts';
import { CHROMIUM, hasChromium } from '../helpers/browser.ts';
import { studyOffline, untilAvailableOffline } from '../helpers/flows.ts';
import { siteCopyInBrowser } from '../helpers/site-copy.ts';

describe.skipIf(!hasChromium)('the site offline', () => {
  const copy = siteCopyInBrowser('offline-site');

  it('after one online visit, browses, searches and practises with the network off', async () => {
    const context = await copy.browser.newContext();
    await studyOffline(await context.newPage(), copy.server.url);
    await context.close();
  });

  it('says how much it stores once the precache is complete, a few MB', async () => {
    const context = await copy.browser.newContext();
    const page = await context.newPage();
    await page.goto(copy.server.url);
    await untilAvailableOffline(page);
    const status = (await page.locator('[data-offline-status]').textContent())!;
    const megabytes = Number(/([\d.]+) MB/.exec(status)?.[1]);
    expect(megabytes).toBeGreaterThan(1);
    expect(megabytes).toBeLessThan(20);
    await context.close();
  });

  it('offers a reload when a new build is deployed, and shows the new content after it', async () => {
    const context = await copy.browser.newContext();
    const page = await context.newPage();
    const path = 'questions/docker-stop-vs-docker-kill/';
    await page.goto(copy.server.url + path);
    await untilAvailableOffline(page);
    const title = (await page.locator('h1').textContent())!.trim();

    // The second build: one page changed, the worker regenerated, as `npm run build` would.
    const file = join(copy.site, path, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(title, `${title} (revised)`));
    await writeServiceWorker(copy.site);

    await page.reload();
    // Nothing changes under the reader: the page still shows the old build until they accept.
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    const notice = page.locator('[data-offline-notice]').filter({ hasText: 'A new version' });
    await notice.waitFor({ timeout: 60_000 });
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    expect((await page.locator('h1').textContent())!.trim()).toBe(`${title} (revised)`);
    await context.close();
  });

  it('is installable: a valid manifest and no installability errors in Chrome', async () => {
    // A profile on disk: Chrome never offers to install from an incognito window, which a plain context is.
    const profile = mkdtempSync(join(tmpdir(), 'offline-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    const page = await context.newPage();
    await page.goto(copy.server.url);
    await untilAvailableOffline(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const response = await page.request.get(new URL(href!, copy.server.url).href);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = (await response.json()) as { name: string; short_name: string; start_url: string; scope: string; display: string; icons: { src: string; sizes: string; purpose: string }[] };
    expect(manifest.name).toBe('Docker interview prep');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.start_url).toBe('/');
    expect(manifest.scope).toBe('/');
    expect(manifest.display).toBe('standalone');
    for (const size of ['192x192', '512x512']) expect(manifest.icons.some((icon) => icon.sizes === size && icon.purpose === 'any')).toBe(true);
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const image = await page.request.get(new URL(icon.src, copy.server.url).href);
      expect(image.status(), icon.src).toBe(200);
      const png = await image.body();
      // PNG width and height sit at bytes 16–23 of the IHDR chunk.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors).toEqual([]);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
});
