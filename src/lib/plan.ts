/**
 * A plan to an interview date: how many new cards a day cover every chosen
 * entry by then, in which order (the most-asked first, topics mixed), and
 * the reviews FSRS will schedule on top, simulated with the scheduler itself
 * (every card answered Good). Pure: the clock is an argument.
 */
import { NEW, type Progress } from './progress';
import { gradeRecord, studyDay } from './schedule';

export interface PlanCard {
  id: string;
  topic: string;
  level: string;
  /** How many interview-question banks ask it (content/survey/). */
  asked: number;
}

export interface Plan {
  /** Study days from today up to the interview day (it is left for a last look). */
  days: number;
  /** New entries not yet practised, and how many a day cover them in time. */
  fresh: number;
  newPerDay: number;
  /** Reviews FSRS would schedule on each of those days, if every card were answered Good. */
  reviews: number[];
}

const LEVEL_ORDER: Record<string, number> = { basic: 0, intermediate: 1, advanced: 2 };
const DAY = 86_400_000;

/** Study days from the one holding `now` up to (not including) the interview's; at least 1. */
export function studyDaysUntil(interview: string, now: Date): number {
  const [year, month, day] = interview.split('-').map(Number);
  if (!year || !month || !day) return 1;
  const interviewDay = studyDay(new Date(year, month - 1, day, 12)).start;
  const today = studyDay(now).start;
  return Math.max(1, Math.round((interviewDay.getTime() - today.getTime()) / DAY));
}

/**
 * New cards in the order to learn them: the most-asked first, basic before
 * advanced on a tie, and topics mixed: the next card is the best one whose
 * topic differs from the last one's among the next few.
 */
export function newCardOrder<Card extends PlanCard>(cards: readonly Card[]): Card[] {
  const ranked = [...cards].sort((a, b) => b.asked - a.asked || (LEVEL_ORDER[a.level] ?? 1) - (LEVEL_ORDER[b.level] ?? 1) || a.id.localeCompare(b.id));
  const ordered: Card[] = [];
  while (ranked.length) {
    const last = ordered.at(-1)?.topic;
    const index = Math.max(0, ranked.slice(0, 5).findIndex((card) => card.topic !== last));
    ordered.push(...ranked.splice(index, 1));
  }
  return ordered;
}

export function makePlan(cards: readonly PlanCard[], progress: Progress, interview: string, now: Date): Plan {
  const days = studyDaysUntil(interview, now);
  const fresh = newCardOrder(cards.filter((card) => !progress.cards[card.id] || progress.cards[card.id]!.state === NEW));
  const newPerDay = Math.ceil(fresh.length / days);
  return { days, fresh: fresh.length, newPerDay, reviews: forecastReviews(cards, progress, fresh, newPerDay, days, now) };
}

/**
 * Day by day: the day's new cards are seen once (Good), then every card due
 * before the day ends is answered Good, again until none is due that day
 * (learning steps bring a card back within minutes). Each of those answers
 * counts as a review.
 */
function forecastReviews(cards: readonly PlanCard[], progress: Progress, fresh: readonly PlanCard[], newPerDay: number, days: number, now: Date): number[] {
  const records = new Map(cards.flatMap((card) => (progress.cards[card.id] && progress.cards[card.id]!.state !== NEW ? [[card.id, progress.cards[card.id]!] as const] : [])));
  const reviews: number[] = [];
  let next = 0;
  for (let day = 0; day < days; day++) {
    const start = studyDay(new Date(now.getTime() + day * DAY)).start.getTime();
    const end = start + DAY;
    let count = 0;
    for (const card of fresh.slice(next, next + newPerDay)) records.set(card.id, gradeRecord(undefined, 3, new Date(Math.max(start, now.getTime()))));
    next += newPerDay;
    // A card answered now may be due again later the same day (learning steps): keep going until none is.
    for (let pass = 0; pass < 10; pass++) {
      const due = [...records].filter(([, record]) => record.due < end);
      if (!due.length) break;
      for (const [id, record] of due) {
        count++;
        records.set(id, gradeRecord(record, 3, new Date(Math.max(record.due, start, now.getTime()))));
      }
    }
    reviews.push(count);
  }
  return reviews;
}
