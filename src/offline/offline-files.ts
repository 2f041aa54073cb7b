/**
 * The files a reader who keeps the site offline needs: every page, style and
 * script, the practice data and the search index, with their sizes, written
 * to dist/offline-files.json. Files the site never loads are left out:
 * Pagefind's own UI bundles (we have our own dialog) and the WebAssembly for
 * pages of no known language (every page here says lang="en").
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export const OFFLINE_FILES = 'offline-files.json';

/** Host configuration, the worker itself, and what no page of ours loads. */
const NEVER_LOADED = [
  /^(sw\.js|_headers|_redirects|offline-files\.json)$/,
  /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/,
  /^pagefind\/wasm\.unknown\.pagefind$/,
  /\.map$/,
];

export interface OfflineFiles {
  /** Changes with any file's content: a reader who keeps the site offline fetches again when it does. */
  build: string;
  bytes: number;
  files: string[];
}

/** The footer's offer on every page, before the build knows its size (src/layouts/Base.astro). */
const OFFER = 'data-offline-keep hidden>Keep this site offline</button>';

/**
 * Lists the kept files of `dist` (addresses under `base`) and writes the list
 * beside them. The footer's offer then says what keeping the site costs, so a
 * reader who never takes it never downloads the list.
 */
export function writeOfflineFiles(dist: string, base = '/'): OfflineFiles {
  const size = `${(listFiles(dist, base).bytes / 2 ** 20).toFixed(1)} MB`;
  for (const path of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!path.endsWith('.html')) continue;
    const page = readFileSync(join(dist, path), 'utf8');
    if (page.includes(OFFER)) writeFileSync(join(dist, path), page.replace(OFFER, OFFER.replace('offline</button>', `offline (${size})</button>`)));
  }
  const list = listFiles(dist, base);
  writeFileSync(join(dist, OFFLINE_FILES), JSON.stringify(list));
  return list;
}

function listFiles(dist: string, base: string): OfflineFiles {
  const hash = createHash('sha256');
  const files: string[] = [];
  let bytes = 0;
  for (const path of readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort()) {
    const relative = path.split(sep).join('/');
    const full = join(dist, path);
    if (!statSync(full).isFile() || NEVER_LOADED.some((pattern) => pattern.test(relative))) continue;
    const content = readFileSync(full);
    hash.update(relative).update(content);
    bytes += content.length;
    // A page is asked for by its folder's address, as links write it.
    files.push(base + (relative.endsWith('index.html') ? relative.slice(0, -'index.html'.length) : relative));
  }
  return { build: hash.digest('hex').slice(0, 16), bytes, files };
}
