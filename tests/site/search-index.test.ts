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
import { DEFAULT_CAP } from '../../src/search-index/cap-positions.ts';
import { DEFAULT_SPLIT } from '../../src/search-index/split-chunks.ts';
import { gunzipSync } from 'node:zlib';
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

  it('stores few body positions for very common words, and every position it keeps is that word on that page', () => {
    const pages = meta.document[1] as [string, number, string][];
    const words = new Map<string, string[]>();
    const pageWords = (index: number) => {
      const hash = pages[index]![0];
      if (!words.has(hash)) {
        const raw = gunzipSync(readFileSync(join(pagefindDir, 'fragment', `${hash}.pf_fragment`))).toString('utf8');
        words.set(hash, (JSON.parse(raw.slice(raw.indexOf('{'))) as { content: string }).content.toLowerCase().split(/\s+/).filter(Boolean));
      }
      return words.get(hash)!;
    };
    const common = meta.chunks.flatMap(({ hash }) => {
      const file = `index/${hash}.pf_index`;
      return parseWordChunk(readPagefindFile(readFileSync(join(pagefindDir, file)), file), file);
    }).filter(({ entry }) => (entry[1] as unknown[]).length >= DEFAULT_CAP.share * pages.length);
    expect(common.length).toBeGreaterThan(50);
    let checked = 0;
    for (const { text, entry } of common.filter(({ text }) => /^[a-z]{4,}$/.test(text)).slice(0, 40)) {
      let page = 0;
      for (const [delta, locations] of entry[1] as [number, number[]][]) {
        page += delta;
        let marker = -25;
        let at = 0;
        let inRun = 0;
        for (const location of locations) {
          if (location < 0) [marker, at, inRun] = [location, 0, 0];
          else {
            at += location;
            if (marker >= -25) expect(++inRun, `"${text}" on page ${page}`).toBeLessThanOrEqual(DEFAULT_CAP.positions);
            // Words are stemmed ("alreadi"), and the parts of a compound ("gelf-address=udp://…") share its position.
            expect(pageWords(page)[at], `"${text}" at ${at} on page ${page}`).toContain(text.slice(0, Math.max(4, text.length - 2)));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
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

  it("leaves out the sources' text folded beneath our answer: their \"In conclusion\" is not a word of the index", () => {
    const words = new Set(indexed.map(({ word }) => word));
    expect([...words].filter((word) => word.startsWith('conclus'))).toEqual([]);
    const questions = join(distDir, 'questions');
    for (const slug of readdirSync(questions)) {
      const page = readFileSync(join(questions, slug, 'index.html'), 'utf8');
      if (!page.includes('data-from-sources')) continue;
      // Beneath an answer of ours the sources are provenance; without one (a reader's own notes) they are the answer.
      expect(page.includes('data-from-sources data-pagefind-ignore="all"'), slug).toBe(page.includes('data-our-answer'));
    }
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
    // Only a handful of short starts ("co", "con", "docker"…) have that many words (19 with our answers on every page).
    expect(split.length, split.join(', ')).toBeLessThan(24);
  });
});
