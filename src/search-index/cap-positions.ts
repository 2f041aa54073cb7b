/**
 * Fewer stored positions for very common words.
 *
 * Pagefind stores every position of every word on every page. For a word on
 * a large share of the pages ("docker", "container", "the") that list grows
 * with the content, and its chunk cannot be cut: the word is one entry. At
 * 30x our content "docker" alone is a 60 KB download for any query holding
 * it. Beyond a few occurrences a page's positions add little: ranking
 * saturates with term frequency, and the excerpt needs one good spot.
 *
 * A page's positions for a word are runs: a negative number sets the weight
 * of the positions after it, and each run's positions are deltas from the
 * run's start (checked against the fragments' text). Runs weighted above
 * body text (headings, the title) are kept whole, so a page that names the
 * word in a heading still ranks as one; body-weight runs keep their first
 * `positions` positions. Other fields of the word and the page pass through.
 */
import type { CborValue } from './cbor.ts';
import type { IndexedWord } from './pagefind-format.ts';

export interface CapOptions {
  /** A word on at least this share of the pages counts as very common. */
  share: number;
  /** Body-weight positions a very common word keeps per run, per page. */
  positions: number;
}

export const DEFAULT_CAP: CapOptions = { share: 0.1, positions: 6 };

/** Pagefind's body text weight as a marker (weight 24, written -(24 + 1)); larger weights are more negative. */
const BODY_MARKER = -25;

export interface CapResult {
  words: IndexedWord[];
  /** How many words were very common, and how many positions were dropped. */
  capped: number;
  dropped: number;
}

export function capCommonWords(words: IndexedWord[], pageCount: number, options: CapOptions = DEFAULT_CAP): CapResult {
  let capped = 0;
  let dropped = 0;
  const result = words.map((word) => {
    const [text, pages, ...extra] = word.entry as [string, CborValue[], ...CborValue[]];
    if (!Array.isArray(pages) || pages.length < options.share * pageCount) return word;
    capped++;
    const shortened = pages.map((page) => {
      if (!Array.isArray(page) || !Array.isArray(page[1])) return page;
      const [number, locations, ...rest] = page as [CborValue, number[], ...CborValue[]];
      const kept = capRuns(locations, options.positions);
      dropped += locations.length - kept.length;
      return [number, kept, ...rest];
    });
    return { text: word.text, entry: [text, shortened, ...extra] };
  });
  return { words: result, capped, dropped };
}

/** The locations with each body-weight run cut to its first `limit` positions. */
export function capRuns(locations: number[], limit: number): number[] {
  const kept: number[] = [];
  // Positions before any marker are body text.
  let shortenable = true;
  let inRun = 0;
  for (const location of locations) {
    if (location < 0) {
      shortenable = location >= BODY_MARKER;
      inRun = 0;
      kept.push(location);
    } else if (!shortenable || inRun++ < limit) {
      kept.push(location);
    }
  }
  return kept;
}

/**
 * Words on nearly every page ("docker", "the"): a query loses nothing by not
 * asking for them when it has other words, and their chunks are the largest
 * of the index. The search dialog reads them, with the forms the pages use,
 * from common-words-<lang>.json (common-words.ts).
 */
export const EVERYWHERE_SHARE = 0.9;

export function wordsOnNearlyEveryPage(words: IndexedWord[], pageCount: number, share = EVERYWHERE_SHARE): IndexedWord[] {
  return words.filter(({ entry }) => Array.isArray(entry[1]) && entry[1].length >= share * pageCount);
}
