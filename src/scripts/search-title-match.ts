/**
 * Among results that hold every query word, a question whose title (or one of
 * its other phrasings) is mostly the reader's words moves up. Pagefind ranks by the whole page, so for
 * "alpine images" the long comparison of scratch and Alpine outscored the
 * entry titled "Alpine Images". Only the results already being shown are
 * reordered, so this costs no download.
 */
import { GLUE_WORDS } from './search-words';

/** Words almost every title has, which say nothing about which entry is meant. */
const TITLE_FILLER = new Set(['docker', 'explain', 'difference', 'between', ...GLUE_WORDS]);

/** Words of a text; "can't" and "container's" count as "cant" and "container". */
function words(text: string): string[] {
  const plain = text.toLowerCase().replace(/['’]s\b/g, '').replace(/['’]/g, '');
  return plain.match(/[\p{L}\p{N}][\p{L}\p{N}=_-]*/gu) ?? [];
}

/** Endings of one word in other forms; "er" is not one (user is not use). */
const ENDINGS = ['ations', 'ation', 'ments', 'ment', 'ions', 'ion', 'ings', 'ing', 'ence', 'ance', 'ies', 'es', 'ed', 's', 'e'];

/** A word and the word without each ending it may have: images -> images, image, imag. */
function stems(word: string): string[] {
  const bases = ENDINGS.filter((end) => word.endsWith(end) && word.length - end.length >= 2).map((end) => {
    const base = word.slice(0, -end.length);
    // running -> runn -> run, stopped -> stop; but keep "install", "access".
    return /([^aeiouls])\1$/.test(base) ? base.slice(0, -1) : base;
  });
  return [word, ...bases];
}

/** The same word in other forms (layer, layers; restart, restarting; communicate, communication). */
export function sameWord(a: string, b: string): boolean {
  const forms = new Set(stems(a));
  return stems(b).some((form) => forms.has(form));
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
 * Pagefind's score times (1 + title coverage), full coverage when the query
 * is one of the question's other phrasings; the rest keep their places.
 */
export function preferTitleMatches<Hit extends { score: number; title: string; aliases?: string[] }>(hits: Hit[], query: string[], complete: number): Hit[] {
  // Another phrasing counts only when the reader typed it, no more and no less ("docker cp").
  const said = (alias: string) => titleCoverage(alias, query) === 1 && titleCoverage(query.join(' '), words(alias)) === 1;
  const coverage = (hit: Hit) => ((hit.aliases ?? []).some(said) ? 1 : titleCoverage(hit.title, query));
  const weighed = (hit: Hit) => hit.score * (1 + coverage(hit));
  const head = hits.slice(0, complete).sort((a, b) => weighed(b) - weighed(a));
  return [...head, ...hits.slice(complete)];
}
