/** Export to a file, import from one (merging by latest review), and reset, with a second click to confirm. */
import { mergeProgress, parseProgress, VERSION, type Progress } from '../../lib/progress';
import type { Deck } from './deck';

const root = document.querySelector<HTMLElement>('[data-progress-tools]')!;
const status = root.querySelector<HTMLElement>('[data-tools-status]')!;

export function initTools(deck: Deck, get: () => Progress, set: (progress: Progress) => void): void {
  root.querySelector('[data-export]')!.addEventListener('click', () => {
    const blob = new Blob([JSON.stringify(get(), null, 1)], { type: 'application/json' });
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `docker-interview-progress-${new Date().toISOString().slice(0, 10)}.json` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    status.textContent = `Exported ${Object.keys(get().cards).length} entries.`;
  });

  const input = root.querySelector<HTMLInputElement>('[data-import]')!;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const { progress, dropped } = parseProgress(await file.text(), new Set(deck.byId.keys()));
    const count = Object.keys(progress.cards).length;
    set(mergeProgress(get(), progress));
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
    set({ v: VERSION, cards: {} });
    delete reset.dataset['armed'];
    reset.textContent = 'Reset progress';
    status.textContent = 'Progress reset: every entry is new again.';
  });
  reset.addEventListener('blur', () => {
    delete reset.dataset['armed'];
    reset.textContent = 'Reset progress';
  });
}
