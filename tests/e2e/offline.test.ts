/**
 * Offline use in Chromium: a first visit costs little with the worker allowed;
 * once the reader keeps the site offline, every page, search and practice work
 * with the network off; a new deployment's pages show online at once and a
 * changed worker offers a reload; the site is installable (Chrome's own
 * installability check) with a valid manifest; a retiring deployment removes
 * the worker for a returning reader; without service workers nothing breaks.
 * Runs on copies of dist/, because some tests deploy a second build.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeOfflineFiles } from '../../src/offline/offline-files.ts';
import { writeRetiringWorker, writeServiceWorker } from '../../src/offline/service-worker.ts';
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

  it('costs a first visit at most 200 KB with the worker allowed, and fetches nothing the site never loads', async () => {
    const context = await copy.browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    const urls: string[] = [];
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string } }) => urls.push(event.request.url));
    await page.goto(copy.server.url);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
    await page.locator('[data-offline-keep]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    expect(bytes).toBeLessThan(200 * 1024);
    expect(urls.filter((url) => /pagefind-(ui|component-ui|modular-ui)|wasm\.unknown/.test(url))).toEqual([]);
    // The offer names what keeping the site costs.
    expect(await page.locator('[data-offline-keep]').textContent()).toMatch(/^Keep this site offline \(\d+\.\d MB\)$/);
    await context.close();
  });

  it('shows a new build\'s pages online at once, and brings a kept copy up to date', async () => {
    const context = await copy.browser.newContext();
    const page = await context.newPage();
    const path = 'questions/docker-stop-vs-docker-kill/';
    await page.goto(copy.server.url + path);
    await untilAvailableOffline(page);
    const title = (await page.locator('h1').textContent())!.trim();

    // The second build: one page changed, the list of kept files and the worker written again, as `npm run build` would.
    const file = join(copy.site, path, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(title, `${title} (revised)`));
    writeOfflineFiles(copy.site);
    await writeServiceWorker(copy.site);

    await page.reload();
    expect((await page.locator('h1').textContent())!.trim()).toBe(`${title} (revised)`);
    // The kept copy follows the new build: offline, the revised page is there.
    await page.locator('[data-offline-status]').filter({ hasText: /^Available offline/ }).waitFor({ timeout: 120_000 });
    await context.setOffline(true);
    await page.reload();
    expect((await page.locator('h1').textContent())!.trim()).toBe(`${title} (revised)`);
    await context.setOffline(false);
    await context.close();
  });

  it('offers a reload when a changed worker is deployed, and uses it after the reload', async () => {
    const context = await copy.browser.newContext();
    const page = await context.newPage();
    await page.goto(copy.server.url);
    await untilAvailableOffline(page);
    // A build whose worker differs (its not-found page changed).
    const notFound = join(copy.site, '404.html');
    writeFileSync(notFound, readFileSync(notFound, 'utf8').replace('</main>', '<p>Revised.</p></main>'));
    await writeServiceWorker(copy.site);
    await page.reload();
    const notice = page.locator('[data-offline-notice]').filter({ hasText: 'A new version' });
    await notice.waitFor({ timeout: 60_000 });
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting)).toBeNull();
    await context.close();
  });

  it('stays silent where service workers are unavailable, and the site works without them', async () => {
    const context = await copy.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(copy.server.url);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    expect(errors).toEqual([]);
    expect(await page.locator('[data-offline-keep]').isVisible()).toBe(false);
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

describe.skipIf(!hasChromium)('retiring offline use', () => {
  const copy = siteCopyInBrowser('retired-site');

  it('a returning reader who kept the site offline gets the live site once a retiring worker is deployed', async () => {
    const context = await copy.browser.newContext();
    const page = await context.newPage();
    const path = 'questions/docker-stop-vs-docker-kill/';
    await page.goto(copy.server.url + path);
    await untilAvailableOffline(page);
    // The retirement deployment (OFFLINE=retire): a worker that removes itself, and new content.
    writeRetiringWorker(copy.site);
    const file = join(copy.site, path, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<html lang="en"', '<html lang="en" data-offline="retired"').replaceAll('</h1>', ' (live)</h1>'));
    await page.goto(copy.server.url + path);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length), { timeout: 30_000 }).toBe(0);
    await page.reload();
    expect((await page.locator('h1').textContent())!).toContain('(live)');
    await context.close();
  });
});
