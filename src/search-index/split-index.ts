/**
 * Rewrites one language's Pagefind index into small chunks: reads the meta
 * file and its word chunks, stores fewer positions for very common words,
 * regroups the words, and returns the files to write. Pure: the caller reads
 * and writes the disk.
 */
import {
  type ChunkRange,
  type IndexedWord,
  contentHash,
  IndexFormatError,
  META_HASH_DIGITS,
  metaWithChunks,
  parseMeta,
  parseWordChunk,
  readPagefindFile,
  wordChunk,
  writePagefindFile,
} from './pagefind-format.ts';
import { capCommonWords, DEFAULT_CAP, type CapOptions, wordsOnNearlyEveryPage } from './cap-positions.ts';
import { setDigest } from './fragment-names.ts';
import { type SplitOptions, splitFor, splitIntoChunks } from './split-chunks.ts';

export interface IndexFiles {
  /** The meta file's hash as pagefind-entry.json names it, e.g. "en_a0517d3ece". */
  metaHash: string;
  meta: Uint8Array;
  /** Word chunk files by name ("en_2f1c9a07b3_1k" is index/en_2f1c9a07b3_1k.pf_index). */
  chunks: Map<string, Uint8Array>;
}

export interface SplitResult extends IndexFiles {
  /** The hashes of the chunks Pagefind wrote, which the new ones replace. */
  replaced: string[];
  /** Gzip bytes of every chunk, before and after, for the report. */
  before: number[];
  after: number[];
  /** Very common words whose positions were cut (cap-positions.ts), and the positions dropped. */
  capped: number;
  dropped: number;
  /** Words on nearly every page, which a query with other words need not ask for (with every position). */
  everywhere: IndexedWord[];
}

const SUPPORTED_VERSION = /^1\.6\./;

/** `readChunk(hash)` returns the bytes of index/<hash>.pf_index. */
export function splitIndex(
  metaHash: string,
  metaBytes: Uint8Array,
  readChunk: (hash: string) => Uint8Array,
  options?: SplitOptions,
  cap: CapOptions = DEFAULT_CAP,
): SplitResult {
  const metaFile = `pagefind.${metaHash}.pf_meta`;
  const language = metaHash.match(/^(.+)_[0-9a-f]+$/)?.[1] ?? fail(metaFile, 'the name does not end in <language>_<hash>');
  const meta = parseMeta(readPagefindFile(metaBytes, metaFile), metaFile);
  // The layout read here is Pagefind 1.6's; another version may have moved fields.
  if (!SUPPORTED_VERSION.test(meta.version)) fail(metaFile, `written by Pagefind ${meta.version}, this step reads 1.6.x`);

  const before: number[] = [];
  const seen = new Set<string>();
  const read = meta.chunks.flatMap(({ hash }) => {
    const file = `index/${hash}.pf_index`;
    const bytes = readChunk(hash);
    before.push(bytes.length);
    const chunkWords = parseWordChunk(readPagefindFile(bytes, file), file);
    // A word twice would give two chunks overlapping ranges.
    for (const { text } of chunkWords) {
      if (seen.has(text)) fail(file, `the word "${text}" is in the index twice`);
      seen.add(text);
    }
    return chunkWords;
  });
  const pageCount = Array.isArray(meta.document[1]) ? meta.document[1].length : 0;
  const { words, capped, dropped } = capCommonWords(read, pageCount, cap);

  // Chunks are named like fragments (fragment-names.ts): their place in the list under one
  // digest of them all, which the meta file lists at a fraction of the cost of a hash each.
  const split = splitIntoChunks(words, options ?? splitFor(pageCount));
  const contents = split.map((chunk) => writePagefindFile(wordChunk(chunk.words)));
  const prefix = `${language}_${setDigest(contents)}_`;
  const chunks = new Map(contents.map((bytes, place) => [`${prefix}${place.toString(36)}`, bytes]));
  const names = [...chunks.keys()];
  const ranges: ChunkRange[] = split.map((chunk, place) => ({ from: chunk.from, to: chunk.to, hash: names[place]! }));

  const newMeta = writePagefindFile(metaWithChunks(meta, ranges));
  return {
    metaHash: contentHash(language, newMeta, META_HASH_DIGITS),
    meta: newMeta,
    chunks,
    replaced: meta.chunks.map(({ hash }) => hash),
    before,
    after: [...chunks.values()].map((bytes) => bytes.length),
    capped,
    dropped,
    everywhere: wordsOnNearlyEveryPage(read, pageCount),
  };
}

function fail(file: string, problem: string): never {
  throw new IndexFormatError(file, problem);
}
