/**
 * The statistics of the practice page, as Anki users expect them: reviews
 * per day, retention (the share of reviews answered Good or Easy), cards by
 * state, and how many fall due on each of the next days. Pure.
 */
import { NEW, REVIEW, type Progress } from './progress';
import type { LogLine } from './review-log';
import { studyDay } from './schedule';

const DAY = 86_400_000;

/** Grades given on each of the last `days` study days, oldest first (today last). */
export function reviewsPerDay(log: readonly LogLine[], now: Date, days = 14): number[] {
  const today = studyDay(now).start.getTime();
  const counts = new Array<number>(days).fill(0);
  for (const [time] of log) {
    const index = days - 1 - Math.floor((today + DAY - 1 - time) / DAY);
    if (time <= now.getTime() && index >= 0 && index < days) counts[index]!++;
  }
  return counts;
}

/** Of the grades given to cards in review (not being learned), the share of Good and Easy; undefined before any. */
export function retention(log: readonly LogLine[]): { share: number | undefined; reviews: number } {
  const reviews = log.filter(([, , state]) => state === REVIEW);
  return { share: reviews.length ? reviews.filter(([, grade]) => grade >= 3).length / reviews.length : undefined, reviews: reviews.length };
}

/** Among the chosen entries: not yet seen, being learned (or relearned), in review. */
export function cardsByState(progress: Progress, ids: readonly string[]): { new: number; learning: number; review: number } {
  const counts = { new: 0, learning: 0, review: 0 };
  for (const id of ids) {
    const record = progress.cards[id];
    if (!record || record.state === NEW) counts.new++;
    else if (record.state === REVIEW) counts.review++;
    else counts.learning++;
  }
  return counts;
}

/** How many cards fall due on each of the next `days` study days; today counts what is overdue too. */
export function dueForecast(progress: Progress, ids: readonly string[], now: Date, days = 14): number[] {
  const today = studyDay(now).start.getTime();
  const counts = new Array<number>(days).fill(0);
  for (const id of ids) {
    const record = progress.cards[id];
    if (!record || record.state === NEW) continue;
    const index = Math.max(0, Math.floor((record.due - today) / DAY));
    if (index < days) counts[index]!++;
  }
  return counts;
}
