/**
 * Progress per topic on the home and topic pages: due / learning / known of
 * the topic's entries. A reader with no progress downloads nothing; one with
 * progress fetches entry-topics.json (which ids each topic holds) once. The
 * server renders "Not practised yet" in the same line, so filling it in
 * never moves the layout.
 */
import { countProgress, describeCounts, STORAGE_KEY, VERSION } from '../lib/progress-count';
import { url } from '../lib/urls';

async function show(): Promise<void> {
  const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
  // Only this version's records are counted; older ones are migrated when the practice page opens.
  if (stored?.v !== VERSION || !stored.cards || typeof stored.cards !== 'object' || !Object.keys(stored.cards).length) return;
  const members = (await (await fetch(url('entry-topics.json'))).json()) as Record<string, string>;
  for (const element of document.querySelectorAll<HTMLElement>('[data-topic-progress]')) {
    const ids = members[element.dataset['topicProgress']!];
    if (!ids) continue;
    const counts = countProgress(stored, ids.split(' '));
    if (counts.due + counts.learning + counts.known) element.textContent = describeCounts(counts);
  }
}

// Storage blocked or unreadable, or offline without the list: the line keeps saying "Not practised yet".
show().catch(() => {});
