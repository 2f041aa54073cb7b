import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCbor } from '../../src/search-index/cbor.ts';
import type { IndexedWord } from '../../src/search-index/pagefind-format.ts';
import { type Chunk, sharedPrefixLength, sortWords, splitIntoChunks } from '../../src/search-index/split-chunks.ts';

/** A word as Pagefind stores it: its text, the pages it is on with their locations, and an empty extra list. */
const word = (text: string, locations = 3): IndexedWord => ({
  text,
  entry: [text, [[1, [-25, ...Array.from({ length: locations }, (_, index) => index * 7)], []]], []],
});
const texts = (chunk: Chunk) => chunk.words.map((entry) => entry.text);
const size = (words: IndexedWord[]) => words.reduce((sum, entry) => sum + encodeCbor(entry.entry).length, 0);

/** Pagefind's lookup: the first chunk whose range holds the term, comparing UTF-8 bytes. */
function chunkFor(term: string, chunks: Chunk[]): Chunk | undefined {
  const bytes = (text: string) => Buffer.from(text, 'utf8');
  return chunks.find(
    (chunk) => Buffer.compare(bytes(term), bytes(chunk.from)) >= 0 && Buffer.compare(bytes(term), bytes(chunk.to)) <= 0,
  );
}

const prefixes = (text: string) => [...text].map((_, index) => [...text].slice(0, index + 1).join(''));

describe('splitIntoChunks: a small example', () => {
  // Encoded, these words are 17 to 24 bytes each.
  const words = ['apple', 'applet', 'apricot', 'banana', 'band', 'bandit', 'cherry', 'docker', 'dockerfil', 'dockerfile.'].map((text) => word(text));
  const chunks = splitIntoChunks(words, { targetBytes: 30, maxSharedPrefix: 2, hardLimit: 100 });

  it('cuts once a chunk reaches its target, but only where neighbours share at most two letters', () => {
    // "banana" reaches the target, but "band" shares "ban" with it; "cherry" shares nothing with "bandit".
    expect(chunks.map(texts)).toEqual([
      ['apple', 'applet'],
      ['apricot', 'banana', 'band', 'bandit'],
      ['cherry', 'docker', 'dockerfil', 'dockerfile.'],
    ]);
  });

  it('ranges: a chunk ends at its last word, the next begins where the two words first differ', () => {
    expect(chunks.map(({ from, to }) => [from, to])).toEqual([
      ['', 'applet'],
      ['apr', 'bandit'],
      ['c', 'dockerfile.'],
    ]);
  });

  it('a word, or the start of one, finds the chunk with the whole word', () => {
    expect(texts(chunkFor('applet', chunks)!)).toContain('applet');
    expect(texts(chunkFor('apri', chunks)!)).toContain('apricot');
    expect(texts(chunkFor('bandi', chunks)!)).toContain('bandit');
    expect(texts(chunkFor('dock', chunks)!)).toEqual(expect.arrayContaining(['docker', 'dockerfil', 'dockerfile.']));
  });

  it('a term that starts no word may find no chunk at all', () => {
    expect(chunkFor('bz', chunks)).toBeUndefined();
  });
});

describe('splitIntoChunks: never cuts a run of words that share three letters, below the hard limit', () => {
  it('keeps every "docker…" word with "docker" even when they alone pass the target', () => {
    const words = ['dmesg', 'docker', 'docker-compos', 'dockerd', 'dockerfil', 'dockerignor', 'dockerhub', 'domain'].map((text) => word(text, 40));
    const chunks = splitIntoChunks(words, { targetBytes: 10, maxSharedPrefix: 2, hardLimit: 1000 });
    expect(chunks.map(texts)).toEqual([['dmesg'], ['docker', 'docker-compos', 'dockerd', 'dockerfil', 'dockerhub', 'dockerignor'], ['domain']]);
  });

  it('past the hard limit it cuts anyway, so one long run cannot make a huge chunk', () => {
    const words = Array.from({ length: 50 }, (_, index) => word(`docker${String(index).padStart(2, '0')}`, 40));
    const target = size(words.slice(0, 2));
    const chunks = splitIntoChunks(words, { targetBytes: target, maxSharedPrefix: 2, hardLimit: 3 });
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(size(chunk.words.slice(0, -1))).toBeLessThan(target * 3);
  });
});

describe('sortWords: the order Pagefind compares in (UTF-8 bytes, not UTF-16 units)', () => {
  it('puts U+FFFD before an emoji, although JavaScript string order says the opposite', () => {
    expect('\u{1F512}' < '\uFFFD').toBe(true);
    expect(sortWords([word('\u{1F512}'), word('\uFFFD'), word('z')]).map((entry) => entry.text)).toEqual(['z', '\uFFFD', '\u{1F512}']);
  });
});

describe('splitIntoChunks: properties over any word list', () => {
  // Few letters, so words share long prefixes; one non-ASCII letter and one emoji for byte order.
  const text = fc.string({ unit: fc.constantFrom('a', 'b', 'd', 'o', '-', 'é', '\u{1F512}'), minLength: 1, maxLength: 8 });
  const wordList = fc.uniqueArray(text, { minLength: 1, maxLength: 60 }).map((list) => list.map((entry) => word(entry, entry.length)));
  const options = fc.record({ targetBytes: fc.integer({ min: 1, max: 400 }), maxSharedPrefix: fc.integer({ min: 0, max: 3 }), hardLimit: fc.integer({ min: 1, max: 6 }) });

  it('keeps every word exactly once, in byte order', () => {
    fc.assert(
      fc.property(wordList, options, (words, settings) => {
        const chunks = splitIntoChunks(words, settings);
        expect(chunks.flatMap(texts)).toEqual(sortWords(words).map((entry) => entry.text));
        expect(chunks.every((chunk) => chunk.words.length > 0)).toBe(true);
      }),
    );
  });

  it('every word, and every start of a word, finds the chunk holding the first word it starts', () => {
    fc.assert(
      fc.property(wordList, options, (words, settings) => {
        const chunks = splitIntoChunks(words, settings);
        const sorted = chunks.flatMap(texts);
        for (const term of new Set(sorted.flatMap(prefixes))) {
          const firstMatch = sorted.find((entry) => entry.startsWith(term))!;
          expect(texts(chunkFor(term, chunks) ?? { from: '', to: '', words: [] })).toContain(firstMatch);
        }
      }),
    );
  });

  it('without a hard limit, all words sharing a start longer than the allowed cut stay in one chunk', () => {
    fc.assert(
      fc.property(wordList, options, (words, settings) => {
        const chunks = splitIntoChunks(words, { ...settings, hardLimit: Number.POSITIVE_INFINITY });
        for (let index = 0; index + 1 < chunks.length; index++) {
          const shared = sharedPrefixLength(chunks[index]!.words.at(-1)!.text, chunks[index + 1]!.words[0]!.text);
          expect(shared).toBeLessThanOrEqual(settings.maxSharedPrefix);
        }
      }),
    );
  });

  it('every chunk but the last reaches the target, and none runs past the hard limit by more than one word', () => {
    fc.assert(
      fc.property(wordList, options, (words, settings) => {
        const chunks = splitIntoChunks(words, settings);
        for (const chunk of chunks.slice(0, -1)) expect(size(chunk.words)).toBeGreaterThanOrEqual(settings.targetBytes);
        for (const chunk of chunks) expect(size(chunk.words.slice(0, -1))).toBeLessThan(settings.targetBytes * settings.hardLimit);
      }),
    );
  });
});
