/**
 * One practice session as plain data: the cards still to show, whether the
 * current one is revealed, what happened so far and how to undo it. Pure
 * functions return a new session (and progress), so the page can keep the
 * session in history.state, where it survives a reload and Back even when
 * storage is blocked.
 */
import type { CardRecord, Progress } from './progress';
import { comesBackThisSession, gradeRecord, type GradeNumber } from './schedule';

export interface Result {
  id: string;
  /** A grade, or 0 when the card was skipped. */
  grade: GradeNumber | 0;
  /** Time spent on the card, from shown to graded. */
  ms: number;
}

export interface Session {
  mode: 'review' | 'interview';
  /** Cards still to show; the first is on screen. */
  queue: string[];
  /** How many cards the session started with, for "card 3 of 12". */
  size: number;
  revealed: boolean;
  results: Result[];
  /** When the card on screen and the session were first shown (ms). */
  shownAt: number;
  startedAt: number;
  /** Per action, what to put back: the queue before it and the entry's record before it (null: none). */
  undo: { queue: string[]; id: string; before: CardRecord | null; graded: boolean }[];
  /** The interview's URL parameters, to share or repeat it. */
  share?: string | undefined;
  ended?: boolean;
}

export function startSession(mode: Session['mode'], queue: string[], now: number, share?: string): Session {
  return { mode, queue, size: queue.length, revealed: false, results: [], shownAt: now, startedAt: now, undo: [], share };
}

export const current = (session: Session): string | undefined => (session.ended ? undefined : session.queue[0]);

export function reveal(session: Session): Session {
  return current(session) ? { ...session, revealed: true } : session;
}

/**
 * Grades the card on screen, only once its answer is revealed. In a review,
 * a card due again within the learn-ahead limit (Again, early learning
 * steps) goes back into the queue; an interview asks each question once.
 */
export function grade(session: Session, progress: Progress, value: GradeNumber, now: number): { session: Session; progress: Progress } {
  const id = current(session);
  if (!id || !session.revealed) return { session, progress };
  const before = progress.cards[id] ?? null;
  const record = gradeRecord(before ?? undefined, value, new Date(now));
  const again = session.mode === 'review' && comesBackThisSession(record, new Date(now));
  const queue = [...session.queue.slice(1), ...(again ? [id] : [])];
  return {
    progress: { ...progress, cards: { ...progress.cards, [id]: record } },
    session: {
      ...session, queue, revealed: false, shownAt: now,
      results: [...session.results, { id, grade: value, ms: now - session.shownAt }],
      undo: [...session.undo, { queue: session.queue, id, before, graded: true }],
    },
  };
}

/** Skips the card on screen for this session, without a grade. */
export function skip(session: Session, now: number): Session {
  const id = current(session);
  if (!id) return session;
  return {
    ...session, queue: session.queue.slice(1), revealed: false, shownAt: now,
    results: [...session.results, { id, grade: 0, ms: now - session.shownAt }],
    undo: [...session.undo, { queue: session.queue, id, before: null, graded: false }],
  };
}

/** Takes back the last grade or skip: the card returns to the screen and its record to what it was. */
export function undo(session: Session, progress: Progress, now: number): { session: Session; progress: Progress } {
  const last = session.undo.at(-1);
  if (!last || session.ended) return { session, progress };
  const cards = { ...progress.cards };
  if (last.graded) {
    if (last.before) cards[last.id] = last.before;
    else delete cards[last.id];
  }
  return {
    progress: { ...progress, cards },
    session: { ...session, queue: last.queue, revealed: false, shownAt: now, results: session.results.slice(0, -1), undo: session.undo.slice(0, -1) },
  };
}

export const end = (session: Session): Session => ({ ...session, ended: true });

/** The entries graded Again or Hard, to practise the missed ones. */
export function missed(session: Session): string[] {
  return [...new Set(session.results.filter((result) => result.grade === 1 || result.grade === 2).map((result) => result.id))];
}
