/**
 * `npm run headers`: writes the HTTP headers from deploy/headers.ts and the
 * redirects of moved pages (deploy/redirects.ts) for every host, so nginx,
 * Netlify, Cloudflare Pages and Vercel send the same ones.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { netlifyHeaders, nginxInclude, vercelConfig } from '../deploy/headers.ts';
import { netlifyRedirects, nginxRedirects } from '../deploy/redirects.ts';

const root = join(import.meta.dirname, '..');
export const GENERATED: Record<string, () => string> = {
  'deploy/security-headers.conf': nginxInclude,
  'public/_headers': () => netlifyHeaders(),
  'deploy/redirects.conf': () => nginxRedirects(),
  'public/_redirects': () => netlifyRedirects(),
  'vercel.json': vercelConfig,
};

if (process.argv[1] === import.meta.filename) {
  for (const [file, render] of Object.entries(GENERATED)) {
    writeFileSync(join(root, file), render());
    console.log(`wrote ${file}`);
  }
}
