/** Home page: practice progress per topic, and a fresh random question on each click. */
import { url } from '../lib/urls';
import './progress-display';

document.querySelector<HTMLAnchorElement>('[data-random]')?.addEventListener('click', async (event) => {
  event.preventDefault();
  const fallback = (event.currentTarget as HTMLAnchorElement).href;
  // The deck is fetched only when asked for a random question.
  const deck = await fetch(url('practice.json'))
    .then((response) => response.json() as Promise<{ cards: { url: string }[] }>)
    .catch(() => ({ cards: [] }));
  const pick = deck.cards[Math.floor(Math.random() * deck.cards.length)];
  window.location.href = pick?.url ?? fallback;
});
