/**
 * Spaced repetition with FSRS, through ts-fsrs (the scheduler modern Anki
 * uses). Pure: every function takes the clock as an argument, so the rules
 * are unit-tested with fixed times and time zones.
 */
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import { NEW, type CardRecord, type Progress } from './progress';

export const GRADES = ['Again', 'Hard', 'Good', 'Easy'] as const;
/** 1 Again, 2 Hard, 3 Good, 4 Easy: ts-fsrs's Rating numbers. */
export type GradeNumber = 1 | 2 | 3 | 4;
export const DEFAULT_NEW_PER_DAY = 10;
/** Like Anki's learn-ahead limit: a card due again within 20 minutes comes back in this session. */
export const LEARN_AHEAD_MS = 20 * 60_000;
/** A study day starts at 4 a.m. local time, as in Anki, so a late-night session belongs to the day it began. */
const DAY_STARTS_AT_HOUR = 4;

// Fuzz spreads reviews of cards learned together; ts-fsrs seeds it from the card and the time, so it stays deterministic.
const scheduler = fsrs(generatorParameters({ enable_fuzz: true }));

function toCard(record: CardRecord | undefined, now: Date): Card {
  if (!record) return createEmptyCard(now);
  return {
    due: new Date(record.due), stability: record.s, difficulty: record.d, reps: record.reps, lapses: record.lapses, state: record.state,
    // A review "after" now (a clock set back, progress imported from a device ahead) counts as now: ts-fsrs refuses negative elapsed time.
    learning_steps: record.steps, scheduled_days: record.days, elapsed_days: 0, last_review: new Date(Math.min(record.last, now.getTime())),
  };
}

/** The entry's record after a grade given at `now`. */
export function gradeRecord(record: CardRecord | undefined, grade: GradeNumber, now: Date): CardRecord {
  const card = scheduler.next(toCard(record, now), now, grade as Grade).card;
  return {
    due: card.due.getTime(), s: card.stability, d: card.difficulty, reps: card.reps, lapses: card.lapses, state: card.state,
    steps: card.learning_steps, days: card.scheduled_days, last: now.getTime(), first: record?.first ?? now.getTime(),
  };
}

/** When the study day holding `now` began and when the next one begins, in the reader's time zone (daylight saving included). */
export function studyDay(now: Date): { start: Date; end: Date } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate(), DAY_STARTS_AT_HOUR);
  if (start > now) start.setDate(start.getDate() - 1);
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1, DAY_STARTS_AT_HOUR);
  return { start, end };
}

/** How many entries were first practised during this study day. */
export function newToday(progress: Progress, now: Date): number {
  const { start } = studyDay(now);
  return Object.values(progress.cards).filter((record) => record.first >= start.getTime() && record.first <= now.getTime()).length;
}

/**
 * A session's cards: those due now, most overdue first, then new entries in
 * deck order, as many as today's limit still allows.
 */
export function sessionQueue(ids: readonly string[], progress: Progress, now: Date, newPerDay: number): string[] {
  const started = ids.filter((id) => progress.cards[id] && progress.cards[id]!.state !== NEW);
  const due = started.filter((id) => progress.cards[id]!.due <= now.getTime()).sort((a, b) => progress.cards[a]!.due - progress.cards[b]!.due);
  const fresh = ids.filter((id) => !progress.cards[id] || progress.cards[id]!.state === NEW);
  return [...due, ...fresh.slice(0, Math.max(0, newPerDay - newToday(progress, now)))];
}

/** Entries due before this study day ends, and the next due time after now. */
export function dueSummary(ids: readonly string[], progress: Progress, now: Date): { today: number; next: Date | undefined } {
  const { end } = studyDay(now);
  const dues = ids.map((id) => progress.cards[id]).filter((record) => record && record.state !== NEW).map((record) => record!.due);
  const later = dues.filter((due) => due > now.getTime());
  return { today: dues.filter((due) => due < end.getTime()).length, next: later.length ? new Date(Math.min(...later)) : undefined };
}

/** When each grade (Again, Hard, Good, Easy) would bring the card back, from ts-fsrs's own preview. */
export function previewDue(record: CardRecord | undefined, now: Date): number[] {
  const preview = scheduler.repeat(toCard(record, now), now);
  return ([1, 2, 3, 4] as const).map((grade) => preview[grade as Grade].card.due.getTime());
}

/** A wait as Anki writes it on its buttons: "<1m", "10m", "3h", "4d", "2.5mo", "1.2y". */
export function shortInterval(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 1) return '<1m';
  if (minutes < 60) return `${Math.round(minutes)}m`;
  if (minutes < 60 * 24) return `${Math.round(minutes / 60)}h`;
  const days = minutes / (60 * 24);
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${Number((days / 30).toFixed(1))}mo`;
  return `${Number((days / 365).toFixed(1))}y`;
}

export const comesBackThisSession = (record: CardRecord, now: Date) => record.due - now.getTime() <= LEARN_AHEAD_MS;
