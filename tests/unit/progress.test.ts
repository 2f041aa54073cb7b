/** Stored progress: validated on read, migrated from version 1, merged on import, counted per topic. */
import { describe, expect, it } from 'vitest';
import { countProgress, describeCounts, mergeProgress, parseProgress, VERSION, type CardRecord } from '../../src/lib/progress.ts';

const now = Date.UTC(2026, 0, 10, 12);
const record = (over: Partial<CardRecord> = {}): CardRecord => ({ due: now + 86_400_000, s: 3, d: 5, reps: 2, lapses: 0, state: 2, steps: 0, days: 1, last: now - 1000, first: now - 5000, ...over });
const deck = new Set(['a', 'b', 'c']);

describe('parseProgress', () => {
  it('reads what it writes', () => {
    const stored = { v: VERSION, cards: { a: record(), b: record({ state: 1 }) } };
    expect(parseProgress(JSON.stringify(stored), deck)).toEqual({ progress: stored, dropped: 0 });
  });
  it('drops unknown ids and records of the wrong shape, and says how many', () => {
    const stored = { v: VERSION, cards: { a: record(), zzz: record(), b: { ...record(), due: 'soon' }, c: { ...record(), state: 9 }, d: 42 } };
    const { progress, dropped } = parseProgress(JSON.stringify(stored), deck);
    expect(Object.keys(progress.cards)).toEqual(['a']);
    expect(dropped).toBe(4);
  });
  it('drops foreign data, unreadable text and unknown versions whole', () => {
    for (const text of ['[1,2,3]', '"hello"', '{"v":99,"cards":{}}', '{"theme":"dark"}', 'not json', '{"v":2,"cards":[]}']) {
      const { progress, dropped } = parseProgress(text, deck);
      expect(progress.cards, text).toEqual({});
      expect(dropped, text).toBe(1);
    }
    expect(parseProgress(null)).toEqual({ progress: { v: VERSION, cards: {} }, dropped: 0 });
  });
  it('migrates version 1: known entries are scheduled later, entries to review are due now, duplicates count once', () => {
    const v1 = JSON.stringify({ known: ['a', 'a', 'b', 'unknown-id'], review: ['b', 7, 'c'] });
    const { progress, dropped } = parseProgress(v1, deck, now);
    expect(Object.keys(progress.cards).sort()).toEqual(['a', 'b', 'c']);
    expect(progress.cards['a']!.due).toBeGreaterThan(now);
    expect(progress.cards['b']!.due).toBe(now);
    expect(dropped).toBe(4); // the second "a", "b" listed twice, 7, and the unknown id
  });
});

describe('counting progress', () => {
  it('puts each entry in one bucket, once, and never counts beyond the list', () => {
    const progress = { v: VERSION, cards: { a: record({ due: now - 1 }), b: record({ state: 1, due: now + 60_000 }), c: record(), x: record() } } as const;
    const counts = countProgress(progress, ['a', 'b', 'c', 'd', 'a'], now);
    expect(counts).toEqual({ due: 1, learning: 1, known: 1, total: 4 });
    expect(countProgress(progress, ['a', 'b', 'c', 'd'], now).total).toBe(4);
    expect(describeCounts(countProgress(progress, ['a', 'b', 'c', 'd'], now))).toBe('1 due · 1 learning · 1 known of 4');
  });
});

describe('mergeProgress (import)', () => {
  it('keeps, per entry, the record with the latest review', () => {
    const ours = { v: VERSION, cards: { a: record({ last: now, reps: 5 }), b: record({ last: now - 10 }) } } as const;
    const theirs = { v: VERSION, cards: { a: record({ last: now - 99, reps: 1 }), b: record({ last: now, reps: 9 }), c: record() } } as const;
    const merged = mergeProgress(ours, theirs);
    expect(merged.cards['a']!.reps).toBe(5);
    expect(merged.cards['b']!.reps).toBe(9);
    expect(Object.keys(merged.cards).sort()).toEqual(['a', 'b', 'c']);
  });
  it('an exported file imported into empty progress gives the same progress', () => {
    const ours = { v: VERSION, cards: { a: record(), b: record({ state: 3 }) } } as const;
    const exported = JSON.stringify(ours);
    expect(mergeProgress({ v: VERSION, cards: {} }, parseProgress(exported, deck).progress)).toEqual(ours);
  });
});
