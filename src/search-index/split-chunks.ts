/**
 * Regroups Pagefind's word index into small chunks.
 *
 * Pagefind cuts its sorted word list every 20,000 word locations, so each of
 * its chunks is about 30 KB gzip here, and a search downloads one whole chunk
 * per query word. The first search has a byte budget (DESIGN.md), and most of those
 * bytes were index chunks holding words nobody asked for. Smaller chunks keep
 * the same words in the same order; only where the list is cut changes.
 *
 * Pagefind finds a term's chunk by comparing the term with each chunk's
 * `from` and `to`, then matches the term's extensions ("dock" finds "docker")
 * inside the chunks it loaded. A cut between two words that share a long
 * prefix would hide such extensions, so cuts go where neighbours share at most
 * a couple of letters, unless a chunk grows far past its target.
 */
import { encodeCbor } from './cbor.ts';
import type { IndexedWord } from './pagefind-format.ts';

export interface SplitOptions {
  /** Encoded (uncompressed) bytes a chunk should reach before it may be cut. */
  targetBytes: number;
  /** A cut may fall only between words sharing at most this many characters... */
  maxSharedPrefix: number;
  /** ...until the chunk reaches this many times its target; then anywhere. */
  hardLimit: number;
}

/**
 * 2,000 bytes makes chunks of about 1.5 KB gzip. Measured with `npm run bench`
 * over the learner queries, smaller targets save nothing more on a first
 * search: the meta file, which lists every chunk, grows as the chunks shrink.
 */
export const DEFAULT_SPLIT: SplitOptions = { targetBytes: 2_000, maxSharedPrefix: 2, hardLimit: 4 };

export interface Chunk {
  from: string;
  to: string;
  words: IndexedWord[];
}

/** Words in the order Pagefind's search compares them: by UTF-8 bytes, as Rust orders strings. */
export function sortWords(words: IndexedWord[]): IndexedWord[] {
  const keyed = words.map((word) => ({ word, key: Buffer.from(word.text, 'utf8') }));
  return keyed.sort((a, b) => Buffer.compare(a.key, b.key)).map(({ word }) => word);
}

export function splitIntoChunks(words: IndexedWord[], options: SplitOptions = DEFAULT_SPLIT): Chunk[] {
  const groups: IndexedWord[][] = [];
  let current: IndexedWord[] = [];
  let size = 0;
  for (const word of sortWords(words)) {
    const previous = current.at(-1);
    if (previous && size >= options.targetBytes) {
      const shared = sharedPrefixLength(previous.text, word.text);
      if (shared <= options.maxSharedPrefix || size >= options.targetBytes * options.hardLimit) {
        groups.push(current);
        current = [];
        size = 0;
      }
    }
    current.push(word);
    size += encodeCbor(word.entry).length;
  }
  if (current.length) groups.push(current);
  return withRanges(groups);
}

/**
 * Each chunk's `from` and `to`, chosen so that every term that is a word of
 * the index, or the start of one, falls inside exactly one chunk: the chunk
 * holding that word, or the chunk where its extensions begin.
 *
 * - `to` is the chunk's last word. (Pagefind shortens it to a prefix, which
 *   leaves that last word outside every range; a query with several words
 *   then never loads its chunk.)
 * - `from` is the first word cut just after the first character where it
 *   differs from the previous chunk's last word: "dock" after "doc", so a
 *   reader who has typed "dock" gets "docker" and its relatives. Terms that
 *   fall between two chunks begin no word at all.
 * - The first chunk starts at "", so terms before its first word still find it.
 */
function withRanges(groups: IndexedWord[][]): Chunk[] {
  return groups.map((words, index) => {
    const first = words[0]!.text;
    const previous = groups[index - 1]?.at(-1)?.text;
    const from = previous === undefined ? '' : [...first].slice(0, sharedPrefixLength(previous, first) + 1).join('');
    return { from, to: words.at(-1)!.text, words };
  });
}

/** Characters (code points) two words have in common at their start. */
export function sharedPrefixLength(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let length = 0;
  while (length < left.length && length < right.length && left[length] === right[length]) length++;
  return length;
}
