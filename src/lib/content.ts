/**
 * Build-time queries over the content collections: topics in order, each
 * topic's entries in order, neighbours within a topic. Pages and components
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

export async function entriesOf(topicId: string): Promise<Entry[]> {
  return (await getEntries()).filter((entry) => entry.data.topic.id === topicId);
}

export async function topicOf(entry: Entry): Promise<Topic> {
  return (await getTopics()).find((topic) => topic.id === entry.data.topic.id)!;
}

/** The entries before and after this one in its topic. */
export async function neighbours(entry: Entry): Promise<{ previous?: Entry | undefined; next?: Entry | undefined }> {
  const siblings = await entriesOf(entry.data.topic.id);
  const at = siblings.findIndex((candidate) => candidate.id === entry.id);
  return { previous: siblings[at - 1], next: siblings[at + 1] };
}

/** How many entries of each level a list has, for the topic grid. */
export function levelCounts(entries: Entry[]): Record<Level, number> {
  const counts = { basic: 0, intermediate: 0, advanced: 0 };
  for (const entry of entries) counts[entry.data.level]++;
  return counts;
}
