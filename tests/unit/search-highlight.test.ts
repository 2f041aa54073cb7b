/**
 * The marks on a page opened from a search result: every word a query can
 * hold (letters, digits, ".", "_", "=", "-") makes a valid pattern that marks
 * that word where it stands on the page, hyphens included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPattern } from '../../src/scripts/search-highlight.ts';
import { queryWords } from '../../src/scripts/search-words.ts';

const marked = (query: string, text: string) => [...text.matchAll(matchPattern(queryWords(query)))].map((match) => match[0]);

describe('search highlight pattern', () => {
  it.each([
    ['--rm', 'Run docker run --rm alpine.', ['--rm']],
    ['docker-compose', 'The docker-compose.yml file.', ['docker-compose']],
    ['dangling=true', 'Use -f dangling=true to filter.', ['dangling=true']],
    ['.dockerignore', 'Add a .dockerignore file.', ['.dockerignore']],
    ['restart', 'It keeps restarting.', ['restarting']],
    ['exit code', 'Exit Codes and their meaning.', ['Exit', 'Codes']],
    ['a_b c.d', 'Set a_b and c.d here.', ['a_b', 'c.d']],
  ])('%j marks its word in %j', (query, text, expected) => {
    expect(marked(query, text)).toEqual(expected);
  });

  it('never throws, and marks each query word where the page holds it, for any query', () => {
    const character = fc.constantFrom(...'abcXYZ019._=-'.split(''), 'é', 'ß', '字', '٣');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: character, minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), (parts) => {
        const words = queryWords(parts.join(' ')).filter((word) => word.length > 1);
        if (words.length === 0) return;
        const pattern = matchPattern(words);
        for (const word of words) expect(`see ${word} here`.match(pattern)?.[0]?.toLowerCase()).toBe(word);
      }),
    );
  });
});
