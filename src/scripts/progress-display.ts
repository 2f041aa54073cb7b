/**
 * Progress per topic on the home and topic pages: due / learning / known of
 * total, read from localStorage only (each topic's entry ids are in its
 * element), so nothing is downloaded. The server renders "Not practised yet"
 * in the same line, so filling it in never moves the layout.
 */
import { countProgress, describeCounts, STORAGE_KEY, VERSION } from '../lib/progress-count';

try {
  const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
  // Only this version's records are counted; older ones are migrated when the practice page opens.
  if (stored?.v === VERSION && stored.cards && typeof stored.cards === 'object') {
    for (const element of document.querySelectorAll<HTMLElement>('[data-topic-progress]')) {
      const counts = countProgress(stored, element.dataset['topicProgress']!.split(' '));
      if (counts.due + counts.learning + counts.known) element.textContent = describeCounts(counts);
    }
  }
} catch {
  // Storage blocked or unreadable: the line keeps saying "Not practised yet".
}
