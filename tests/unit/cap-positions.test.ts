import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capCommonWords, capRuns } from '../../src/search-index/cap-positions.ts';

/** A page's locations as absolute (weight marker, position) pairs, each run's deltas summed from its start. */
function absolute(locations: number[]): [number, number][] {
  const pairs: [number, number][] = [];
  let marker = -25;
  let at = 0;
  for (const location of locations) {
    if (location < 0) [marker, at] = [location, 0];
    else pairs.push([marker, (at += location)]);
  }
  return pairs;
}

describe('capRuns', () => {
  it('cuts a body-weight run to its first positions and keeps heading runs whole', () => {
    expect(capRuns([-25, 5, 3, 9, 2, 7, -169, 4, 1, 1, 1], 2)).toEqual([-25, 5, 3, -169, 4, 1, 1, 1]);
  });

  it('treats positions before any marker, and lighter runs (code), as body text', () => {
    expect(capRuns([1, 2, 3, -7, 4, 4, 4], 1)).toEqual([1, -7, 4]);
  });

  it('keeps the exact positions it keeps, and every run marker', () => {
    const run = fc.tuple(fc.constantFrom(-7, -13, -25, -145, -169, -241), fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 30 }));
    fc.assert(
      fc.property(fc.array(run, { maxLength: 6 }), fc.integer({ min: 1, max: 8 }), (runs, limit) => {
        const locations = runs.flatMap(([marker, deltas]) => [marker, ...deltas]);
        const kept = capRuns(locations, limit);
        const before = absolute(locations);
        const after = absolute(kept);
        expect(after.every((pair) => before.some(([m, p]) => m === pair[0] && p === pair[1]))).toBe(true);
        expect(kept.filter((location) => location < 0)).toEqual(locations.filter((location) => location < 0));
        // Headings and titles lose nothing.
        expect(after.filter(([marker]) => marker < -25)).toEqual(before.filter(([marker]) => marker < -25));
      }),
    );
  });
});

describe('capCommonWords', () => {
  const word = (text: string, pages: number) => ({ text, entry: [text, Array.from({ length: pages }, () => [1, [-25, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]), 'extra'] });

  it('shortens only words on at least the given share of the pages, and passes other fields through', () => {
    const { words, capped, dropped } = capCommonWords([word('docker', 5), word('namespace', 1)], 10, { share: 0.5, positions: 3 });
    expect(capped).toBe(1);
    expect(dropped).toBe(5 * 7);
    expect(words[0]!.entry).toEqual(['docker', Array.from({ length: 5 }, () => [1, [-25, 1, 1, 1]]), 'extra']);
    expect(words[1]).toEqual(word('namespace', 1));
  });
});
