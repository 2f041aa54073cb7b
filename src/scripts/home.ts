/** Home page: what is due today with a way straight into it, practice progress per topic, and a fresh random question on each click. */
import { STORAGE_KEY, VERSION } from '../lib/progress-count';
import { questionUrl, url } from '../lib/urls';
import './progress-display';

/** "12 due today", from the stored progress alone: nothing is fetched, and a reader with no progress sees nothing. */
function showDue(): void {
  const box = document.querySelector<HTMLElement>('[data-home-due]');
  let stored: { v?: number; cards?: Record<string, { due?: unknown; state?: unknown }> } | null = null;
  try {
    stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return;
  }
  if (!box || stored?.v !== VERSION || !stored.cards || typeof stored.cards !== 'object') return;
  const records = Object.values(stored.cards).filter((record) => record && typeof record.due === 'number' && record.state !== 0);
  if (!records.length) return;
  // A study day ends at 4 a.m., as on the practice page.
  const end = new Date();
  if (end.getHours() >= 4) end.setDate(end.getDate() + 1);
  end.setHours(4, 0, 0, 0);
  const due = records.filter((record) => (record.due as number) < end.getTime()).length;
  box.querySelector('[data-due-text]')!.textContent = due ? `${due} ${due === 1 ? 'card is' : 'cards are'} due today.` : 'Nothing is due today; new cards are waiting.';
  box.hidden = false;
}
try {
  showDue();
} catch {
  // Storage blocked: the home page stays as it is.
}

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
