/**
 * The deck (practice.json), the reader's progress and where both are kept.
 * A card is its front: its title comes from its topic's title file, fetched
 * when a card of that topic is first shown (src/lib/practice-deck.ts says
 * why); the back is read from the entry's page (answer.ts).
 */
import { parseProgress, STORAGE_KEY, type Progress } from '../../lib/progress';
import { LOG_KEY, parseLog, type LogLine } from '../../lib/review-log';
import { url } from '../../lib/urls';
import { readStored, STORAGE_NOTICES, writeStored, type StorageProblem } from '../storage';

export interface Card {
  id: string;
  topic: string;
  level: string;
  kind: string;
  /** How many interview-question banks ask it. */
  asked: number;
}

export interface Deck {
  /** `titles`: the topic's title file, its cards' titles in the deck's order. */
  topics: { id: string; title: string; titles: string }[];
  cards: Card[];
  byId: Map<string, Card>;
  topicTitle: Map<string, string>;
  /** Card titles of the topics fetched so far (loadTitles). */
  cardTitle: Map<string, string>;
}

export async function loadDeck(): Promise<Deck> {
  const data = (await fetch(url('practice.json')).then((response) => response.json())) as Pick<Deck, 'topics' | 'cards'>;
  return {
    ...data,
    byId: new Map(data.cards.map((card) => [card.id, card])),
    topicTitle: new Map(data.topics.map((topic) => [topic.id, topic.title])),
    // A deck from before the title files (kept by the offline worker) still carries every title.
    cardTitle: new Map(data.cards.flatMap((card) => ('title' in card && typeof card.title === 'string' ? [[card.id, card.title] as const] : []))),
  };
}

const titleFiles = new Map<string, Promise<void>>();

/**
 * Fetches the title files of the topics of `ids` not fetched yet. A file that
 * fails (offline, or gone since a deploy) is not kept, so the next card of its
 * topic tries again; meanwhile its cards take their title from their own page
 * (card-view.ts).
 */
export async function loadTitles(deck: Deck, ids: Iterable<string>): Promise<void> {
  const topics = new Set([...ids].filter((id) => !deck.cardTitle.has(id)).map((id) => deck.byId.get(id)?.topic).filter((topic) => topic !== undefined));
  await Promise.all([...topics].map((topic) => {
    const file = deck.topics.find((candidate) => candidate.id === topic)?.titles;
    if (!file) return undefined;
    if (!titleFiles.has(file)) {
      const request = fetch(url(file))
        .then((response) => (response.ok ? (response.json() as Promise<unknown>) : Promise.reject(new Error(String(response.status)))))
        .then((titles) => {
          const cards = deck.cards.filter((card) => card.topic === topic);
          if (!Array.isArray(titles) || titles.length !== cards.length) throw new Error(`${file} does not match the deck`);
          cards.forEach((card, index) => deck.cardTitle.set(card.id, String(titles[index])));
        });
      titleFiles.set(file, request);
      request.catch(() => titleFiles.delete(file));
    }
    return titleFiles.get(file)!.catch(() => {});
  }));
}

/** A card's title, once its topic's titles (or its page, card-view.ts) are fetched; its id until then. */
export const titleOf = (deck: Deck, id: string): string => deck.cardTitle.get(id) ?? id;

const notice = document.querySelector<HTMLElement>('[data-practice-notice]')!;
let problem: StorageProblem;

/** A notice above the practice area, with an optional link (back to an entry). */
export function say(text: string, link?: { href: string; text: string }): void {
  notice.textContent = text;
  if (link) notice.append(' ', Object.assign(document.createElement('a'), link));
  notice.hidden = !text;
}

/** Stored progress, checked against the deck; what was dropped is said, and written back without it. */
export function loadProgress(deck: Deck): Progress {
  const stored = readStored(STORAGE_KEY);
  problem = stored.problem;
  const { progress, dropped } = parseProgress(stored.text, new Set(deck.byId.keys()));
  if (problem) say(STORAGE_NOTICES[problem]);
  else if (dropped) {
    say(`${dropped} stored ${dropped === 1 ? 'item was' : 'items were'} not progress for this site's entries and ${dropped === 1 ? 'was' : 'were'} dropped.`);
    saveProgress(progress);
  }
  return progress;
}

/** What keeps progress from being saved, said after other notices. */
export const storageNotice = () => (problem ? ` ${STORAGE_NOTICES[problem]}` : '');

export function saveProgress(progress: Progress): void {
  const failed = writeStored(STORAGE_KEY, JSON.stringify(progress));
  if (failed && failed !== problem) say(STORAGE_NOTICES[failed]);
  problem = failed;
}

/** The log of grades given, for the statistics; a damaged one starts afresh. */
export function loadLog(): LogLine[] {
  const { log, dropped } = parseLog(readStored(LOG_KEY).text);
  if (dropped) saveLog(log);
  return log;
}

export function saveLog(log: LogLine[]): void {
  writeStored(LOG_KEY, JSON.stringify(log));
}
