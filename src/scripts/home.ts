/** Home page: practice progress per topic, and a fresh random question on each click. */
import { questionUrl, url } from '../lib/urls';
import './progress-display';

document.querySelector<HTMLAnchorElement>('[data-random]')?.addEventListener('click', async (event) => {
  event.preventDefault();
  const fallback = (event.currentTarget as HTMLAnchorElement).href;
  // Every entry's id, by topic (entry-topics.json.ts), fetched only when asked for a random question.
  const ids = await fetch(url('entry-topics.json'))
    .then((response) => response.json() as Promise<Record<string, string>>)
    .then((topics) => Object.values(topics).join(' ').split(' ').filter(Boolean))
    .catch(() => []);
  const pick = ids[Math.floor(Math.random() * ids.length)];
  window.location.href = pick ? questionUrl(pick) : fallback;
});
