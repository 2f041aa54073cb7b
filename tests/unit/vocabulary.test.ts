import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/lib/edit-distance.ts';
import { IndexFormatError } from '../../src/search-index/pagefind-format.ts';
import { fragmentText, vocabulary, vocabularyByLength } from '../../src/search-index/vocabulary.ts';

const fragment = (content: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url: '/x/', content })}`));

describe('the typo vocabulary', () => {
  it('lists the words of two pages or more, the ones on most pages first, without numbers, flags or short words', () => {
    const pages = ['Docker runs containers. Use --rm and -p 80:80 and compose.', 'A container of Docker, and compose', 'docker-compose up'];
    expect(vocabulary(pages).split('\n')).toEqual(['compose', 'docker', 'and']);
  });

  it("keeps a word of a single page when that page's title holds it (a canary deployment)", () => {
    const pages = [{ text: 'Send a share of traffic to the canary.', title: 'Canary deployment' }, { text: 'Deployment of traffic.', title: 'Rolling updates' }];
    expect(vocabulary(pages).split('\n')).toEqual(['traffic', 'canary', 'deployment']);
  });

  it("reads a page's indexed text from its Pagefind fragment and names a file it cannot read", () => {
    expect(fragmentText(fragment('Copy on write'), 'fragment/en_1.pf_fragment')).toBe('Copy on write');
    expect(() => fragmentText(Buffer.from('plain'), 'fragment/en_2.pf_fragment')).toThrow(IndexFormatError);
    expect(() => fragmentText(gzipSync(Buffer.from('{}')), 'fragment/en_3.pf_fragment')).toThrow(/signature/);
  });

  it('cut by length, corrects every word exactly as the whole vocabulary does, ties and words of the site included', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 3, maxLength: 9 });
    fc.assert(
      fc.property(fc.uniqueArray(letters, { maxLength: 60 }), letters, (words, typed) => {
        const files = vocabularyByLength(words.join('\n'));
        const file = files.get(typed.length)?.split('\n') ?? [];
        // Each file keeps the whole vocabulary's order.
        expect(file).toEqual(words.filter((word) => file.includes(word)));
        expect(nearest(typed, file)).toBe(nearest(typed, words));
      }),
      { numRuns: 2000 },
    );
  });

  it('fetches less than the whole for any word: the file for a seven-letter word leaves out words of 3-4 and 10 letters or more', () => {
    const files = vocabularyByLength(['run', 'pull', 'image', 'volume', 'network', 'container', 'dockerfile', 'healthcheck'].join('\n'));
    expect(files.get(7)!.split('\n')).toEqual(['image', 'volume', 'network', 'container']);
    expect(files.get(3)!.split('\n')).toEqual(['run', 'pull']);
    expect(files.has(14)).toBe(false);
    expect(files.get(13)!.split('\n')).toEqual(['healthcheck']);
  });
});

