/**
 * The search index in dist/pagefind after `npm run build`: split into small
 * chunks, complete, and every word of the real content reachable by the
 * lookup Pagefind's search makes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChunkRange, parseMeta, parseWordChunk, readPagefindFile } from '../../src/search-index/pagefind-format.ts';
import { distDir } from '../helpers/dist.ts';

const pagefindDir = join(distDir, 'pagefind');
const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
const metaHash = entry.languages['en']!.hash;
const metaFile = `pagefind.${metaHash}.pf_meta`;
const meta = parseMeta(readPagefindFile(readFileSync(join(pagefindDir, metaFile)), metaFile), metaFile);
const wordsByChunk = new Map(
  meta.chunks.map(({ hash }) => {
    const file = `index/${hash}.pf_index`;
    return [hash, parseWordChunk(readPagefindFile(readFileSync(join(pagefindDir, file)), file), file).map((word) => word.text)];
  }),
);

/** The chunk Pagefind's search loads for a term: the first whose range holds it, in UTF-8 byte order. */
function chunkFor(term: string): ChunkRange | undefined {
  const bytes = (text: string) => Buffer.from(text, 'utf8');
  return meta.chunks.find((chunk) => Buffer.compare(bytes(term), bytes(chunk.from)) >= 0 && Buffer.compare(bytes(term), bytes(chunk.to)) <= 0);
}

describe('the built search index', () => {
  it('is one meta file and the chunks it lists, nothing stale beside them', () => {
    expect(readdirSync(pagefindDir).filter((name) => name.endsWith('.pf_meta'))).toEqual([metaFile]);
    expect(readdirSync(join(pagefindDir, 'index')).sort()).toEqual(meta.chunks.map(({ hash }) => `${hash}.pf_index`).sort());
  });

  it('is split into many chunks, so one query word downloads a small part of it', () => {
    expect(meta.chunks.length).toBeGreaterThanOrEqual(30);
  });

  it('holds the words of the answers, Docker syntax included', () => {
    const words = new Set([...wordsByChunk.values()].flat());
    for (const word of ['contain', 'dockerfil', '--rm', 'dangling=tru', 'docker-composeyml', 'dockerignor', '137']) expect(words).toContain(word);
    // Sentence-final full stops are not part of words (pagefind.yml).
    expect([...words].filter((word) => word.endsWith('.'))).toEqual([]);
  });

  it('every indexed word, and every start of one from three letters, leads to the chunk holding its words', () => {
    const all = [...wordsByChunk.entries()].flatMap(([hash, words]) => words.map((word) => ({ word, hash })));
    for (const { word, hash } of all) expect(chunkFor(word)?.hash, word).toBe(hash);
    for (const { word } of all) {
      const letters = [...word];
      for (let length = 3; length < letters.length; length++) {
        const start = letters.slice(0, length).join('');
        const extensions = all.filter((other) => other.word.startsWith(start)).map((other) => other.hash);
        expect(extensions, `words starting "${start}"`).toContain(chunkFor(start)?.hash);
      }
    }
  });
});
