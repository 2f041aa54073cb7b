/**
 * Pagefind's index files, as Pagefind 1.x writes them: each `.pf_meta` and
 * `.pf_index` file is gzip around a 12-byte signature and a CBOR document.
 *
 *   pagefind.<lang>_<hash>.pf_meta   [version, pages, chunks, filters, sorts, meta fields]
 *                                    where chunks is a list of [from, to, hash]
 *   index/<lang>_<hash>.pf_index     [words], each word [text, pages, extra]
 *
 * Only the chunk list and the words' text are read; everything else passes
 * through unchanged, so details Pagefind adds to pages or words survive.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type CborValue, decodeCbor, encodeCbor } from './cbor.ts';

const SIGNATURE = 'pagefind_dcd';

/** A file of the index that is missing or not in the expected format; `file` is relative to the pagefind folder. */
export class IndexFormatError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** One word with everything Pagefind stores about it; only `text` is interpreted. */
export interface IndexedWord {
  text: string;
  entry: CborValue[];
}

/** Which index chunk to load for a query term that sorts between `from` and `to`. */
export interface ChunkRange {
  from: string;
  to: string;
  hash: string;
}

export interface MetaIndex {
  version: string;
  chunks: ChunkRange[];
  /** The decoded document, kept whole so that writing it back changes only the chunk list. */
  document: CborValue[];
}

const CHUNKS_FIELD = 2;

export function readPagefindFile(bytes: Uint8Array, file: string): CborValue {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch (error) {
    throw new IndexFormatError(file, `cannot be decompressed: ${(error as Error).message}`);
  }
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) {
    throw new IndexFormatError(file, `does not start with the "${SIGNATURE}" signature`);
  }
  try {
    return decodeCbor(raw.subarray(SIGNATURE.length));
  } catch (error) {
    throw new IndexFormatError(file, `unreadable CBOR: ${(error as Error).message}`);
  }
}

export function writePagefindFile(value: CborValue): Buffer {
  const body = encodeCbor(value);
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), body]), { level: 9 });
}

export function parseMeta(value: CborValue, file: string): MetaIndex {
  if (!Array.isArray(value) || typeof value[0] !== 'string' || !Array.isArray(value[CHUNKS_FIELD])) {
    throw new IndexFormatError(file, 'expected [version, pages, chunks, ...]');
  }
  const chunks = value[CHUNKS_FIELD].map((chunk) => {
    if (!Array.isArray(chunk) || chunk.length !== 3 || !chunk.every((part) => typeof part === 'string')) {
      throw new IndexFormatError(file, 'expected every chunk to be [from, to, hash]');
    }
    const [from, to, hash] = chunk as string[];
    return { from: from!, to: to!, hash: hash! };
  });
  return { version: value[0], chunks, document: value };
}

export function metaWithChunks(meta: MetaIndex, chunks: ChunkRange[]): CborValue[] {
  const document = [...meta.document];
  document[CHUNKS_FIELD] = chunks.map((chunk) => [chunk.from, chunk.to, chunk.hash]);
  return document;
}

export function parseWordChunk(value: CborValue, file: string): IndexedWord[] {
  if (!Array.isArray(value) || value.length !== 1 || !Array.isArray(value[0])) {
    throw new IndexFormatError(file, 'expected [words]');
  }
  return value[0].map((entry) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') {
      throw new IndexFormatError(file, 'expected every word to be [text, pages, ...]');
    }
    return { text: entry[0], entry };
  });
}

export function wordChunk(words: IndexedWord[]): CborValue {
  return [words.map((word) => word.entry)];
}

/** Digits of the meta file's hash, as Pagefind names it in pagefind-entry.json. */
export const META_HASH_DIGITS = 10;

/** A content hash for a file name, shaped like Pagefind's own (`en_` and hex digits). */
export function contentHash(language: string, bytes: Uint8Array, digits: number): string {
  return `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, digits)}`;
}
