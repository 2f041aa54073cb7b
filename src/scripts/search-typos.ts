/**
 * The nearest word a query word could have meant, from the vocabulary the
 * build writes beside the index (src/search-index/vocabulary.ts). Loaded,
 * with the vocabulary, only when a query word is not in the index.
 */
import { nearest } from '../lib/edit-distance';

let words: Promise<string[]> | undefined;

export async function nearestWord(word: string, vocabularyUrl: string): Promise<string | undefined> {
  words ??= fetch(vocabularyUrl).then((response) => {
    if (!response.ok) throw new Error(`${vocabularyUrl}: ${response.status}`);
    return response.text().then((text) => text.split('\n'));
  });
  return nearest(word, await words);
}
