/** Home page: the reader's practice progress, and a fresh random question on each click. */
import { describeProgress, parseProgress, STORAGE_KEY } from '../lib/progress';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const cards = fetch(`${base}practice.json`).then((response) => response.json() as Promise<{ url: string }[]>);

const progressLine = document.querySelector<HTMLElement>('[data-progress]');
if (progressLine) {
  cards.then((list) => {
    const text = describeProgress(parseProgress(localStorage.getItem(STORAGE_KEY)), list.length);
    if (text) {
      progressLine.textContent = text;
      progressLine.hidden = false;
    }
  }, () => undefined);
}

document.querySelector<HTMLAnchorElement>('[data-random]')?.addEventListener('click', async (event) => {
  event.preventDefault();
  const list = await cards.catch(() => []);
  const pick = list[Math.floor(Math.random() * list.length)];
  window.location.href = pick?.url ?? (event.currentTarget as HTMLAnchorElement).href;
});
