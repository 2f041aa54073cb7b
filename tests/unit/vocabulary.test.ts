import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IndexFormatError } from '../../src/search-index/pagefind-format.ts';
import { fragmentText, vocabulary } from '../../src/search-index/vocabulary.ts';

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
});
