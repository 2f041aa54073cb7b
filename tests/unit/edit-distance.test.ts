import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/lib/edit-distance.ts';

describe('typo distance', () => {
  it.each([
    ['netwrok', 'network', 1], // swapped neighbours
    ['namspaces', 'namespaces', 1], // a letter missing
    ['dangaling', 'dangling', 1], // a letter too many
    ['imgae', 'image', 1],
    ['volume', 'volume', 0],
    ['kuberntes', 'kubernetes', 1],
    ['abc', 'xyz', 3],
  ])('%s to %s is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('is symmetric and never more than the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const distance = editDistance(a, b);
        return distance === editDistance(b, a) && distance <= Math.max(a.length, b.length);
      }),
    );
  });
});

describe('nearest word', () => {
  const vocabulary = ['docker', 'container', 'image', 'network', 'namespaces', 'namspaces', 'compose'];

  it('finds the word meant, within two slips (one for short words)', () => {
    expect(nearest('netwrok', vocabulary)).toBe('network');
    expect(nearest('compse', vocabulary)).toBe('compose');
    expect(nearest('imag', vocabulary)).toBe('image');
    expect(nearest('xyzzy', vocabulary)).toBeUndefined();
    expect(nearest('cat', vocabulary)).toBeUndefined();
  });

  it('corrects a typo the sources share with the reader to the more widely used word', () => {
    expect(nearest('namspaces', vocabulary)).toBe('namespaces');
  });

  it('leaves a word that is the most used of its neighbours alone', () => {
    expect(nearest('docker', vocabulary)).toBeUndefined();
  });

  it('takes a word the site uses for another only one slip away, never two ("canary" is not "carry")', () => {
    const words = ['carry', 'container', 'canary'];
    expect(nearest('canary', words)).toBeUndefined();
    expect(nearest('canari', words)).toBe('canary');
  });
});
