/**
 * The site behind real nginx (Debian's package) with deploy/nginx.conf and its
 * generated security headers: pages, search and practice work under the strict
 * CSP with no violation, headers and caching are right, compression is on, and
 * unknown paths get the site's 404 page with status 404.
 * Where nginx is missing the test says so and skips, except under CI=true.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../deploy/headers.ts';
import { movedPages } from '../../deploy/redirects.ts';
import { hasChromium, launch } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';
import { browse, practise, searchAndOpen, studyOffline } from '../helpers/flows.ts';
import { projectRoot } from '../helpers/ingest-input.ts';

const NGINX = '/usr/sbin/nginx';
const hasNginx = existsSync(NGINX);
if (!hasNginx) {
  const message = `nginx not found at ${NGINX}: the nginx deployment test is SKIPPED. Install it with "apt-get install -y nginx".`;
  if (process.env['CI'] === 'true') throw new Error(`${message} Under CI this is a failure.`);
  console.warn(`\n${'!'.repeat(80)}\n${message}\n${'!'.repeat(80)}\n`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** deploy/nginx.conf inside a minimal main config, pointed at dist/ and a loopback port. */
function mainConfig(scratch: string, port: number): string {
  const server = readFileSync(join(projectRoot, 'deploy/nginx.conf'), 'utf8')
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:8080;\n/m, '')
    .replace(/root \/usr\/share\/nginx\/html;/, `root ${distDir};`)
    .replaceAll('/etc/nginx/snippets/security-headers.conf', join(projectRoot, 'deploy/security-headers.conf'))
    .replaceAll('/etc/nginx/snippets/redirects.conf', join(projectRoot, 'deploy/redirects.conf'));
  const temp = (name: string) => `${name}_temp_path ${join(scratch, name)};`;
  return `
daemon off;
worker_processes 1;
pid ${join(scratch, 'nginx.pid')};
error_log ${join(scratch, 'error.log')} warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${join(scratch, 'access.log')};
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  ${server}
}`;
}

describe.skipIf(!hasChromium || !hasNginx)('the site behind nginx with deploy/nginx.conf', () => {
  let scratch: string;
  let nginx: ChildProcess;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'nginx-site-'));
    for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(scratch, name));
    const port = await freePort();
    writeFileSync(join(scratch, 'nginx.conf'), mainConfig(scratch, port));
    nginx = spawn(NGINX, ['-c', join(scratch, 'nginx.conf'), '-e', join(scratch, 'error.log')], { stdio: 'pipe' });
    origin = `http://127.0.0.1:${port}`;
    for (let attempt = 0; ; attempt++) {
      const up = await fetch(`${origin}/`).then(() => true, () => false);
      if (up) break;
      if (attempt > 50) throw new Error(`nginx did not start: ${readFileSync(join(scratch, 'error.log'), 'utf8')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    nginx?.kill();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** Runs a flow and collects every CSP violation the page reports. */
  async function underCsp(flow: (page: Page, siteUrl: string) => Promise<void>): Promise<void> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await flow(page, `${origin}/`);
    expect(problems).toEqual([]);
    await context.close();
  }

  it('browsing works under the CSP', () => underCsp(browse));
  it('search (WebAssembly) works under the CSP', () => underCsp(searchAndOpen));
  it('practice works under the CSP', () => underCsp(practise));
  it('works offline after one visit, under the CSP', () => underCsp(studyOffline));

  it('never lets the service worker script be cached for long', async () => {
    const response = await fetch(`${origin}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('sends the security headers on pages, assets and the 404 page', async () => {
    for (const path of ['/', '/questions/docker-stop-vs-docker-kill/', '/pagefind/pagefind.js', '/no-such-page/']) {
      const response = await fetch(origin + path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
  });

  it('sends the security headers on the 400 nginx answers to a malformed request', async () => {
    const [host, port] = origin.replace('http://', '').split(':');
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), host!, () => socket.end('GET /\x01bad HTTP/1.1\r\nHost: x\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(reply, name).toContain(`${name}: ${value}`);
  });

  it('does not serve the host configuration files _headers and _redirects', async () => {
    for (const file of ['_headers', '_redirects']) {
      const response = await fetch(`${origin}/${file}`);
      expect(response.status, file).toBe(404);
      expect(await response.text()).not.toMatch(/Content-Security-Policy|questions\/.* 301/);
    }
  });

  it('answers a moved question URL, with or without its slash, with 301 to the live page', async () => {
    const moved = movedPages();
    expect(moved.length).toBeGreaterThan(0);
    for (const { from, to } of moved) {
      for (const path of [from, from.replace(/\/$/, '')]) {
        const response = await fetch(origin + path, { redirect: 'manual' });
        expect(response.status, path).toBe(301);
        expect(response.headers.get('location'), path).toBe(to);
        expect(response.headers.get('content-security-policy'), path).toBe(SECURITY_HEADERS['Content-Security-Policy']);
      }
      expect((await fetch(origin + to)).status, to).toBe(200);
    }
  });

  it('caches hashed assets for a year and revalidates HTML', async () => {
    const html = await fetch(`${origin}/questions/docker-stop-vs-docker-kill/`);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const page = await html.text();
    const asset = page.match(/href="(\/_astro\/[^"]+\.css)"/)![1]!;
    expect((await fetch(origin + asset)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const fragment = (await fetch(`${origin}/pagefind/pagefind-entry.json`)).status;
    expect(fragment).toBe(200);
  });

  it('compresses HTML, CSS and JavaScript', async () => {
    const response = await fetch(`${origin}/questions/docker-stop-vs-docker-kill/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers unknown paths with the site 404 page and status 404', async () => {
    const response = await fetch(`${origin}/questions/no-such-question/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  it('redirects a page without its trailing slash, keeping the host and port', async () => {
    const response = await fetch(`${origin}/topics/images`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/topics/images/');
  });
});
