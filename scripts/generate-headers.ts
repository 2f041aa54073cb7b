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
  // Everything is rendered before anything is written: a bad ledger (a key that is not a
  // slug) stops here with its file and line, and every config stays as it was.
  let rendered: [string, string][];
  try {
    rendered = Object.entries(GENERATED).map(([file, render]) => [file, render()]);
  } catch (error) {
    console.error(`npm run headers stopped, nothing was written: ${(error as Error).message}`);
    process.exit(1);
  }
  for (const [file, text] of rendered) {
    writeFileSync(join(root, file), text);
    console.log(`wrote ${file}`);
  }
}
