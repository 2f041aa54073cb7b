/**
 * The words a misspelt query can be corrected to, written beside the index as
 * vocabulary-<language>-<length>.txt and fetched by the dialog only when a
 * query word is not in the index. Taken from the indexed text of the pages (Pagefind's
 * fragments) rather than from the word index, which holds stems ("namespac"):
 * a suggestion must be a word a reader recognises. Words of letters, three
 * letters or more, the ones on most pages first, so of two equally near words
 * the common one wins. A word on a single page is kept only when that page's
 * title holds it ("canary"): the rest are mostly the sources' own slips and
 * rare names, and leaving them out halves the file a misspelt search fetches.
 */
import { gunzipSync } from 'node:zlib';
import { slipsForLength } from '../lib/edit-distance.ts';
import { IndexFormatError } from './pagefind-format.ts';

const SIGNATURE = 'pagefind_dcd';
const WORD = /[a-z]{3,}/g;

/** The plain text Pagefind indexed for one page, and its title, from its fragment file. */
export function fragmentText(bytes: Uint8Array, file: string): string {
  return fragmentParts(bytes, file).text;
}

export function fragmentParts(bytes: Uint8Array, file: string): { text: string; title: string } {
  let raw: string;
  try {
    raw = gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new IndexFormatError(file, `cannot be decompressed: ${(error as Error).message}`);
  }
  if (!raw.startsWith(SIGNATURE)) throw new IndexFormatError(file, `does not start with the "${SIGNATURE}" signature`);
  try {
    const fragment = JSON.parse(raw.slice(SIGNATURE.length)) as { content?: unknown; meta?: { title?: unknown } };
    return { text: typeof fragment.content === 'string' ? fragment.content : '', title: typeof fragment.meta?.title === 'string' ? fragment.meta.title : '' };
  } catch (error) {
    throw new IndexFormatError(file, `not JSON: ${(error as Error).message}`);
  }
}

export function vocabulary(pages: (string | { text: string; title: string })[]): string {
  const counts = new Map<string, number>();
  const inTitles = new Set<string>();
  for (const page of pages) {
    const { text, title } = typeof page === 'string' ? { text: page, title: '' } : page;
    for (const word of new Set(text.toLowerCase().match(WORD) ?? [])) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const word of title.toLowerCase().match(WORD) ?? []) inTitles.add(word);
  }
  return [...counts.entries()]
    .filter(([word, count]) => count >= 2 || inTitles.has(word))
    .sort(([a, aPages], [b, bPages]) => bPages - aPages || a.localeCompare(b))
    .map(([word]) => word)
    .join('\n');
}

/**
 * The vocabulary cut by the length of the word to correct: the file for
 * length L holds every word that could be within the slips allowed a word of
 * L letters (edit-distance.ts), in the vocabulary's order. A misspelt word
 * fetches its own length's file, under three quarters of the whole at worst,
 * and is corrected exactly as against the whole: no word of another length
 * could be near enough, and the order that breaks ties is kept. Lengths with
 * no word near them get no file.
 */
export function vocabularyByLength(words: string): Map<number, string> {
  const list = words ? words.split('\n') : [];
  const longest = Math.max(0, ...list.map((word) => word.length));
  const files = new Map<number, string>();
  // A word may be two slips longer than the longest of the vocabulary and still be corrected.
  for (let length = 3; length <= longest + 2; length++) {
    const near = list.filter((word) => Math.abs(word.length - length) <= slipsForLength(length));
    if (near.length) files.set(length, near.join('\n'));
  }
  return files;
}
