/** removeSpans does what the regex replace it stands for does, in linear time. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removeSpans } from '../../src/lib/spans.ts';

const marks = fc.array(fc.constantFrom('[', ']', '(', ')', '"', '“', '”', '<', '>', 'a', ' ', 'b'), { maxLength: 30 }).map((parts) => parts.join(''));

describe('removeSpans', () => {
  it('removes each span up to the next closing mark, left to right', () => {
    expect(removeSpans('CMD ["a", "b"] <x> (note)', { '[': ']', '<': '>' })).toBe('CMD   (note)');
    expect(removeSpans('a "b" c "d', { '"': '"' })).toBe('a  c "d');
    expect(removeSpans('((a) b)', { '(': ')' })).toBe(' b)');
  });

  it('keeps opening marks that nothing closes, however many', () => {
    const text = `${'('.repeat(100_000)}x`;
    expect(removeSpans(text, { '(': ')' })).toBe(text);
  });

  it('gives what the regex gives', () => {
    fc.assert(
      fc.property(marks, (text) => {
        expect(removeSpans(text, { '[': ']', '"': '"', '“': '”', '<': '>' })).toBe(text.replace(/\[[^\]]*\]|"[^"]*"|“[^”]*”|<[^>]*>/g, ''));
        expect(removeSpans(text, { '(': ')' })).toBe(text.replace(/\([^)]*\)/g, ''));
      }),
      { numRuns: 2000 },
    );
  });
});
