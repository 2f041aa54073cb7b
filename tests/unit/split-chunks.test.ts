import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCbor } from '../../src/search-index/cbor.ts';
import type { IndexedWord } from '../../src/search-index/pagefind-format.ts';
import { type Chunk, sortWords, splitIntoChunks } from '../../src/search-index/split-chunks.ts';
import { pagefindLookup } from '../helpers/pagefind-index.ts';

/** A word as Pagefind stores it: its text, the pages it is on with their locations, and an empty extra list. */
const word = (text: string, locations = 3): IndexedWord => ({
  text,
  entry: [text, [[1, [-25, ...Array.from({ length: locations }, (_, index) => index * 7)], []]], []],
});
const texts = (chunk: Chunk) => chunk.words.map((entry) => entry.text);
const size = (words: IndexedWord[]) => words.reduce((sum, entry) => sum + encodeCbor(entry.entry).length, 0);

const chunkFor = pagefindLookup<Chunk>;

const prefixes = (text: string) => [...text].map((_, index) => [...text].slice(0, index + 1).join(''));

describe('splitIntoChunks: a small example', () => {
  // Encoded, these words are 17 to 22 bytes each.
  const words = ['apple', 'applet', 'apricot', 'banana', 'band', 'bandit', 'cherry', 'docker', 'dockerfil', 'dockerignor'].map((text) => word(text));
  const chunks = splitIntoChunks(words, { targetBytes: 30, maxSharedPrefix: 2, hardLimit: 100 });

  it('closes a chunk once it reaches its target, but only where neighbours share at most two letters', () => {
    // "banana" reaches the target, but "band" shares "ban" with it; "cherry" shares nothing with "bandit".
    expect(chunks.map(texts)).toEqual([
      ['apple', 'applet'],
      ['apricot', 'banana', 'band', 'bandit'],
      ['cherry', 'docker', 'dockerfil', 'dockerignor'],
    ]);
  });

  it('ranges: a chunk ends at its last word, the next begins where the two words first differ', () => {
    expect(chunks.map(({ from, to }) => [from, to])).toEqual([
      ['', 'applet'],
      ['apr', 'bandit'],
      ['c', 'dockerignor'],
    ]);
  });

  it('a word, or the start of one, finds the chunk with the whole word', () => {
    expect(texts(chunkFor('applet', chunks)!)).toContain('applet');
    expect(texts(chunkFor('apri', chunks)!)).toContain('apricot');
    expect(texts(chunkFor('bandi', chunks)!)).toContain('bandit');
    expect(texts(chunkFor('dock', chunks)!)).toEqual(expect.arrayContaining(['docker', 'dockerfil', 'dockerignor']));
  });

  it('a term that starts no word may find no chunk at all', () => {
    expect(chunkFor('bz', chunks)).toBeUndefined();
  });
});

describe('splitIntoChunks: never cuts between a word and its extensions, below the hard limit', () => {
  it('keeps a two-letter word with the words it starts, though they share only two letters', () => {
    const words = ['vm', 'vm-base', 'vms', 'vmware', 'volume'].map((text) => word(text, 40));
    const chunks = splitIntoChunks(words, { targetBytes: 10, maxSharedPrefix: 2, hardLimit: 1000 });
    expect(chunks.map(texts)).toEqual([['vm', 'vm-base', 'vms', 'vmware'], ['volume']]);
  });


  it('keeps every "docker…" word with "docker" even when they alone pass the target', () => {
    const words = ['dmesg', 'docker', 'docker-compos', 'dockerd', 'dockerfil', 'dockerignor', 'dockerhub', 'domain'].map((text) => word(text, 40));
    const chunks = splitIntoChunks(words, { targetBytes: 10, maxSharedPrefix: 2, hardLimit: 1000 });
    expect(chunks.map(texts)).toEqual([['dmesg'], ['docker', 'docker-compos', 'dockerd', 'dockerfil', 'dockerhub', 'dockerignor'], ['domain']]);
  });

  it('past the hard limit it cuts a run anyway, where its words have least in common', () => {
    // docker00 … docker49: cuts between docker09 and docker10 share one letter fewer than the rest.
    const words = Array.from({ length: 50 }, (_, index) => word(`docker${String(index).padStart(2, '0')}`, 40));
    const target = size(words.slice(0, 10));
    const chunks = splitIntoChunks(words, { targetBytes: target, maxSharedPrefix: 2, hardLimit: 1 });
    expect(chunks.map((chunk) => chunk.words[0]!.text)).toEqual(['docker00', 'docker10', 'docker20', 'docker30', 'docker40']);
  });

  it('a run too large for one chunk goes in a chunk of its own, not after a part-filled one', () => {
    const small = word('apple', 3);
    const run = Array.from({ length: 20 }, (_, index) => word(`docker${String(index).padStart(2, '0')}`, 40));
    const target = size([small]) * 2;
    const chunks = splitIntoChunks([small, ...run], { targetBytes: target, maxSharedPrefix: 2, hardLimit: 3 });
    expect(texts(chunks[0]!)).toEqual(['apple']);
    for (const chunk of chunks.slice(1)) expect(chunk.words.every((entry) => entry.text.startsWith('docker'))).toBe(true);
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

  it('without a hard limit, a word (from two letters, or the allowed share) or a longer start finds all its extensions in its chunk', () => {
    fc.assert(
      fc.property(wordList, options, (words, settings) => {
        const chunks = splitIntoChunks(words, { ...settings, hardLimit: Number.POSITIVE_INFINITY });
        const sorted = chunks.flatMap(texts);
        const indexed = new Set(sorted);
        const terms = new Set(sorted.flatMap(prefixes));
        for (const term of terms) {
          const length = [...term].length;
          const protectedTerm = indexed.has(term) ? length >= Math.max(2, settings.maxSharedPrefix) : length > settings.maxSharedPrefix;
          if (!protectedTerm) continue;
          const found = texts(chunkFor(term, chunks)!);
          for (const extension of sorted.filter((entry) => entry.startsWith(term))) expect(found, term).toContain(extension);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a chunk of several words never passes the hard limit', () => {
    fc.assert(
      fc.property(wordList, options, (words, settings) => {
        const chunks = splitIntoChunks(words, settings);
        for (const chunk of chunks.filter((entry) => entry.words.length > 1)) {
          expect(size(chunk.words)).toBeLessThanOrEqual(settings.targetBytes * settings.hardLimit);
        }
      }),
    );
  });
});
