/**
 * Rewrites one language's Pagefind index into small chunks: reads the meta
 * file and its word chunks, regroups the words, and returns the files to
 * write. Pure: the caller reads and writes the disk.
 */
import {
  type ChunkRange,
  contentHash,
  metaWithChunks,
  parseMeta,
  parseWordChunk,
  readPagefindFile,
  wordChunk,
  writePagefindFile,
} from './pagefind-format.ts';
import { DEFAULT_SPLIT, type SplitOptions, splitIntoChunks } from './split-chunks.ts';

export interface IndexFiles {
  /** The meta file's hash as pagefind-entry.json names it, e.g. "en_a0517d3ece". */
  metaHash: string;
  meta: Uint8Array;
  /** Word chunk files by hash ("en_1e9dd05" is index/en_1e9dd05.pf_index). */
  chunks: Map<string, Uint8Array>;
}

export interface SplitResult extends IndexFiles {
  /** Gzip bytes of every chunk, before and after, for the report. */
  before: number[];
  after: number[];
}

const META_HASH_DIGITS = 10;
const CHUNK_HASH_DIGITS = 7;

/** `readChunk(hash)` returns the bytes of index/<hash>.pf_index. */
export function splitIndex(
  metaHash: string,
  metaBytes: Uint8Array,
  readChunk: (hash: string) => Uint8Array,
  options: SplitOptions = DEFAULT_SPLIT,
): SplitResult {
  const language = metaHash.slice(0, metaHash.lastIndexOf('_'));
  const meta = parseMeta(readPagefindFile(metaBytes, `pagefind.${metaHash}.pf_meta`), `pagefind.${metaHash}.pf_meta`);

  const before: number[] = [];
  const words = meta.chunks.flatMap(({ hash }) => {
    const file = `index/${hash}.pf_index`;
    const bytes = readChunk(hash);
    before.push(bytes.length);
    return parseWordChunk(readPagefindFile(bytes, file), file);
  });

  const chunks = new Map<string, Uint8Array>();
  const ranges: ChunkRange[] = splitIntoChunks(words, options).map((chunk) => {
    const bytes = writePagefindFile(wordChunk(chunk.words));
    // Longer names only in the unlikely case two chunks share the short one.
    let digits = CHUNK_HASH_DIGITS;
    while (chunks.has(contentHash(language, bytes, digits))) digits++;
    const hash = contentHash(language, bytes, digits);
    chunks.set(hash, bytes);
    return { from: chunk.from, to: chunk.to, hash };
  });

  const newMeta = writePagefindFile(metaWithChunks(meta, ranges));
  return {
    metaHash: contentHash(language, newMeta, META_HASH_DIGITS),
    meta: newMeta,
    chunks,
    before,
    after: [...chunks.values()].map((bytes) => bytes.length),
  };
}
