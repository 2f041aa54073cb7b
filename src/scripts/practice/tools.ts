/**
 * Export to a file, import from one (merging by latest review, and the
 * review logs line by line), and reset, with a second click to confirm.
 */
import { mergeProgress, parseProgress, VERSION, type Progress } from '../../lib/progress';
import { mergeLogs, parseLog, type LogLine } from '../../lib/review-log';
import type { Deck } from './deck';

interface Stored {
  progress: Progress;
  log: LogLine[];
}

const root = document.querySelector<HTMLElement>('[data-progress-tools]')!;
const status = root.querySelector<HTMLElement>('[data-tools-status]')!;

export function initTools(deck: Deck, get: () => Stored, set: (stored: Stored) => void): void {
  root.querySelector('[data-export]')!.addEventListener('click', () => {
    // The progress file as before, with the review log beside it (older files without one import too).
    const blob = new Blob([JSON.stringify({ ...get().progress, log: get().log }, null, 1)], { type: 'application/json' });
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `docker-interview-progress-${new Date().toISOString().slice(0, 10)}.json` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    status.textContent = `Exported ${Object.keys(get().progress.cards).length} entries.`;
  });

  const input = root.querySelector<HTMLInputElement>('[data-import]')!;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    const { progress, dropped } = parseProgress(text, new Set(deck.byId.keys()));
    const count = Object.keys(progress.cards).length;
    set({ progress: mergeProgress(get().progress, progress), log: mergeLogs(get().log, importedLog(text)) });
    status.textContent = count || !dropped
      ? `Imported ${count} ${count === 1 ? 'entry' : 'entries'}, keeping each entry's latest review${dropped ? `; ${dropped} unknown or damaged items were dropped` : ''}.`
      : 'That file holds no progress for this site, so nothing was imported.';
    input.value = '';
  });

  const reset = root.querySelector<HTMLButtonElement>('[data-reset]')!;
  reset.addEventListener('click', () => {
    if (reset.dataset['armed'] !== 'true') {
      reset.dataset['armed'] = 'true';
      reset.textContent = 'Click again to erase all progress';
      return;
    }
    set({ progress: { v: VERSION, cards: {} }, log: [] });
    delete reset.dataset['armed'];
    reset.textContent = 'Reset progress';
    status.textContent = 'Progress reset: every entry is new again.';
  });
  reset.addEventListener('blur', () => {
    delete reset.dataset['armed'];
    reset.textContent = 'Reset progress';
  });
}

/** The review log inside an exported file, if it has one. */
function importedLog(text: string): LogLine[] {
  try {
    const log = (JSON.parse(text) as { log?: unknown } | null)?.log;
    return log === undefined ? [] : parseLog(JSON.stringify(log)).log;
  } catch {
    return [];
  }
}
