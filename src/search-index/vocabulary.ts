/**
 * The words a misspelt query can be corrected to, written beside the index as
 * vocabulary-<language>.txt and fetched by the dialog only when a query word
 * is not in the index. Taken from the indexed text of the pages (Pagefind's
 * fragments) rather than from the word index, which holds stems ("namespac"):
 * a suggestion must be a word a reader recognises. Words of letters (and
 * inner hyphens), three letters or more, the ones on most pages first, so of
 * two equally near words the common one wins.
 */
import { gunzipSync } from 'node:zlib';
import { IndexFormatError } from './pagefind-format.ts';

const SIGNATURE = 'pagefind_dcd';
const WORD = /[a-z][a-z-]*[a-z]/g;

/** The plain text Pagefind indexed for one page, from its fragment file. */
export function fragmentText(bytes: Uint8Array, file: string): string {
  let raw: string;
  try {
    raw = gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new IndexFormatError(file, `cannot be decompressed: ${(error as Error).message}`);
  }
  if (!raw.startsWith(SIGNATURE)) throw new IndexFormatError(file, `does not start with the "${SIGNATURE}" signature`);
  try {
    const fragment = JSON.parse(raw.slice(SIGNATURE.length)) as { content?: unknown };
    return typeof fragment.content === 'string' ? fragment.content : '';
  } catch (error) {
    throw new IndexFormatError(file, `not JSON: ${(error as Error).message}`);
  }
}

export function vocabulary(pageTexts: string[]): string {
  const pages = new Map<string, number>();
  for (const text of pageTexts) {
    for (const word of new Set(text.toLowerCase().match(WORD) ?? [])) {
      if (word.length >= 3) pages.set(word, (pages.get(word) ?? 0) + 1);
    }
  }
  return [...pages.entries()]
    .sort(([a, aPages], [b, bPages]) => bPages - aPages || a.localeCompare(b))
    .map(([word]) => word)
    .join('\n');
}
