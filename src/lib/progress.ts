/**
 * Practice progress, kept in the reader's browser: which entries they knew
 * and which they want to review again. Pure functions over a plain object,
 * so the rules are testable without a browser.
 */
export interface Progress {
  known: string[];
  review: string[];
}

export const STORAGE_KEY = 'practice-progress';

export function parseProgress(stored: string | null): Progress {
  try {
    const value = JSON.parse(stored ?? '') as Partial<Progress>;
    return { known: Array.isArray(value.known) ? value.known : [], review: Array.isArray(value.review) ? value.review : [] };
  } catch {
    return { known: [], review: [] };
  }
}

/** Records an answer: an entry is either known or to review, never both. */
export function mark(progress: Progress, id: string, knew: boolean): Progress {
  const known = progress.known.filter((other) => other !== id);
  const review = progress.review.filter((other) => other !== id);
  return knew ? { known: [...known, id], review } : { known, review: [...review, id] };
}

export function describeProgress(progress: Progress, total: number): string {
  if (progress.known.length + progress.review.length === 0) return '';
  return `Your practice so far: ${progress.known.length} of ${total} known, ${progress.review.length} to review again.`;
}
