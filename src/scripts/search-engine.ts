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
  destroy(): Promise<void>;
}
interface RawSearch {
  results: RawMatch[];
  /** Result counts per filter value. */
  filters?: Record<string, Record<string, number>>;
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
  sub_results: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

export type Filters = Record<string, string[]>;

export interface SearchHit {
  url: string;
  /** Pagefind's score for the page. */
  score: number;
  title: string;
  /** Other phrasings of the question (the page's "Also asked as"). */
  aliases: string[];
  topic: string;
  level: string;
  excerpt: string;
  sections: { title: string; url: string }[];
  /** The commands page rather than an entry. */
  reference: boolean;
}

import { preferTitleMatches } from './search-title-match';
import { queryWords } from './search-words';

/** How many results the dialog shows; each costs a fragment download (about 2 KB). */
export const SHOWN = 5;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let engine: Promise<Pagefind> | undefined;
/** How often Pagefind was started over (reload): each time from a module of its own. */
let reloads = 0;

function load(): Promise<Pagefind> {
  engine ??= (async () => {
    // A runtime URL, so the bundler leaves Pagefind to be fetched from the index folder.
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js${reloads ? `?reload=${reloads}` : ''}`)) as Pagefind;
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

/**
 * Pagefind over again, from the index deployed now. A tab opened before a
 * deploy holds the old page list, and each build renames every result file
 * (src/search-index/fragment-names.ts), so the old names are gone from the
 * host; the offline worker would serve them, but not every reader has it.
 * Pagefind fetches its entry file afresh on init, so this finds the new index.
 * The new engine is a fresh copy of the module: a stale search still running
 * on the old one cannot reset the new one's options.
 */
async function reload(): Promise<void> {
  const old = engine;
  engine = undefined;
  everywhere = undefined;
  reloads++;
  await (await old?.catch(() => undefined))?.destroy();
}

let everywhere: Promise<Set<string>> | undefined;

/**
 * Words on nearly every page ("docker"), listed at build time beside the
 * index (src/search-index/cap-positions.ts). They hardly tell pages apart,
 * and theirs are the largest chunks of the index, growing with the site.
 * Without the list, every word is asked for.
 */
function wordsEverywhere(): Promise<Set<string>> {
  everywhere ??= fetch(`${base}pagefind/common-words-en.json`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .then((words) => new Set(words), () => new Set<string>());
  return everywhere;
}

/** The words to ask Pagefind for: all but those on nearly every page, unless nothing else is left. */
async function worthAsking(words: string[]): Promise<string[]> {
  const common = await wordsEverywhere();
  const telling = words.filter((word) => !common.has(word));
  return telling.length ? telling : words;
}

/** Starts fetching Pagefind without searching (called when the dialog opens). */
export function preload(): void {
  load().catch(() => {}); // a failure is reported by the search that needs it
  void wordsEverywhere();
}

let latest = 0;

/** Makes every search under way stale, so none of them shows (the field was cleared). */
export function cancelSearches(): void {
  latest++;
}

/**
 * How long a typed key waits for the next one before its results are
 * fetched: Pagefind's own debounce. Most people type a key every 100-250 ms,
 * and a page busy loading the engine delays keys further; a reader who stops
 * sees results this much later than a pasted query would.
 */
export const PAUSE_MS = 300;
/**
 * While typing, a last word shorter than this is not ranked before the pause:
 * "d" or "co" match so many indexed words that ranking them loads index
 * chunks the finished word never needs (and more of them as the site grows).
 * Nor is the start of a word on nearly every page (unfinishedAndCostly).
 */
const TYPED_PREFIX = 3;

/**
 * While typing, whether the last word should wait for the pause before it is
 * ranked: a short one, or the start of a word on nearly every page ("dock"
 * of "docker"), whose index chunk is the largest and which the finished query
 * leaves out.
 */
async function unfinishedAndCostly(words: string[]): Promise<boolean> {
  // Pagefind indexes no full stops (pagefind.yml): ".dock" is looked up as "dock".
  const last = (words.at(-1) ?? '').replace(/^\.+|(?<!\.)\.+$/g, '');
  if (last.length < TYPED_PREFIX) return true;
  return [...(await wordsEverywhere())].some((word) => word.startsWith(last));
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** Every page that matched (the hits are the first of them). */
  total: number;
  /** Matches per topic, from Pagefind's filter counts (no downloads). */
  topics: Record<string, number>;
  /** The query searched instead, when some words are not in the index. */
  corrected?: string | undefined;
}

/**
 * The best `limit` hits for a query and filters, or null when a newer search
 * replaced this one. An empty query with a filter lists that filter's
 * entries. A word the index does not hold is replaced by the nearest indexed
 * word ("namspaces" by "namespaces"), from a vocabulary fetched only then.
 *
 * `typing` says the next key will likely replace this query: it is ranked
 * now, but what costs downloads and is only needed to show it (the result
 * fragments, the typo path) waits for a pause of PAUSE_MS, and is never
 * fetched when a newer search came in the meantime.
 */
export async function search(query: string, filters: Filters, limit = SHOWN, typing = false): Promise<SearchOutcome | null> {
  const ticket = ++latest;
  const stale = () => ticket !== latest;
  try {
    return await searchOnce(stale, query, filters, limit, typing);
  } catch {
    // Most likely an index file the host no longer has (a deploy since this
    // tab loaded the index): start Pagefind over once; a second failure is reported.
    if (stale()) return null;
    await reload();
    return stale() ? null : searchOnce(stale, query, filters, limit, false);
  }
}

async function searchOnce(stale: () => boolean, query: string, filters: Filters, limit: number, typing: boolean): Promise<SearchOutcome | null> {
  const pause = typing ? sleep(PAUSE_MS) : undefined;
  const pagefind = await load();
  let words = queryWords(query);
  if (pause && (await unfinishedAndCostly(words))) await pause;
  if (stale()) return null;
  let asked = await worthAsking(words);
  let ranked = await rank(pagefind, asked, filters);
  // A long ranking (a common word on a large site) holds back the next key:
  // leave it time to arrive after the ranking too.
  if (pause) await Promise.all([pause, sleep(PAUSE_MS / 2)]);
  if (stale()) return null;
  let corrected: string | undefined;
  // Pagefind leaves out a word it does not know when others match ("dangaling images"
  // finds every page with "images"), so a query of several words is checked too.
  if ((ranked.complete < SHOWN || asked.length > 1) && words.length) {
    const correction = await correctWords(pagefind, asked);
    if (stale()) return null;
    // The words not asked for (on nearly every page) are kept as typed; asked again, should the
    // corrected word be on nearly every page too ("imgae vs container").
    const fixedWords = correction && withCorrections(words, asked, correction.words);
    const fixedAsked = fixedWords && (await worthAsking(fixedWords));
    const better = fixedAsked && (await rank(pagefind, fixedAsked, filters));
    // Only when the corrected words find more, or replace a word no page holds: a rare word may be meant.
    if (fixedWords && fixedAsked && better && better.complete > 0 && (correction.unknown || better.complete > ranked.complete)) {
      words = fixedWords;
      asked = fixedAsked;
      corrected = words.join(' ');
      ranked = better;
    }
  }
  let outcome = await present(pagefind, ranked, words, asked, filters, limit, corrected, stale);
  // Pagefind answers an unknown word with the words it starts like ("healtcheck" finds "heal"),
  // so a word the shown excerpts never mark was probably mistyped: try it corrected. While
  // typing, this runs only once the pause above has passed with no newer key.
  if (outcome && !corrected) {
    const unmarked = asked.filter((word) => word.length >= 4 && !outcome!.marked.some((mark) => sharedStart(mark, word) >= Math.max(3, word.length - 2)));
    const correction = unmarked.length ? await correctWords(pagefind, asked, unmarked) : undefined;
    if (stale()) return null;
    const fixedWords = correction && withCorrections(words, asked, correction.words);
    const fixedAsked = fixedWords && (await worthAsking(fixedWords));
    const better = fixedAsked && (await rank(pagefind, fixedAsked, filters));
    if (fixedWords && fixedAsked && better && better.complete > 0) {
      words = fixedWords;
      outcome = await present(pagefind, better, words, fixedAsked, filters, limit, words.join(' '), stale);
    }
  }
  return outcome && { hits: outcome.hits, total: outcome.total, topics: outcome.topics, corrected: outcome.corrected };
}

/** The shown results of a ranking, with their excerpts, and the words those excerpts mark. */
async function present(
  pagefind: Pagefind,
  ranked: Awaited<ReturnType<typeof rank>>,
  words: string[],
  asked: string[],
  filters: Filters,
  limit: number,
  corrected: string | undefined,
  stale: () => boolean,
): Promise<(SearchOutcome & { marked: string[] }) | null> {
  const { matches, complete } = ranked;
  if (stale()) return null;
  const shown = matches.slice(0, limit);
  const reference = await referenceMatch(pagefind, words, asked, filters, shown);
  if (stale()) return null;
  // Pagefind keeps every fragment it fetched (by page), so a page shown for
  // "dock" and again for "docker" is fetched once; data() is called anew each
  // time because the excerpt it builds marks this query's words.
  const all = [...shown, ...(reference ? [reference] : [])];
  const data = await Promise.all(all.map((match) => match.data()));
  if (stale()) return null;
  const hits = data.map((result, index) => toHit(result, all[index]!.score, words));
  // A listing by filters alone has no words to match titles against.
  const ordered = afterEntries(preferTitleMatches(hits, words, words.length ? Math.min(complete, limit) : 0));
  const marked = data.flatMap((result) => [...result.excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => match[1]!.toLowerCase()));
  return { hits: ordered, total: matches.length + (reference && !matches.includes(reference) ? 1 : 0), topics: ranked.topics, corrected, marked };
}

/** How many letters two words share at their start. */
function sharedStart(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The commands page answers "which flag", the entries answer the question: it goes below them. */
function afterEntries(hits: SearchHit[]): SearchHit[] {
  return [...hits.filter((hit) => !hit.reference), ...hits.filter((hit) => hit.reference)];
}

/**
 * For a query about a command (it names docker or a flag), the commands page
 * when it holds every word, even if the entries outrank it: it is then shown
 * after them. Filtered to that page alone, so it costs one small search.
 */
async function referenceMatch(pagefind: Pagefind, words: string[], asked: string[], filters: Filters, shown: RawMatch[]): Promise<RawMatch | undefined> {
  if (!words.some((word) => word === 'docker' || word.startsWith('-'))) return undefined;
  const { results } = await pagefind.search(asked.join(' '), { filters: { ...filters, type: ['reference'] } });
  const [page] = results;
  return page && !shown.some((match) => match.id === page.id) ? page : undefined;
}

/** The query's words with the asked ones replaced by their corrections, each once ("imgae image" is "image"). */
function withCorrections(words: string[], asked: string[], fixed: string[]): string[] {
  return [...new Set(words.map((word) => fixed[asked.indexOf(word)] ?? word))];
}

/**
 * The words with doubtful ones replaced by their nearest indexed word, or
 * undefined when none is doubtful or none could be replaced. A word is
 * doubtful when at most one page holds it: the sources carry typos too
 * ("namspaces" is on one page), so being indexed does not prove a word right.
 */
async function correctWords(pagefind: Pagefind, words: string[], suspects: string[] = []): Promise<{ words: string[]; unknown: boolean } | undefined> {
  // The chunks these read are the ones the whole query loaded: no download of their own.
  const pages = await Promise.all(words.map(async (word) => (await pagefind.search(word, { filters: {} })).results.length));
  const doubtful = (index: number) => (pages[index]! <= 1 || suspects.includes(words[index]!)) && /^[a-z][a-z-]*[a-z]$/.test(words[index]!) && words[index]!.length >= 3;
  if (!words.some((_, index) => doubtful(index))) return undefined;
  const { nearestWord } = await import('./search-typos');
  const fixed = await Promise.all(words.map(async (word, index) => (doubtful(index) ? ((await nearestWord(word, (length) => `${base}pagefind/vocabulary-en-${length}.txt`)) ?? word) : word)));
  if (!fixed.some((word, index) => word !== words[index])) return undefined;
  // A replaced word that no page holds was surely mistyped.
  return { words: fixed, unknown: fixed.some((word, index) => word !== words[index] && pages[index] === 0) };
}

/**
 * Pages with every word come first, in Pagefind's order. When those are few,
 * pages with most of the words follow: a learner's "container keeps
 * restarting" should still find the answer that never says "keeps".
 */
async function rank(pagefind: Pagefind, words: string[], filters: Filters): Promise<{ matches: RawMatch[]; complete: number; topics: Record<string, number> }> {
  const all = await pagefind.search(words.length ? words.join(' ') : null, { filters });
  const complete = all.results.length;
  const topics = all.filters?.['topic'] ?? {};
  if (complete >= SHOWN || words.length < 2) return { matches: all.results, complete, topics };
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
  return { matches: [...all.results, ...rest], complete, topics };
}

function toHit(result: RawResult, score: number, words: string[]): SearchHit {
  const pageUrl = result.url.split('#')[0];
  const reference = result.meta['type'] === 'reference';
  // On the commands page, land on the subcommand where most of the words are.
  const best = reference ? bestSection(result, words) : undefined;
  const title = result.meta['title'] ?? result.url;
  return {
    url: best?.url ?? result.url,
    reference,
    score,
    title: best ? `${title}: ${best.title}` : title,
    aliases: result.meta['aliases']?.split(' | ').filter(Boolean) ?? [],
    topic: reference ? 'Command reference' : (result.meta['topic'] ?? ''),
    level: result.meta['level'] ?? '',
    excerpt: result.excerpt,
    // Sections of a long answer where the words were found, not the page top itself.
    sections: result.sub_results
      .filter((section) => section.url.includes('#') && section.url.split('#')[0] === pageUrl)
      .slice(0, 2)
      .map((section) => ({ title: section.title, url: section.url })),
  };
}

/** The section whose heading holds most of the query's words (the subcommand searched for), then the one with most matches. */
function bestSection(result: RawResult, words: string[]): { title: string; url: string } | undefined {
  const inTitle = (title: string) => words.filter((word) => title.toLowerCase().split(/\s+/).includes(word)).length;
  const sections = result.sub_results.filter((section) => section.url.includes('#'));
  return sections.sort((a, b) => inTitle(b.title) - inTitle(a.title) || (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
}
