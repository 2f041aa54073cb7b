/** How many banks ask each entry's question: each bank once per entry, across its clusters. */
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { askedCounts } from '../../src/ingest/review/survey.ts';

describe('askedCounts', () => {
  it('counts each bank once for an entry, however many of its clusters the bank asks', () => {
    const text = [
      '- question: What is a layer?',
      '  banks: [a, b]',
      '  entry: image-layers',
      '- question: Which instructions make layers?',
      '  banks: [b, c]',
      '  entry: image-layers',
      '- question: Off topic',
      '  banks: [a]',
      '  entry: null',
    ].join('\n');
    expect(askedCounts(text)).toEqual(new Map([['image-layers', 3]]));
  });

  it('is empty without a survey, and names the file when the survey is broken', () => {
    expect(askedCounts(undefined).size).toBe(0);
    expect(() => askedCounts('- question: x\n  banks: nope\n  entry: a\n')).toThrow(IngestError);
    expect(() => askedCounts('- [unclosed')).toThrow(/content\/survey\/questions\.yaml/);
  });
});
