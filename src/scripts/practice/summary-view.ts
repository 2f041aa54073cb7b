/** The end of a session: each card with its grade and time, what is due next, and what to do now. */
import type { Progress } from '../../lib/progress';
import { dueSummary, GRADES } from '../../lib/schedule';
import { missed, type Session } from '../../lib/session';
import { clock, dueIn } from '../../lib/when';
import { questionUrl, url } from '../../lib/urls';
import { titleOf, type Deck } from './deck';
import { announce, button, el } from './dom';

export interface SummaryActions {
  practise(ids: string[]): void;
  restart(): void;
}

export function renderSummary(area: HTMLElement, deck: Deck, session: Session, progress: Progress, actions: SummaryActions): void {
  const graded = session.results.filter((result) => result.grade > 0);
  const tally = GRADES.map((label, index) => `${graded.filter((result) => result.grade === index + 1).length} ${label}`).join(', ');
  const skipped = session.results.length - graded.length;
  const heading = el('h2', { tabIndex: -1 }, session.results.length ? 'Session summary' : 'Session ended');
  const rows = session.results.map((result) => {
    const card = deck.byId.get(result.id);
    return el('tr', {}, el('td', {}, el('a', { href: card ? questionUrl(card.id) : url('/') }, titleOf(deck, result.id))), el('td', {}, result.grade ? GRADES[result.grade - 1]! : 'Skipped'), el('td', {}, clock(result.ms)));
  });
  const table = el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, session.mode === 'interview' ? 'Question' : 'Card'), el('th', { scope: 'col' }, 'Grade'), el('th', { scope: 'col' }, 'Time'))), el('tbody', {}, ...rows));
  const ids = deck.cards.map((card) => card.id);
  const { today, next } = dueSummary(ids, progress, new Date());
  const again = missed(session);
  const actionsRow = el('p', { className: 'card-actions' });
  if (again.length) actionsRow.append(button(`Practise the missed ones (${again.length})`, () => actions.practise(again), { className: 'icon-button primary' }));
  if (session.share) actionsRow.append(el('a', { className: 'icon-button', href: `${url('practice/')}?${session.share}` }, 'Repeat this interview'));
  actionsRow.append(button('New session', actions.restart));
  area.replaceChildren(
    heading,
    el('p', {}, `${graded.length} graded (${tally}), ${skipped} skipped, ${clock(Date.now() - session.startedAt)} in all.`),
    ...(rows.length ? [el('div', { className: 'table-wrap' }, table)] : []),
    el('p', {}, `${today} ${today === 1 ? 'card is' : 'cards are'} due today${next ? `; the next review is due ${dueIn(next.getTime(), Date.now())}` : ''}.`),
    actionsRow,
  );
  if (session.share) area.append(shareLink(session.share));
  heading.focus();
  announce('Session summary');
}

function shareLink(share: string): HTMLElement {
  const link = new URL(`${url('practice/')}?${share}`, location.href).href;
  return el('p', {}, el('label', { className: 'share' }, 'Share this interview: ', el('input', { type: 'text', readOnly: true, value: link })));
}
