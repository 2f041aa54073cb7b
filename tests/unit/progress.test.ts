/** Stored progress: validated on read, migrated from version 1, merged on import, counted per topic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countProgress, describeCounts, EARLIEST_TIME, LATEST_AHEAD_MS, mergeProgress, parseProgress, VERSION, type CardRecord } from '../../src/lib/progress.ts';
import { makePlan } from '../../src/lib/plan.ts';
import { dueSummary, gradeRecord, previewDue, sessionQueue, shortInterval, type GradeNumber } from '../../src/lib/schedule.ts';
import { cardsByState, dueForecast } from '../../src/lib/stats.ts';
import { dueIn } from '../../src/lib/when.ts';

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

describe('any stored or imported record', () => {
  /** Numbers a damaged or hostile record may hold, the edges included. */
  const anyNumber = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -0, 2 ** 53, 8.64e15, 8.64e15 + 1, EARLIEST_TIME - 1, 36_501, 10.5, 3.5, 4, -1),
    fc.integer({ min: EARLIEST_TIME - 86_400_000, max: now + 2 * LATEST_AHEAD_MS }),
    fc.double({ min: 0, max: 40_000, noNaN: true }),
  );
  const anyValue = fc.oneof({ weight: 6, arbitrary: anyNumber }, { weight: 1, arbitrary: fc.constantFrom(null, true, '5', [], {}) });
  const fields = ['due', 's', 'd', 'reps', 'lapses', 'state', 'steps', 'days', 'last', 'first'] as const;
  /** A valid record with any of its fields replaced by anything. */
  const anyRecord = fc
    .tuple(fc.constantFrom(record(), record({ state: 1, due: now + 60_000 }), record({ state: 3, lapses: 2 })), fc.dictionary(fc.constantFrom(...fields), anyValue))
    .map(([base, changes]) => ({ ...base, ...changes }));
  const stored = fc.dictionary(fc.constantFrom('a', 'b', 'c'), anyRecord).map((cards) => JSON.stringify({ v: VERSION, cards }));

  it('never throws, and keeps only records every part of the practice page can use', () => {
    fc.assert(
      fc.property(stored, fc.constantFrom<GradeNumber>(1, 2, 3, 4), (text, grade) => {
        const { progress, dropped } = parseProgress(text, deck, now);
        const stored = Object.keys((JSON.parse(text) as { cards: object }).cards).length;
        expect(Object.keys(progress.cards).length + dropped).toBe(stored);
        const ids = ['a', 'b', 'c'];
        // What the setup, the plan, the statistics, the summary and the home page show, and a grade given now.
        expect(() => sessionQueue(ids, progress, new Date(now), 10)).not.toThrow();
        const { next } = dueSummary(ids, progress, new Date(now));
        if (next) expect(dueIn(next.getTime(), now)).toMatch(/^(now|in .+|.+ ago|tomorrow|next .+)$/);
        countProgress(progress, ids, now);
        cardsByState(progress, ids);
        dueForecast(progress, ids, new Date(now));
        makePlan(ids.map((id) => ({ id, topic: 'images', level: 'basic', asked: 1 })), progress, '2026-01-14', new Date(now));
        for (const [id, card] of Object.entries(progress.cards)) {
          expect(dueIn(card.due, now)).toEqual(expect.any(String));
          // The grade buttons' "Good · 3d", from ts-fsrs's preview.
          for (const due of previewDue(card, new Date(now))) expect(shortInterval(due - now)).toMatch(/^(<1m|[\d.]+(m|h|d|mo|y))$/);
          const graded = gradeRecord(card, grade, new Date(now));
          // What grading writes is read back whole.
          expect(parseProgress(JSON.stringify({ v: VERSION, cards: { [id]: graded } }), deck, now).dropped, JSON.stringify(card)).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any text at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ v: VERSION, cards: value }))), (text) => {
        const { progress } = parseProgress(text, deck, now);
        for (const card of Object.values(progress.cards)) expect(() => dueIn(card.due, now)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('drops a due date of 1e308 (it made date formatting throw on every load), and dates before 2020 or a century ahead', () => {
    for (const bad of [{ due: 1e308 }, { due: now + 101 * 365.25 * 86_400_000 }, { last: Date.UTC(2019, 11, 31) }, { first: -1 }, { s: 1e300 }, { d: 11 }, { reps: 1.5 }, { lapses: 1e9 }, { days: 36_501 }, { steps: -1 }]) {
      const { progress, dropped } = parseProgress(JSON.stringify({ v: VERSION, cards: { a: record(bad), b: record() } }), deck, now);
      expect(Object.keys(progress.cards), JSON.stringify(bad)).toEqual(['b']);
      expect(dropped).toBe(1);
    }
  });

  it('keeps only the fields of a record, and never "__proto__" as an entry', () => {
    const text = `{"v":${VERSION},"cards":{"a":${JSON.stringify({ ...record(), note: 'x'.repeat(100) })},"__proto__":${JSON.stringify(record())}}}`;
    const { progress, dropped } = parseProgress(text, undefined, now);
    expect(progress.cards['a']).toEqual(record());
    expect(Object.getPrototypeOf(progress.cards)).toBe(Object.prototype);
    expect(dropped).toBe(1);
  });
});
