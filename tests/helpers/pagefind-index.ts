/**
 * A real Pagefind index, made by Pagefind's own Node API from generated pages,
 * large enough that Pagefind cuts its word list into several chunks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';

/** Index file paths (as under dist/pagefind/) and their bytes. */
export type IndexFiles = Map<string, Uint8Array>;

const TOPICS = ['container', 'image', 'volume', 'network', 'registry', 'compose', 'swarm', 'daemon', 'layer', 'build'];

/** Page `n` of `count`: ordinary words, Docker flags and a few words only this page has. */
function pageText(n: number): string {
  const words: string[] = [];
  for (let index = 0; index < 1200; index++) words.push(TOPICS[(index * 7 + n) % TOPICS.length]!, `word${(index * 13 + n) % 900}`);
  return `${words.join(' ')} --rm -p 8080:80 dangling=true page${n}only`;
}

export async function buildPagefindIndex(pages = 40): Promise<IndexFiles> {
  const { index, errors } = await pagefind.createIndex({ includeCharacters: '-_=' });
  if (!index) throw new Error(`pagefind could not create an index: ${errors.join('; ')}`);
  for (let n = 0; n < pages; n++) {
    await index.addCustomRecord({ url: `/questions/page-${n}/`, content: pageText(n), language: 'en', meta: { title: `Page ${n}` } });
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return new Map(files.map((file) => [file.path, file.content]));
}

export function writeIndexFiles(folder: string, files: IndexFiles): void {
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
}
