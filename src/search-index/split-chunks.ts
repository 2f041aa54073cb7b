/**
 * Regroups Pagefind's word index into small chunks.
 *
 * Pagefind cuts its sorted word list every 20,000 word locations, so each of
 * its chunks is about 30 KB gzip here, and a search downloads one whole chunk
 * per query word. Most of those bytes were words nobody asked for, and the
 * first search has a byte budget (110 KB, `npm run bench`). Smaller chunks
 * keep the same words in the same order; only where the list is cut changes.
 *
 * Pagefind finds a term's chunk by comparing the term with each chunk's
 * `from` and `to`, then matches the term's extensions ("dock" finds "docker",
 * "vm" finds "vms") inside that chunk only. So the list is cut only where no
 * word of two letters or more, and no start of three letters or more, has
 * extensions on both sides: words are first grouped into runs that must stay
 * together, and runs are packed into chunks. Only a run too large for one
 * chunk on its own ("docker", "dockerfile", "docker-compose"…) is cut inside,
 * where its words have least in common.
 */
import { encodeCbor } from './cbor.ts';
import type { IndexedWord } from './pagefind-format.ts';

export interface SplitOptions {
  /** Encoded (uncompressed) bytes a chunk should reach before it is closed. */
  targetBytes: number;
  /**
   * A cut may fall between two words that share at most this many characters,
   * where those shared characters are not themselves a word of the index.
   */
  maxSharedPrefix: number;
  /** No chunk of several words grows past this many times its target; a run that would is cut. */
  hardLimit: number;
}

/**
 * 2,000 bytes makes chunks of about 1.5 KB gzip. Measured with `npm run bench`
 * over the learner queries, smaller targets save nothing more on a first
 * search: the meta file, which lists every chunk, grows as the chunks shrink.
 */
export const DEFAULT_SPLIT: SplitOptions = { targetBytes: 2_000, maxSharedPrefix: 2, hardLimit: 4 };

/**
 * The split for an index of `pages` pages. The meta file lists every chunk and
 * every first search loads it, while a query word loads one chunk: as the
 * site grows, both grow unless chunks grow too. Measured at 30x our content
 * (`npm run bench -- --scale`), targets of 4-8 KB cost a two-word first search
 * about 4 KB less than 2 KB; the target grows gently from 2 KB at our size.
 */
export function splitFor(pages: number): SplitOptions {
  const growth = Math.max(1, (pages / 120) ** 0.4);
  return { ...DEFAULT_SPLIT, targetBytes: Math.round(DEFAULT_SPLIT.targetBytes * growth) };
}

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

/** Positions [start, end) in the sorted word list. */
type Span = [start: number, end: number];

export function splitIntoChunks(words: IndexedWord[], options: SplitOptions = DEFAULT_SPLIT): Chunk[] {
  const sorted = sortWords(words);
  const sizes = sorted.map((word) => encodeCbor(word.entry).length);
  const indexed = new Set(sorted.map((word) => word.text));
  // How much a cut just before each word would hide; see cutCost.
  const costs = sorted.map((word, index) => (index === 0 ? 0 : cutCost(sorted[index - 1]!.text, word.text, indexed)));
  const limit = options.targetBytes * options.hardLimit;
  const sizeOf = ([start, end]: Span) => sizes.slice(start, end).reduce((sum, size) => sum + size, 0);

  /** Consecutive words between which no cut costing more than `allowed` falls. */
  function runs([start, end]: Span, allowed: number): Span[] {
    const spans: Span[] = [];
    let runStart = start;
    for (let index = start + 1; index < end; index++) {
      if (costs[index]! <= allowed) {
        spans.push([runStart, index]);
        runStart = index;
      }
    }
    spans.push([runStart, end]);
    return spans;
  }

  /** Whole runs packed into chunks; a run too large on its own is split with cuts one step costlier. */
  function pack(span: Span, allowed: number): Span[] {
    const chunks: Span[] = [];
    let chunkStart = span[0];
    let chunkSize = 0;
    const close = (at: number) => {
      if (at > chunkStart) chunks.push([chunkStart, at]);
      chunkStart = at;
      chunkSize = 0;
    };
    for (const run of runs(span, allowed)) {
      const runSize = sizeOf(run);
      if (chunkSize >= options.targetBytes || chunkSize + runSize > limit) close(run[0]);
      if (runSize > limit && run[1] - run[0] > 1) {
        chunks.push(...pack(run, allowed + 1));
        chunkStart = run[1];
      } else {
        chunkSize += runSize;
      }
    }
    close(span[1]);
    return chunks;
  }

  const chunks = sorted.length ? pack([0, sorted.length], options.maxSharedPrefix) : [];
  return withRanges(chunks.map(([start, end]) => sorted.slice(start, end)));
}

/**
 * What a cut between neighbours `a` and `b` costs: the length of the start
 * they share, one more if a word of the index (two letters or more) is that
 * start or part of it, since a search for that word would then lose the
 * words after the cut ("vm" | "vms").
 */
function cutCost(a: string, b: string, indexed: Set<string>): number {
  const shared = sharedPrefixLength(a, b);
  const letters = [...b];
  for (let length = 2; length <= shared; length++) if (indexed.has(letters.slice(0, length).join(''))) return shared + 1;
  return shared;
}

/**
 * Each chunk's `from` and `to`, chosen so that every term that is a word of
 * the index, or the start of one, falls inside exactly one chunk: the chunk
 * holding that word, or the chunk where its extensions begin.
 *
 * - `to` is the chunk's last word, so every word lies inside its chunk's
 *   range. (Pagefind's own ranges end at a shortened prefix and rely on a
 *   fallback lookup for the words after it.)
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
