/**
 * Pagefind, loaded on first use from the built index (dist/pagefind/), and its
 * results shaped for the dialog: title, topic, level, an excerpt with the
 * matched words marked, and the headings inside the answer where they matched.
 */

/** The part of Pagefind's JavaScript API this site uses (pagefind.app/docs/api/). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options: { filters: Filters }): Promise<RawSearch>;
}
interface RawSearch {
  results: RawMatch[];
}
interface RawMatch {
  id: string;
  score: number;
  data(): Promise<RawResult>;
}
interface RawResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

export type Filters = Record<string, string[]>;

export interface SearchHit {
  url: string;
  /** Pagefind's score for the page. */
  score: number;
  title: string;
  topic: string;
  level: string;
  excerpt: string;
  sections: { title: string; url: string }[];
}

import { preferTitleMatches } from './search-title-match';
import { queryWords } from './search-words';

/** How many results the dialog shows; each costs a fragment download (about 2 KB). */
export const SHOWN = 5;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let engine: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  engine ??= (async () => {
    // A runtime URL, so the bundler leaves Pagefind to be fetched from the index folder.
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({
      baseUrl: base,
      // The index is small enough to search on the main thread; the worker would
      // only add another 12 KB to the first search.
      noWorker: true,
      excerptLength: 24,
      // Short entries answer a question as well as long ones; do not let length decide.
      ranking: { pageLength: 0.4, termFrequency: 0.6 },
    });
    await pagefind.init();
    return pagefind;
  })();
  return engine;
}

/** Starts fetching Pagefind without searching (called when the dialog opens). */
export function preload(): void {
  load().catch(() => {}); // a failure is reported by the search that needs it
}

let latest = 0;

/**
 * The best hits for a query and filters, or null when a newer search replaced
 * this one. An empty query with a filter lists that filter's entries.
 */
export async function search(query: string, filters: Filters): Promise<SearchHit[] | null> {
  const ticket = ++latest;
  const pagefind = await load();
  const words = queryWords(query);
  const { matches, complete } = await rank(pagefind, words, filters);
  if (ticket !== latest) return null;
  const shown = matches.slice(0, SHOWN);
  const data = await Promise.all(shown.map((match) => match.data()));
  if (ticket !== latest) return null;
  const hits = data.map((result, index) => toHit(result, shown[index]!.score));
  // A listing by filters alone has no words to match titles against.
  return preferTitleMatches(hits, words, words.length ? Math.min(complete, SHOWN) : 0);
}

/**
 * Pages with every word come first, in Pagefind's order. When those are few,
 * pages with most of the words follow: a learner's "container keeps
 * restarting" should still find the answer that never says "keeps".
 */
async function rank(pagefind: Pagefind, words: string[], filters: Filters): Promise<{ matches: RawMatch[]; complete: number }> {
  const all = await pagefind.search(words.length ? words.join(' ') : null, { filters });
  const complete = all.results.length;
  if (complete >= SHOWN || words.length < 2) return { matches: all.results, complete };
  const perWord = await Promise.all(words.map((word) => pagefind.search(word, { filters })));
  const partial = new Map<string, { match: RawMatch; words: number; score: number }>();
  for (const { results } of perWord) {
    for (const match of results) {
      const seen = partial.get(match.id) ?? { match, words: 0, score: 0 };
      seen.words++;
      seen.score += match.score;
      partial.set(match.id, seen);
    }
  }
  const haveAll = new Set(all.results.map((match) => match.id));
  const rest = [...partial.values()]
    .filter((entry) => !haveAll.has(entry.match.id))
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .map((entry) => entry.match);
  return { matches: [...all.results, ...rest], complete };
}

function toHit(result: RawResult, score: number): SearchHit {
  const pageUrl = result.url.split('#')[0];
  return {
    url: result.url,
    score,
    title: result.meta['title'] ?? result.url,
    topic: result.meta['topic'] ?? '',
    level: result.meta['level'] ?? '',
    excerpt: result.excerpt,
    // Sections of a long answer where the words were found, not the page top itself.
    sections: result.sub_results
      .filter((section) => section.url.includes('#') && section.url.split('#')[0] === pageUrl)
      .slice(0, 2)
      .map((section) => ({ title: section.title, url: section.url })),
  };
}
