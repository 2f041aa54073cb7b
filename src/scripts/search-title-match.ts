/**
 * Among results that hold every query word, a question whose title is mostly
 * the reader's words moves up. Pagefind ranks by the whole page, so for
 * "alpine images" the long comparison of scratch and Alpine outscored the
 * entry titled "Alpine Images". Only the results already being shown are
 * reordered, so this costs no download.
 */
import { GLUE_WORDS } from './search-words';

/** Words almost every title has, which say nothing about which entry is meant. */
const TITLE_FILLER = new Set(['docker', 'explain', 'difference', 'between', ...GLUE_WORDS]);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}=_-]*/gu) ?? [];
}

/**
 * The same word for our purpose, without a stemmer: one starts the other
 * (layer, layers; restart, restarting) or they share their first five letters
 * (persist, persistence; communicate, communication).
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))) return true;
  return a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5);
}

/** The share of a title's meaningful words that the query asked for: 0 to 1. */
export function titleCoverage(title: string, query: string[]): number {
  const meaningful = words(title).filter((word) => !TITLE_FILLER.has(word));
  const asked = query.flatMap(words);
  if (!meaningful.length) return 0;
  return meaningful.filter((word) => asked.some((queryWord) => sameWord(queryWord, word))).length / meaningful.length;
}

/**
 * The first `complete` hits (those holding every query word) in order of
 * Pagefind's score times (1 + title coverage); the rest keep their places.
 */
export function preferTitleMatches<Hit extends { score: number; title: string }>(hits: Hit[], query: string[], complete: number): Hit[] {
  const weighed = (hit: Hit) => hit.score * (1 + titleCoverage(hit.title, query));
  const head = hits.slice(0, complete).sort((a, b) => weighed(b) - weighed(a));
  return [...head, ...hits.slice(complete)];
}
