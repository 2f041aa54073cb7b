import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { encodeCbor } from '../../src/search-index/cbor.ts';
import { contentHash, IndexFormatError, parseMeta, parseWordChunk, readPagefindFile, wordChunk, writePagefindFile } from '../../src/search-index/pagefind-format.ts';
import { splitIndex, type SplitResult } from '../../src/search-index/split-index.ts';
import { buildPagefindIndex, type PagefindOutput } from '../helpers/pagefind-index.ts';

let files: PagefindOutput;
let metaHash: string;
let result: SplitResult;

const readChunkFrom = (source: Map<string, Uint8Array>, prefix = 'index/', suffix = '.pf_index') => (hash: string) => {
  const bytes = source.get(`${prefix}${hash}${suffix}`);
  if (!bytes) throw new Error(`no chunk ${hash}`);
  return bytes;
};
const chunkWords = (chunks: Map<string, Uint8Array>) =>
  [...chunks].flatMap(([hash, bytes]) => parseWordChunk(readPagefindFile(bytes, hash), hash).map((word) => word.entry));

beforeAll(async () => {
  files = await buildPagefindIndex();
  metaHash = JSON.parse(Buffer.from(files.get('pagefind-entry.json')!).toString('utf8')).languages.en.hash;
  result = splitIndex(metaHash, files.get(`pagefind.${metaHash}.pf_meta`)!, readChunkFrom(files));
}, 60_000);
afterAll(() => pagefind.close());

describe('splitIndex over an index Pagefind made', () => {
  const originalChunks = () => new Map([...files].filter(([path]) => path.startsWith('index/')));

  it('makes more, smaller chunks', () => {
    expect(result.before.length).toBeGreaterThan(1);
    expect(result.after.length).toBeGreaterThan(result.before.length);
    expect(Math.max(...result.after)).toBeLessThan(Math.max(...result.before));
  });

  it('keeps every word with all it stores (pages, locations, extras), each once', () => {
    const byText = (entries: unknown[]) => [...entries].sort((a, b) => String((a as string[])[0]).localeCompare(String((b as string[])[0])));
    const before = chunkWords(originalChunks());
    // With very common words left whole, the split alone must lose nothing.
    const uncapped = splitIndex(metaHash, files.get(`pagefind.${metaHash}.pf_meta`)!, readChunkFrom(files), undefined, { share: Infinity, positions: 0 });
    const after = chunkWords(uncapped.chunks);
    expect(after).toHaveLength(before.length);
    expect(byText(after)).toEqual(byText(before));
  });

  it('changes only the chunk list of the meta file', () => {
    const before = parseMeta(readPagefindFile(files.get(`pagefind.${metaHash}.pf_meta`)!, 'before'), 'before');
    const after = parseMeta(readPagefindFile(result.meta, 'after'), 'after');
    expect(after.version).toBe(before.version);
    expect(after.document.filter((_, field) => field !== 2)).toEqual(before.document.filter((_, field) => field !== 2));
    expect(after.chunks.map((chunk) => chunk.hash).sort()).toEqual([...result.chunks.keys()].sort());
  });

  it('names the meta file by its content, and every chunk by its place under one digest of all chunks', () => {
    expect(result.metaHash).toBe(contentHash('en', result.meta, 10));
    expect(result.metaHash).not.toBe(metaHash);
    const names = [...result.chunks.keys()];
    const prefix = names[0]!.replace(/0$/, '');
    expect(prefix).toMatch(/^en_[0-9a-f]{10}_$/);
    expect(names).toEqual(names.map((_, place) => `${prefix}${place.toString(36)}`));
  });

  it('the same chunks get the same names; a change to any word renames them all', () => {
    const again = splitIndex(metaHash, files.get(`pagefind.${metaHash}.pf_meta`)!, readChunkFrom(files));
    expect([...again.chunks.keys()]).toEqual([...result.chunks.keys()]);
    // Fewer positions kept for common words: other chunk bytes, so other names throughout.
    const other = splitIndex(metaHash, files.get(`pagefind.${metaHash}.pf_meta`)!, readChunkFrom(files), undefined, { share: Infinity, positions: 0 });
    const otherNames = new Set(other.chunks.keys());
    expect([...result.chunks.keys()].filter((name) => otherNames.has(name))).toEqual([]);
  });

  it('splitting its own output again changes nothing', () => {
    const again = splitIndex(result.metaHash, result.meta, readChunkFrom(result.chunks, '', ''));
    expect(again.metaHash).toBe(result.metaHash);
    expect([...again.chunks.keys()].sort()).toEqual([...result.chunks.keys()].sort());
  });
});

describe("Pagefind's own files", () => {
  it('decode and encode back to the same bytes, meta, word chunks and filters alike', () => {
    const cborFiles = [...files].filter(([path]) => /\.pf_(meta|index|filter)$/.test(path));
    expect(cborFiles.length).toBeGreaterThan(5);
    for (const [path, bytes] of cborFiles) {
      const body = gunzipSync(bytes).subarray('pagefind_dcd'.length);
      expect(Buffer.from(encodeCbor(readPagefindFile(bytes, path))).equals(body), path).toBe(true);
    }
  });
});

describe('splitIndex: an index it cannot read is an error naming the file', () => {
  it('a chunk that is not gzip', () => {
    const meta = files.get(`pagefind.${metaHash}.pf_meta`)!;
    const second = parseMeta(readPagefindFile(meta, 'meta'), 'meta').chunks[1]!.hash;
    const broken = (hash: string) => (hash === second ? new Uint8Array([1, 2, 3]) : readChunkFrom(files)(hash));
    expect(() => splitIndex(metaHash, meta, broken)).toThrow(`index/${second}.pf_index: cannot be decompressed`);
  });

  it('a word that is in two chunks', () => {
    const meta = files.get(`pagefind.${metaHash}.pf_meta`)!;
    const [first, second] = parseMeta(readPagefindFile(meta, 'meta'), 'meta').chunks;
    const firstWords = parseWordChunk(readPagefindFile(readChunkFrom(files)(first!.hash), 'first'), 'first');
    const secondWithCopy = writePagefindFile(
      wordChunk([firstWords[0]!, ...parseWordChunk(readPagefindFile(readChunkFrom(files)(second!.hash), 'second'), 'second')]),
    );
    const reader = (hash: string) => (hash === second!.hash ? secondWithCopy : readChunkFrom(files)(hash));
    expect(() => splitIndex(metaHash, meta, reader)).toThrow(`index/${second!.hash}.pf_index: the word "${firstWords[0]!.text}" is in the index twice`);
  });

  it('a meta file from another Pagefind version', () => {
    const meta = parseMeta(readPagefindFile(files.get(`pagefind.${metaHash}.pf_meta`)!, 'meta'), 'meta');
    const later = writePagefindFile(['1.7.0', ...meta.document.slice(1)]);
    expect(() => splitIndex(metaHash, later, readChunkFrom(files))).toThrow(`pagefind.${metaHash}.pf_meta: written by Pagefind 1.7.0, this step reads 1.6.x`);
  });

  it('a meta file whose name has no language part', () => {
    expect(() => splitIndex('a0517d3ece', files.get(`pagefind.${metaHash}.pf_meta`)!, readChunkFrom(files))).toThrow(
      'pagefind.a0517d3ece.pf_meta: the name does not end in <language>_<hash>',
    );
  });

  it('a meta file in a shape it does not know', () => {
    const otherShape = Buffer.from(files.get(`pagefind.${metaHash}.pf_meta`)!);
    expect(() => splitIndex(metaHash, otherShape.subarray(0, 40), readChunkFrom(files))).toThrow(IndexFormatError);
    expect(() => splitIndex(metaHash, otherShape.subarray(0, 40), readChunkFrom(files))).toThrow(`pagefind.${metaHash}.pf_meta`);
  });
});
