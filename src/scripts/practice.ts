/**
 * The practice page: pick topics, levels and a mode, then answer card by
 * card. "I knew it" and "Review again" are kept in localStorage.
 */
import { mark, parseProgress, STORAGE_KEY, type Progress } from '../lib/progress';

interface Card {
  id: string;
  title: string;
  summary: string;
  topic: string;
  level: string;
  url: string;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const setup = document.querySelector<HTMLFormElement>('[data-practice-setup]')!;
const area = document.querySelector<HTMLElement>('[data-practice-card]')!;
const INTERVIEW_LENGTH = 5;
const SECONDS_PER_QUESTION = 120;

let progress: Progress = parseProgress(localStorage.getItem(STORAGE_KEY));
const cards: Card[] = await fetch(`${base}practice.json`).then((response) => response.json());
setup.hidden = false;

setup.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(setup);
  const topics = new Set(form.getAll('topic'));
  const levels = new Set(form.getAll('level'));
  let deck = cards.filter((card) => topics.has(card.topic) && levels.has(card.level));
  if (form.get('review')) deck = deck.filter((card) => progress.review.includes(card.id));
  deck = shuffle(deck);
  const interview = form.get('mode') === 'interview';
  if (interview) deck = deck.slice(0, INTERVIEW_LENGTH);
  run(deck, interview);
});

function run(deck: Card[], interview: boolean): void {
  const results: { card: Card; knew: boolean }[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  setup.hidden = true;
  area.hidden = false;

  const show = (index: number) => {
    clearInterval(timer);
    const card = deck[index];
    if (!card) return finish();
    area.replaceChildren(
      element('p', { className: 'meta' }, `${interview ? 'Question' : 'Card'} ${index + 1} of ${deck.length} · ${card.level}`),
      element('h2', { tabIndex: -1 }, card.title),
    );
    if (interview) {
      const clock = element('p', { className: 'meta' }, '');
      let left = SECONDS_PER_QUESTION;
      const tick = () => (clock.textContent = `Time left: ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`);
      tick();
      timer = setInterval(() => (--left <= 0 ? reveal() : tick()), 1000);
      area.append(clock);
    }
    const revealButton = element('button', { className: 'icon-button', type: 'button' }, 'Show the answer');
    const reveal = () => {
      clearInterval(timer);
      revealButton.remove();
      const answer = element('div', { className: 'short-answer' }, '');
      answer.append(element('strong', {}, 'Short answer'), element('p', {}, card.summary), link(card.url, 'Read the full answer'));
      const knew = element('button', { className: 'icon-button', type: 'button' }, 'I knew it');
      const again = element('button', { className: 'icon-button', type: 'button' }, 'Review again');
      const answerWith = (value: boolean) => {
        progress = mark(progress, card.id, value);
        localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
        results.push({ card, knew: value });
        show(index + 1);
      };
      knew.addEventListener('click', () => answerWith(true));
      again.addEventListener('click', () => answerWith(false));
      area.append(answer, element('p', { className: 'home-actions' }, '', [knew, again]));
      knew.focus();
    };
    revealButton.addEventListener('click', reveal);
    area.append(revealButton);
    area.querySelector('h2')?.focus();
  };

  const finish = () => {
    const known = results.filter((result) => result.knew).length;
    const list = element('ul', {}, '');
    for (const result of results) {
      const item = element('li', {}, result.knew ? 'Knew it: ' : 'Review: ');
      item.append(link(result.card.url, result.card.title));
      list.append(item);
    }
    const again = element('button', { className: 'icon-button', type: 'button' }, 'Practise again');
    again.addEventListener('click', () => {
      area.hidden = true;
      setup.hidden = false;
    });
    area.replaceChildren(element('h2', { tabIndex: -1 }, deck.length ? `You knew ${known} of ${results.length}` : 'Nothing to practise with these choices'), list, again);
    area.querySelector('h2')?.focus();
  };

  show(0);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, text: string, children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.textContent = text;
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  return element('a', { href }, text);
}

function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
