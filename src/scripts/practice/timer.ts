/**
 * The interview clock: time on this question and in total against two
 * minutes a question. At the limit it says "Time's up" and keeps counting.
 * Elapsed time comes from the session's timestamps, so it survives a reload.
 */
import type { Session } from '../../lib/session';
import { clock } from '../../lib/when';
import { announce } from './dom';

export const SECONDS_PER_QUESTION = 120;

export function startTimer(element: HTMLElement, session: Session): () => void {
  const limit = SECONDS_PER_QUESTION * 1000;
  const totalLimit = limit * session.size;
  let saidTimesUp = Date.now() - session.shownAt >= limit;
  const tick = () => {
    const now = Date.now();
    const question = now - session.shownAt;
    const total = now - session.startedAt;
    const over = question >= limit;
    element.classList.toggle('over', over);
    element.textContent = `${over ? 'Time’s up · ' : ''}This question ${clock(question)} of ${clock(limit)} · Total ${clock(total)} of ${clock(totalLimit)}`;
    if (over && !saidTimesUp) {
      saidTimesUp = true;
      announce('Time’s up for this question.');
    }
  };
  tick();
  const interval = setInterval(tick, 1000);
  return () => clearInterval(interval);
}
