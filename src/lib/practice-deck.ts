/**
 * The practice deck as the build writes it. practice.json holds what the
 * setup counts and the plan orders (every card's id, topic, level, kind and
 * how often it is asked); a card's title, the bulk of the deck, comes from its
 * topic's title file, fetched when a card of that topic is first shown. So the
 * practice page does not download every title of a large site before its first
 * card. A title file's name carries a digest of its content, so a deck always
 * names the titles of its own build, and the file can be cached for good.
 */
import { createHash } from 'node:crypto';
import { getEntries, getTopics } from './content';

export interface DeckCard {
  id: string;
  topic: string;
  level: string;
  kind: string;
  /** How many interview banks ask it: a plan to a date learns the most-asked first. */
  asked: number;
}

export interface DeckTopic {
  id: string;
  title: string;
  /** The topic's title file, relative to the site root: its cards' titles in the deck's order. */
  titles: string;
}

export interface TitleFile {
  /** `practice/titles/<topic>.<digest>.json` without the folder and extension. */
  name: string;
  titles: string[];
}

let deckCache: Promise<{ topics: DeckTopic[]; cards: DeckCard[]; titleFiles: TitleFile[] }> | undefined;

export function practiceDeck(): Promise<{ topics: DeckTopic[]; cards: DeckCard[]; titleFiles: TitleFile[] }> {
  deckCache ??= Promise.all([getTopics(), getEntries()]).then(([topics, entries]) => {
    const cards = entries.map(({ id, data }) => ({ id, topic: data.topic.id, level: data.level, kind: data.kind, asked: data.asked }));
    const titleFiles = topics.map((topic) => {
      const titles = entries.filter((entry) => entry.data.topic.id === topic.id).map((entry) => entry.data.title);
      const digest = createHash('sha256').update(JSON.stringify(titles)).digest('hex').slice(0, 12);
      return { name: `${topic.id}.${digest}`, titles };
    });
    return {
      topics: topics.map((topic, index) => ({ id: topic.id, title: topic.data.title, titles: `practice/titles/${titleFiles[index]!.name}.json` })),
      cards,
      titleFiles,
    };
  });
  return deckCache;
}
