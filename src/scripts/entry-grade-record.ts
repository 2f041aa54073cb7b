/**
 * Records a grade given on an entry's page in the practice store (the same
 * store and review log as the practice page), and says when the entry comes
 * back, offering the next entry and any cards due.
 */
import { NEW, parseProgress, STORAGE_KEY, type Progress } from '../lib/progress';
import { appendLog, LOG_KEY, parseLog } from '../lib/review-log';
import { gradeRecord, GRADES, type GradeNumber } from '../lib/schedule';
import { url } from '../lib/urls';
import { dueIn } from '../lib/when';
import { readStored, STORAGE_NOTICES, writeStored } from './storage';

export function recordGrade(form: HTMLFormElement, grade: number): void {
  const id = (form.elements.namedItem('entry') as HTMLInputElement).value;
  const status = form.querySelector<HTMLElement>('[data-grade-status]')!;
  const stored = readStored(STORAGE_KEY);
  // The deck is not known here: records of other entries are kept as they are.
  const progress: Progress = parseProgress(stored.text).progress;
  const now = new Date();
  const record = gradeRecord(progress.cards[id], grade as GradeNumber, now);
  const log = appendLog(parseLog(readStored(LOG_KEY).text).log, [now.getTime(), grade, progress.cards[id]?.state ?? NEW]);
  const next = { ...progress, cards: { ...progress.cards, [id]: record } };
  const failed = writeStored(STORAGE_KEY, JSON.stringify(next)) ?? stored.problem;
  if (!failed) writeStored(LOG_KEY, JSON.stringify(log));
  const due = Object.values(next.cards).filter((card) => card.state !== NEW && card.due <= now.getTime()).length;
  const nextEntry = document.querySelector<HTMLAnchorElement>('.pager a[rel="next"]');
  status.replaceChildren(`Recorded ${GRADES[grade - 1]}: this entry comes back ${dueIn(record.due, now.getTime())}.${failed ? ` ${STORAGE_NOTICES[failed]}` : ''}`);
  if (nextEntry) status.append(' ', link(nextEntry.href, `Next: ${nextEntry.lastChild?.textContent ?? 'the next entry'}`));
  if (due) status.append(' ', link(url('practice/?start=review'), `Review the ${due} due ${due === 1 ? 'card' : 'cards'}`));
  status.hidden = false;
  status.focus();
}

function link(href: string, text: string): HTMLAnchorElement {
  return Object.assign(document.createElement('a'), { href, textContent: text });
}
