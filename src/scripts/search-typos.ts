/**
 * The nearest word a query word could have meant, from the vocabulary the
 * build writes beside the index (src/search-index/vocabulary.ts), one file
 * per length of the word to correct. Loaded, with the file for the word's
 * length, only when a query word is not in the index.
 */
import { nearest } from '../lib/edit-distance';

const files = new Map<string, Promise<string[]>>();

/** `vocabularyUrl(length)`: the file of words near enough to a word of that length. */
export async function nearestWord(word: string, vocabularyUrl: (length: number) => string): Promise<string | undefined> {
  const address = vocabularyUrl(word.length);
  if (!files.has(address)) {
    const request = fetch(address).then((response) => {
      // No file: no word of the site is near that length.
      if (response.status === 404) return [];
      if (!response.ok) throw new Error(`${address}: ${response.status}`);
      return response.text().then((text) => text.split('\n'));
    });
    files.set(address, request);
    // A failure is not kept, so the next misspelt word tries again.
    request.catch(() => files.delete(address));
  }
  try {
    return nearest(word, await files.get(address)!);
  } catch {
    // Offline with this length's file never kept: no correction, rather than no search.
    return undefined;
  }
}
