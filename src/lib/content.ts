/**
 * Build-time queries over the content collections: topics in order, each
 * topic's entries in order, an entry's neighbours in reading order. Pages and components
 * ask here instead of sorting on their own.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Topic = CollectionEntry<'topics'>;
export type Entry = CollectionEntry<'questions'>;
export const LEVELS = ['basic', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

let topicsCache: Promise<Topic[]> | undefined;
let entriesCache: Promise<Entry[]> | undefined;

export function getTopics(): Promise<Topic[]> {
  topicsCache ??= getCollection('topics').then((topics) => topics.sort((a, b) => a.data.order - b.data.order));
  return topicsCache;
}

/** Every entry, in topic order and then in order inside its topic. */
export function getEntries(): Promise<Entry[]> {
  entriesCache ??= Promise.all([getCollection('questions'), getTopics()]).then(([entries, topics]) => {
    const rank = new Map(topics.map((topic, index) => [topic.id, index]));
    return entries.sort((a, b) => rank.get(a.data.topic.id)! - rank.get(b.data.topic.id)! || a.data.order - b.data.order);
  });
  return entriesCache;
}

const topicEntries = new Map<string, Promise<Entry[]>>();

export function entriesOf(topicId: string): Promise<Entry[]> {
  if (!topicEntries.has(topicId)) topicEntries.set(topicId, getEntries().then((entries) => entries.filter((entry) => entry.data.topic.id === topicId)));
  return topicEntries.get(topicId)!;
}

// Lookups by id, made once per build: every page asks them, so a scan of all
// entries per page would make the build grow with the square of the entries.
let entriesByIdCache: Promise<Map<string, Entry>> | undefined;
let placesCache: Promise<Map<string, number>> | undefined;

/** The entries by id. */
export function entriesById(): Promise<Map<string, Entry>> {
  entriesByIdCache ??= getEntries().then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return entriesByIdCache;
}

/** Where an entry stands in its topic's list (0 for the first). */
async function placeInTopic(entry: Entry): Promise<number> {
  placesCache ??= getTopics().then(async (topics) => {
    const places = new Map<string, number>();
    for (const topic of topics) (await entriesOf(topic.id)).forEach((candidate, place) => places.set(candidate.id, place));
    return places;
  });
  return (await placesCache).get(entry.id) ?? -1;
}

/**
 * How much a topic page may hold. A topic page carries each entry's full
 * answer (for self-review and print), so a large topic continues on further
 * pages, and no page grows with the topic: a page closes at this many
 * entries, or before an entry that would take the MDX the page shows past
 * this many characters (about 40 KB of gzip HTML; ours gzip to about 0.35 of
 * their MDX). A topic page shows our answer and its key points, not the
 * sources' text, so only that part counts. Every topic of our own content
 * fits on one page.
 * TOPIC_PAGE_SIZE in the environment changes the count (the sub-path test
 * build uses 10).
 */
export const TOPIC_PAGE_SIZE = Number(process.env['TOPIC_PAGE_SIZE']) || 40;
export const TOPIC_PAGE_CHARACTERS = 100_000;

const topicPageCache = new Map<string, Promise<Entry[][]>>();

/** The part of an entry's MDX its topic page shows: our answer when it has one, else the sources. */
function shownOnTopicPage(entry: Entry): string {
  const body = entry.body ?? '';
  const sources = body.indexOf('<FromSources>');
  return entry.data.answer && sources >= 0 ? body.slice(0, sources) : body;
}

/** A topic's entries, in order, cut into its pages. */
export function topicPages(topicId: string): Promise<Entry[][]> {
  if (!topicPageCache.has(topicId)) {
    topicPageCache.set(
      topicId,
      entriesOf(topicId).then((entries) => {
        const pages: Entry[][] = [];
        let characters = 0;
        for (const entry of entries) {
          const size = shownOnTopicPage(entry).length;
          const last = pages.at(-1);
          if (!last || last.length >= TOPIC_PAGE_SIZE || characters + size > TOPIC_PAGE_CHARACTERS) {
            pages.push([entry]);
            characters = size;
          } else {
            last.push(entry);
            characters += size;
          }
        }
        return pages;
      }),
    );
  }
  return topicPageCache.get(topicId)!;
}

const pageNumberCache = new Map<string, Promise<Map<string, number>>>();

/** Which page of its topic (1, 2, …) lists an entry. */
export async function topicPageOf(entry: Entry): Promise<number> {
  const topicId = entry.data.topic.id;
  if (!pageNumberCache.has(topicId)) {
    const numbers = topicPages(topicId).then((pages) => new Map(pages.flatMap((page, index) => page.map((candidate) => [candidate.id, index + 1] as const))));
    pageNumberCache.set(topicId, numbers);
  }
  return (await pageNumberCache.get(topicId)!).get(entry.id) ?? 0;
}

/**
 * The entries the sidebar shows around the current one: up to `size`
 * neighbours in topic order, so the sidebar weighs the same in a topic of
 * ten entries or of a thousand. The topic page has the full list.
 */
export async function entriesAround(entry: Entry, size = 9): Promise<{ entries: Entry[]; before: number; after: number }> {
  const siblings = await entriesOf(entry.data.topic.id);
  const at = await placeInTopic(entry);
  const start = Math.max(0, Math.min(at - Math.floor(size / 2), siblings.length - size));
  const entries = siblings.slice(start, start + size);
  return { entries, before: start, after: siblings.length - start - entries.length };
}

export async function topicOf(entry: Entry): Promise<Topic> {
  return (await getTopics()).find((topic) => topic.id === entry.data.topic.id)!;
}

/** An entry next to the current one, with its topic when that is another one. */
export interface Neighbour {
  entry: Entry;
  /** Set when the neighbour opens the next topic or closes the previous one. */
  topic?: Topic | undefined;
}

let readingOrderCache: Promise<Map<string, number>> | undefined;

/**
 * The entries before and after this one in reading order: through its topic,
 * then on into the first entry of the next topic (and back into the last
 * entry of the previous one), so Next carries a reader through every entry.
 */
export async function neighbours(entry: Entry): Promise<{ previous?: Neighbour | undefined; next?: Neighbour | undefined }> {
  const entries = await getEntries();
  readingOrderCache ??= getEntries().then((all) => new Map(all.map((candidate, place) => [candidate.id, place])));
  const at = (await readingOrderCache).get(entry.id)!;
  const topics = await getTopics();
  const neighbour = (other: Entry | undefined): Neighbour | undefined => {
    if (!other) return undefined;
    const otherTopic = other.data.topic.id === entry.data.topic.id ? undefined : topics.find((topic) => topic.id === other.data.topic.id);
    return { entry: other, topic: otherTopic };
  };
  return { previous: neighbour(entries[at - 1]), next: neighbour(entries[at + 1]) };
}

/** How many entries of each level a list has, for the topic grid. */
export function levelCounts(entries: Entry[]): Record<Level, number> {
  const counts = { basic: 0, intermediate: 0, advanced: 0 };
  for (const entry of entries) counts[entry.data.level]++;
  return counts;
}
