/**
 * The deck (practice.json), the reader's progress and where both are kept.
 * A card is its front: the back is read from the entry's page (answer.ts).
 */
import { parseProgress, STORAGE_KEY, type Progress } from '../../lib/progress';
import { LOG_KEY, parseLog, type LogLine } from '../../lib/review-log';
import { url } from '../../lib/urls';
import { readStored, STORAGE_NOTICES, writeStored, type StorageProblem } from '../storage';

export interface Card {
  id: string;
  title: string;
  topic: string;
  level: string;
  kind: string;
  /** How many interview-question banks ask it. */
  asked: number;
}

export interface Deck {
  topics: { id: string; title: string }[];
  cards: Card[];
  byId: Map<string, Card>;
  topicTitle: Map<string, string>;
}

export async function loadDeck(): Promise<Deck> {
  const data = (await fetch(url('practice.json')).then((response) => response.json())) as Pick<Deck, 'topics' | 'cards'>;
  return { ...data, byId: new Map(data.cards.map((card) => [card.id, card])), topicTitle: new Map(data.topics.map((topic) => [topic.id, topic.title])) };
}

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
