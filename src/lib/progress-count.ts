/**
 * The light half of the progress store: its key and version, and counts per
 * list of entries. The home and topic pages load only this (progress.ts
 * holds validation, migration and merging, for the practice page).
 */
export const STORAGE_KEY = 'practice-progress';
export const VERSION = 2;

/** FSRS card states, as ts-fsrs numbers them. */
export const NEW = 0;
export const REVIEW = 2;

/** What counting needs of a stored record; anything else in storage is skipped. */
interface Countable {
  due: number;
  state: number;
}

export interface Counts {
  due: number;
  learning: number;
  known: number;
  total: number;
}

/** Over a list of entries: due now, still being learned, known (in review and not due). */
export function countProgress(progress: { cards: Record<string, Countable | undefined> }, ids: readonly string[], now = Date.now()): Counts {
  const unique = new Set(ids);
  const counts = { due: 0, learning: 0, known: 0, total: unique.size };
  for (const id of unique) {
    const record = progress.cards[id];
    if (!record || typeof record.due !== 'number' || !(record.state > NEW && record.state < 4)) continue;
    if (record.due <= now) counts.due++;
    else if (record.state === REVIEW) counts.known++;
    else counts.learning++;
  }
  return counts;
}

export function describeCounts({ due, learning, known, total }: Counts): string {
  return `${due} due · ${learning} learning · ${known} known of ${total}`;
}
