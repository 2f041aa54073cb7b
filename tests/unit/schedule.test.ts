/** FSRS scheduling with fixed clocks: intervals, the session queue, the daily limit, time zones and daylight saving. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERSION, type Progress } from '../../src/lib/progress.ts';
import { comesBackThisSession, dueSummary, gradeRecord, sessionQueue, studyDay } from '../../src/lib/schedule.ts';

const DAY = 86_400_000;
const progressOf = (cards: Progress['cards']): Progress => ({ v: VERSION, cards });
let zone: string | undefined;
beforeEach(() => (zone = process.env['TZ']));
afterEach(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

describe('grading with FSRS', () => {
  it('makes each interval longer while the learner keeps answering Good', () => {
    let now = new Date('2026-01-05T09:00:00Z');
    let record = gradeRecord(undefined, 3, now);
    const intervals: number[] = [];
    for (let review = 0; review < 6; review++) {
      now = new Date(record.due);
      const next = gradeRecord(record, 3, now);
      intervals.push(next.due - now.getTime());
      record = next;
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals.at(-1)!).toBeGreaterThan(30 * DAY);
  });

  it('brings a card answered Again back in this session, and one answered Easy days later', () => {
    const now = new Date('2026-01-05T09:00:00Z');
    const again = gradeRecord(undefined, 1, now);
    expect(comesBackThisSession(again, now)).toBe(true);
    const easy = gradeRecord(undefined, 4, now);
    expect(comesBackThisSession(easy, now)).toBe(false);
    expect(easy.due - now.getTime()).toBeGreaterThanOrEqual(DAY);
  });

  it('a lapse in review counts and shortens the interval', () => {
    let now = new Date('2026-01-05T09:00:00Z');
    let record = gradeRecord(undefined, 4, now);
    now = new Date(record.due);
    record = gradeRecord(record, 3, now);
    const good = record.due - now.getTime();
    now = new Date(record.due);
    const lapsed = gradeRecord(record, 1, now);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - now.getTime()).toBeLessThan(good);
    expect(lapsed.first).toBe(new Date('2026-01-05T09:00:00Z').getTime());
  });
});

describe('the session queue', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const reviewed = (due: number) => ({ ...gradeRecord(undefined, 3, new Date(now.getTime() - 30 * DAY)), due, first: now.getTime() - 30 * DAY });

  it('shows due cards first, most overdue first, then new cards in deck order', () => {
    const progress = progressOf({ b: reviewed(now.getTime() - DAY), c: reviewed(now.getTime() - 3 * DAY), d: reviewed(now.getTime() + DAY) });
    expect(sessionQueue(['a', 'b', 'c', 'd', 'e'], progress, now, 10)).toEqual(['c', 'b', 'a', 'e']);
  });

  it('adds new cards only up to the daily limit, counting those already started today', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    expect(sessionQueue(ids, progressOf({}), now, 10)).toHaveLength(10);
    const startedToday = { ...gradeRecord(undefined, 3, now), first: now.getTime() - 60_000 };
    const progress = progressOf({ x: startedToday, y: startedToday, z: startedToday });
    expect(sessionQueue(ids, progress, now, 10)).toHaveLength(7);
    expect(sessionQueue(ids, progress, now, 0)).toEqual([]);
  });

  it('counts what is due before the study day ends and says when the next card is due', () => {
    process.env['TZ'] = 'UTC';
    const later = now.getTime() + 5 * 3_600_000;
    const progress = progressOf({ a: reviewed(now.getTime() - 1), b: reviewed(later), c: reviewed(now.getTime() + 2 * DAY) });
    expect(dueSummary(['a', 'b', 'c'], progress, now)).toEqual({ today: 2, next: new Date(later) });
  });
});

describe('study days in the learner’s time zone', () => {
  it('starts a day at 4 a.m. local time, so 1 a.m. still belongs to the evening before', () => {
    process.env['TZ'] = 'Asia/Tokyo';
    const { start, end } = studyDay(new Date('2026-06-01T16:00:00Z')); // 01:00 on 2 June in Tokyo
    expect(start.toISOString()).toBe('2026-05-31T19:00:00.000Z'); // 04:00 on 1 June in Tokyo
    expect(end.toISOString()).toBe('2026-06-01T19:00:00.000Z');
  });

  it('is 23 hours long on the spring daylight-saving day and 25 in autumn', () => {
    process.env['TZ'] = 'America/New_York';
    // Clocks jump from 2:00 to 3:00 on 8 March 2026; at 1:00 that night the study day of 7 March is still running.
    const spring = studyDay(new Date('2026-03-08T06:00:00Z'));
    expect(spring.start.toISOString()).toBe('2026-03-07T09:00:00.000Z'); // 04:00 EST
    expect(spring.end.toISOString()).toBe('2026-03-08T08:00:00.000Z'); // 04:00 EDT
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
    const autumn = studyDay(new Date('2026-11-01T05:00:00Z')) // 1:00 EDT, before clocks fall back;
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3_600_000);
  });

  it('counts a card first practised late last night toward yesterday’s limit', () => {
    process.env['TZ'] = 'Europe/Berlin';
    const ids = Array.from({ length: 20 }, (_, i) => `n${i}`);
    const lateNight = new Date('2026-02-02T01:30:00Z'); // 02:30 in Berlin: still 1 February's study day
    const progress = progressOf({ x: gradeRecord(undefined, 3, lateNight) });
    expect(sessionQueue(ids, progress, new Date('2026-02-02T02:00:00Z'), 5)).toHaveLength(4);
    expect(sessionQueue(ids, progress, new Date('2026-02-02T08:00:00Z'), 5)).toHaveLength(5);
  });
});
