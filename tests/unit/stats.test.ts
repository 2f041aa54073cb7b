/** The statistics: reviews per day, retention, cards by state, the due forecast; and the review log behind them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendLog, dropLast, MAX_LOG, mergeLogs, parseLog, type LogLine } from '../../src/lib/review-log.ts';
import { previewDue, shortInterval } from '../../src/lib/schedule.ts';
import { cardsByState, dueForecast, retention, reviewsPerDay } from '../../src/lib/stats.ts';
import type { Progress } from '../../src/lib/progress.ts';

process.env['TZ'] = 'Europe/Berlin';
const now = new Date(2026, 11, 7, 10, 0);
const hoursAgo = (hours: number) => now.getTime() - hours * 3_600_000;
const record = (due: number, state: number) => ({ due, s: 3, d: 5, reps: 1, lapses: 0, state, steps: 0, days: 3, last: hoursAgo(1), first: hoursAgo(100) });

describe('statistics', () => {
  it('counts grades per study day, today last (a day starts at 4 a.m.)', () => {
    const log: LogLine[] = [[hoursAgo(1), 3, 2], [hoursAgo(2), 1, 0], [hoursAgo(8), 3, 2], [hoursAgo(30), 4, 2]];
    // 8 hours ago is 2 a.m., still yesterday's study day.
    expect(reviewsPerDay(log, now, 3)).toEqual([0, 2, 2]);
  });

  it('retention is the share of Good and Easy among cards in review, not those being learned', () => {
    const log: LogLine[] = [[hoursAgo(1), 3, 2], [hoursAgo(2), 4, 2], [hoursAgo(3), 1, 2], [hoursAgo(4), 1, 0], [hoursAgo(5), 2, 2]];
    expect(retention(log)).toEqual({ share: 0.5, reviews: 4 });
    expect(retention([]).share).toBeUndefined();
  });

  it('sorts the chosen entries by state and forecasts what falls due, overdue counted today', () => {
    const progress: Progress = { v: 2, cards: { a: record(hoursAgo(30), 2), b: record(now.getTime() + 30 * 3_600_000, 2), c: record(now.getTime(), 1), z: record(now.getTime(), 2) } };
    expect(cardsByState(progress, ['a', 'b', 'c', 'd'])).toEqual({ new: 1, learning: 1, review: 2 });
    expect(dueForecast(progress, ['a', 'b', 'c', 'd'], now, 3)).toEqual([2, 1, 0]);
  });
});

describe('the review log', () => {
  it('keeps valid lines, drops anything else and counts it', () => {
    const text = JSON.stringify([[hoursAgo(1), 3, 2], [1e308, 3, 2], ['x', 1, 0], [hoursAgo(2), 5, 0], [hoursAgo(3), 1, 9], 'junk']);
    expect(parseLog(text, now.getTime())).toEqual({ log: [[hoursAgo(1), 3, 2]], dropped: 5 });
    expect(parseLog('{not json', now.getTime())).toEqual({ log: [], dropped: 1 });
  });

  it('never crashes on anything stored, and keeps at most MAX_LOG lines', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const { log } = parseLog(JSON.stringify(value), now.getTime());
      expect(log.length).toBeLessThanOrEqual(MAX_LOG);
    }));
    const long = Array.from({ length: MAX_LOG + 10 }, (_, index): LogLine => [hoursAgo(1) + index, 3, 2]);
    expect(appendLog(long, [now.getTime(), 4, 2])).toHaveLength(MAX_LOG);
  });

  it('undo takes back the last line; an import merges both logs in time order, each line once', () => {
    const a: LogLine = [hoursAgo(3), 3, 2];
    const b: LogLine = [hoursAgo(2), 1, 0];
    const c: LogLine = [hoursAgo(1), 4, 2];
    expect(dropLast([a, b])).toEqual([a]);
    expect(mergeLogs([a, c], [b, a])).toEqual([a, b, c]);
  });
});

describe('grade buttons', () => {
  it('preview when each grade brings a new card back, from ts-fsrs: Again soonest, Easy latest', () => {
    const [again, hard, good, easy] = previewDue(undefined, now).map((due) => due - now.getTime());
    expect(again!).toBeLessThan(hard!);
    expect(hard!).toBeLessThanOrEqual(good!);
    expect(good!).toBeLessThan(easy!);
  });

  it('write a wait as Anki does', () => {
    expect([30_000, 10 * 60_000, 3 * 3_600_000, 4 * 86_400_000, 75 * 86_400_000, 440 * 86_400_000].map(shortInterval)).toEqual(['<1m', '10m', '3h', '4d', '2.5mo', '1.2y']);
  });
});
