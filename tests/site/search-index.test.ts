/**
 * The search index in dist/pagefind after `npm run build`: split into small
 * chunks, complete, and every word of the real content reachable by the
 * lookup Pagefind's search makes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCbor } from '../../src/search-index/cbor.ts';
import { parseMeta, parseWordChunk, readPagefindFile } from '../../src/search-index/pagefind-format.ts';
import { DEFAULT_SPLIT } from '../../src/search-index/split-chunks.ts';
import { distDir } from '../helpers/dist.ts';
import { pagefindLookup } from '../helpers/pagefind-index.ts';

const pagefindDir = join(distDir, 'pagefind');
const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
const metaHash = entry.languages['en']!.hash;
const metaFile = `pagefind.${metaHash}.pf_meta`;
const meta = parseMeta(readPagefindFile(readFileSync(join(pagefindDir, metaFile)), metaFile), metaFile);
/** Every indexed word with the chunk that holds it and its encoded size. */
const indexed = meta.chunks.flatMap(({ hash }) => {
  const file = `index/${hash}.pf_index`;
  return parseWordChunk(readPagefindFile(readFileSync(join(pagefindDir, file)), file), file).map((word) => ({
    word: word.text,
    hash,
    size: encodeCbor(word.entry).length,
  }));
});
const chunkFor = (term: string) => pagefindLookup(term, meta.chunks)?.hash;

describe('the built search index', () => {
  it('is one meta file and the chunks it lists, nothing stale beside them', () => {
    expect(readdirSync(pagefindDir).filter((name) => name.endsWith('.pf_meta'))).toEqual([metaFile]);
    expect(readdirSync(join(pagefindDir, 'index')).sort()).toEqual(meta.chunks.map(({ hash }) => `${hash}.pf_index`).sort());
  });

  it('is split into many chunks, so one query word downloads a small part of it', () => {
    expect(meta.chunks.length).toBeGreaterThanOrEqual(30);
  });

  it('holds the words of the answers, Docker syntax included', () => {
    const words = new Set(indexed.map(({ word }) => word));
    for (const word of ['contain', 'dockerfil', '--rm', 'dangling=tru', 'docker-composeyml', 'dockerignor', '137']) expect(words).toContain(word);
    // Sentence-final full stops are not part of words (pagefind.yml).
    expect([...words].filter((word) => word.endsWith('.'))).toEqual([]);
  });

  it('every indexed word leads to its own chunk', () => {
    for (const { word, hash } of indexed) expect(chunkFor(word), word).toBe(hash);
  });

  it('every word of two letters or more, and every start of three, finds all its extensions in that chunk, unless they are too many for one', () => {
    const limit = DEFAULT_SPLIT.targetBytes * DEFAULT_SPLIT.hardLimit;
    const terms = new Set<string>();
    for (const { word } of indexed) {
      const letters = [...word];
      if (letters.length >= 2) terms.add(word);
      for (let length = 3; length < letters.length; length++) terms.add(letters.slice(0, length).join(''));
    }
    const split: string[] = [];
    for (const term of terms) {
      const extensions = indexed.filter(({ word }) => word.startsWith(term));
      const chunk = chunkFor(term);
      if (extensions.every(({ hash }) => hash === chunk)) continue;
      split.push(term);
      expect(extensions.reduce((sum, { size }) => sum + size, 0), `the words starting "${term}" fit in one chunk`).toBeGreaterThan(limit);
    }
    // Only a handful of short starts ("co", "con", "docker"…) have that many words.
    expect(split.length, split.join(', ')).toBeLessThan(16);
  });
});
