/**
 * Pagefind's side of the split index: a real index made by Pagefind's own
 * Node API, large enough that Pagefind cuts its word list into several
 * chunks, and the lookup Pagefind's search uses to choose a chunk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_OPTIONS } from '../../src/search-index/pagefind-options.ts';

/** Pagefind's output files by path (as under dist/pagefind/) with their bytes. */
export type PagefindOutput = Map<string, Uint8Array>;

const TOPICS = ['container', 'image', 'volume', 'network', 'registry', 'compose', 'swarm', 'daemon', 'layer', 'build'];

/** Page `n`: ordinary words, Docker flags and a word only this page has. */
function pageText(n: number): string {
  const words: string[] = [];
  for (let index = 0; index < 1200; index++) words.push(TOPICS[(index * 7 + n) % TOPICS.length]!, `word${(index * 13 + n) % 900}`);
  return `${words.join(' ')} --rm -p 8080:80 dangling=true page${n}only`;
}

export async function buildPagefindIndex(pages = 40): Promise<PagefindOutput> {
  // The same word characters as the site's own index.
  const { index, errors } = await pagefind.createIndex({ ...PAGEFIND_OPTIONS });
  if (!index) throw new Error(`pagefind could not create an index: ${errors.join('; ')}`);
  for (let n = 0; n < pages; n++) {
    await index.addCustomRecord({ url: `/questions/page-${n}/`, content: pageText(n), language: 'en', meta: { title: `Page ${n}` } });
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return new Map(files.map((file) => [file.path, file.content]));
}

export function writeIndexFiles(folder: string, files: PagefindOutput): void {
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
}

/** The chunk Pagefind's search loads for a term: the first whose range holds it, comparing UTF-8 bytes. */
export function pagefindLookup<Range extends { from: string; to: string }>(term: string, ranges: Range[]): Range | undefined {
  const bytes = (text: string) => Buffer.from(text, 'utf8');
  return ranges.find((range) => Buffer.compare(bytes(term), bytes(range.from)) >= 0 && Buffer.compare(bytes(term), bytes(range.to)) <= 0);
}
