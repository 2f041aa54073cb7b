/** A plan to an interview date: new cards a day, their order, and the reviews FSRS schedules on top. */
import { describe, expect, it } from 'vitest';
import { makePlan, newCardOrder, studyDaysUntil, type PlanCard } from '../../src/lib/plan.ts';
import { gradeRecord } from '../../src/lib/schedule.ts';
import type { Progress } from '../../src/lib/progress.ts';

process.env['TZ'] = 'Europe/Berlin';
const now = new Date(2026, 11, 7, 10, 0); // Monday 7 December, 10:00
const card = (id: string, topic: string, asked = 0, level = 'basic'): PlanCard => ({ id, topic, level, asked });
const empty: Progress = { v: 2, cards: {} };

describe('studyDaysUntil', () => {
  it('counts the study days from today up to the interview day', () => {
    expect(studyDaysUntil('2026-12-14', now)).toBe(7);
    expect(studyDaysUntil('2026-12-08', now)).toBe(1);
  });
  it('leaves at least today, also for a date already past or garbage', () => {
    expect(studyDaysUntil('2026-12-01', now)).toBe(1);
    expect(studyDaysUntil('not a date', now)).toBe(1);
  });
});

describe('newCardOrder', () => {
  it('puts the most-asked first, basic before advanced on a tie', () => {
    const ordered = newCardOrder([card('a', 'x', 1), card('b', 'y', 9), card('c', 'z', 1, 'advanced'), card('d', 'w', 1)]);
    expect(ordered.map((c) => c.id)).toEqual(['b', 'a', 'd', 'c']);
  });
  it('mixes topics instead of one topic after another', () => {
    const ordered = newCardOrder([card('a1', 'a', 5), card('a2', 'a', 5), card('a3', 'a', 5), card('b1', 'b', 4), card('b2', 'b', 4)]);
    const topics = ordered.map((c) => c.topic);
    expect(topics).toEqual(['a', 'b', 'a', 'b', 'a']);
  });
});

describe('makePlan', () => {
  const cards = Array.from({ length: 70 }, (_, index) => card(`c${index}`, `t${index % 7}`, index % 5));

  it('spreads the new cards over the days left, so all are seen before the interview', () => {
    const plan = makePlan(cards, empty, '2026-12-14', now);
    expect(plan).toMatchObject({ days: 7, fresh: 70, newPerDay: 10 });
    expect(plan.newPerDay * plan.days).toBeGreaterThanOrEqual(plan.fresh);
  });

  it('counts only the entries not practised yet', () => {
    const practised: Progress = { v: 2, cards: Object.fromEntries(cards.slice(0, 40).map((c) => [c.id, gradeRecord(undefined, 3, new Date(2026, 11, 1))])) };
    expect(makePlan(cards, practised, '2026-12-14', now)).toMatchObject({ fresh: 30, newPerDay: 5 });
  });

  it('forecasts the reviews FSRS schedules on each day: each new card comes back, and days fill up', () => {
    const plan = makePlan(cards, empty, '2026-12-14', now);
    expect(plan.reviews).toHaveLength(7);
    // Every card learned is answered at least once more on its first day (a learning step).
    expect(plan.reviews[0]).toBeGreaterThanOrEqual(10);
    expect(plan.reviews.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(70);
  });
});
