import { describe, expect, it } from 'vitest';
import { commonWordForms } from '../../src/search-index/common-words.ts';
import type { IndexedWord } from '../../src/search-index/pagefind-format.ts';

/** A word entry as Pagefind stores it: [stem, [[page delta, positions]…]], positions counting up from the last, a negative number a weight. */
const word = (text: string, pages: [number, number[]][]): IndexedWord => ({ text, entry: [text, pages] });

describe('the words on nearly every page, as readers type them', () => {
  const pages = [
    'Images and containers: an image holds layers. Images.',
    'Docker-compose.yml runs containers from images; containerd runs onbuild steps.',
    'IMAGEThe DockerHub images',
  ];

  it('adds the forms found at the stem positions, and keeps the stems', () => {
    // "imag" at words 0 and 4 of page 0 and (after a weight) word 4 of page 1; "contain" at word 2 of both.
    const words = [word('imag', [[0, [0, 4]], [1, [-25, 4]]]), word('contain', [[0, [2]], [1, [2]]])];
    expect(commonWordForms(words, pages)).toEqual(['contain', 'containers', 'imag', 'image', 'images']);
    // A full stop ends a sentence, not the word ("Images." at word 7).
    expect(commonWordForms([word('imag', [[0, [7]]])], pages)).toEqual(['imag', 'images']);
  });

  it('leaves out compounds that share a position ("docker-compose.yml", "DockerHub", "IMAGEThe"), and a longer word that only starts like the stem', () => {
    const words = [word('docker', [[1, [0]], [1, [1]]]), word('on', [[1, [7]]]), word('imag', [[2, [0, 2]]])];
    expect(commonWordForms(words, pages)).toEqual(['docker', 'imag', 'images', 'on']);
  });
});
