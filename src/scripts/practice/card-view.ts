/** The card on screen: front (question, topic, level), and once revealed our short answer, the grades and the key points. */
import { GRADES, type GradeNumber } from '../../lib/schedule';
import { questionUrl } from '../../lib/urls';
import { current, type Session } from '../../lib/session';
import { prefetchBack, showBack } from './answer';
import { titleOf, type Deck } from './deck';
import { announce, button, el } from './dom';
import { startTimer } from './timer';

export interface CardActions {
  reveal(): void;
  grade(value: GradeNumber): void;
  skip(): void;
  undo(): void;
  end(): void;
  keys(): void;
}

let stopTimer = () => {};

/** `intervals`: when each grade would bring the card back ("10m", "3d"), shown on its button. */
export function renderCard(area: HTMLElement, deck: Deck, session: Session, actions: CardActions, focus: 'title' | 'answer', intervals: string[] = []): void {
  stopTimer();
  const card = deck.byId.get(current(session)!)!;
  const position = `${session.mode === 'interview' ? 'Question' : 'Card'} ${session.results.length + 1} of ${session.results.length + session.queue.length}`;
  const title = el('h2', { tabIndex: -1, id: 'practice-card-title' }, titleOf(deck, card.id));
  const meta = el('p', { className: 'meta' }, el('span', {}, position), el('span', {}, deck.topicTitle.get(card.topic) ?? card.topic), el('span', { className: `level level-${card.level}` }, card.level), el('span', {}, card.kind === 'question' ? 'Interview question' : 'Study note'));
  area.replaceChildren(meta, title);
  if (session.mode === 'interview') {
    const timer = el('p', { className: 'timer', role: 'timer' });
    area.append(timer);
    stopTimer = startTimer(timer, session);
  }
  if (!session.revealed) {
    area.append(el('p', { className: 'card-actions' }, button('Show the answer', actions.reveal, { className: 'icon-button primary', ariaKeyShortcuts: 'Space Enter' })));
  } else {
    const summary = el('p', {}, 'Loading…');
    const short = el('div', { className: 'short-answer', tabIndex: -1 }, el('strong', {}, 'Short answer'), summary);
    const grades = el('div', { className: 'grades', role: 'group', ariaLabel: 'How well did you know it?' },
      ...GRADES.map((label, index) => {
        const grade = button(`${index + 1} ${label}`, () => actions.grade((index + 1) as GradeNumber), { ariaKeyShortcuts: String(index + 1), dataset: { grade: String(index + 1) } });
        const wait = intervals[index];
        if (wait) grade.append(' ', el('span', { className: 'interval' }, el('span', { className: 'visually-hidden' }, 'back in '), wait));
        return grade;
      }));
    const heading = el('h3', {}, 'Key points');
    const full = el('div', { className: 'answer' }, 'Loading…');
    area.append(short, el('p', { className: 'grades-label' }, 'How well did you know it?'), grades, heading, full, el('p', {}, el('a', { href: questionUrl(card.id) }, 'Read the whole answer on the entry’s page')));
    // Announced once filled, unless the reader has moved on to another card.
    void showBack(card.id, summary, full, heading).then((text) => summary.isConnected && announce(text));
    if (focus === 'answer') short.focus();
  }
  area.append(el('p', { className: 'card-actions secondary' },
    button('Skip', actions.skip, { ariaKeyShortcuts: 'S' }),
    button('Undo', actions.undo, { ariaKeyShortcuts: 'U', disabled: session.undo.length === 0 }),
    button('End session', actions.end, { ariaKeyShortcuts: 'Escape' }),
    button('Keys', actions.keys, { ariaKeyShortcuts: '?' })));
  if (focus === 'title') title.focus();
  const titled = deck.cardTitle.has(card.id);
  if (!session.revealed && titled) announce(`${position}: ${title.textContent}`);
  // The page is fetched as the front shows; a title its topic's file did not bring comes from it.
  void prefetchBack(card.id).then((fromPage) => {
    if (titled) return;
    if (!fromPage) return void (title.isConnected && !session.revealed && announce(`${position}: ${title.textContent}`));
    deck.cardTitle.set(card.id, fromPage);
    if (!title.isConnected) return;
    title.textContent = fromPage;
    if (!session.revealed) announce(`${position}: ${fromPage}`);
  });
}

export const stopCardTimer = () => stopTimer();
