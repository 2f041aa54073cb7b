/**
 * Practice progress, kept in the reader's browser: one FSRS schedule per
 * entry, in a compact, versioned form, validated on every read. Pure
 * functions, no DOM and no scheduler (src/lib/schedule.ts turns records
 * into ts-fsrs cards); progress-count.ts is the part other pages load.
 */
import { REVIEW, VERSION } from './progress-count';

export { countProgress, describeCounts, NEW, REVIEW, STORAGE_KEY, VERSION, type Counts } from './progress-count';

/** One entry's schedule. Times are milliseconds since 1970. */
export interface CardRecord {
  /** When the entry is due again. */
  due: number;
  /** FSRS stability (days) and difficulty (1-10). */
  s: number;
  d: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  /** Learning step reached, and days scheduled at the last review. */
  steps: number;
  days: number;
  /** Last and first review: the latest review wins a merge; the first counts toward the daily new-card limit. */
  last: number;
  first: number;
}

export interface Progress {
  v: typeof VERSION;
  cards: Record<string, CardRecord>;
}

export interface ParsedProgress {
  progress: Progress;
  /** How many stored items were dropped: unknown ids, duplicates, wrong types, foreign data. */
  dropped: number;
}

const FIELDS = ['due', 's', 'd', 'reps', 'lapses', 'state', 'steps', 'days', 'last', 'first'] as const;
const empty = (): Progress => ({ v: VERSION, cards: {} });

function validRecord(value: unknown): value is CardRecord {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return FIELDS.every((field) => typeof record[field] === 'number' && Number.isFinite(record[field])) && [0, 1, 2, 3].includes(record['state'] as number);
}

/**
 * Reads stored or imported progress. `ids` is the deck when it is known:
 * records of other entries are dropped, so counts never exceed the deck.
 * Version 1 (`{known: [], review: []}`, before scheduling) is migrated.
 */
export function parseProgress(text: string | null, ids?: ReadonlySet<string>, now = Date.now()): ParsedProgress {
  if (!text) return { progress: empty(), dropped: 0 };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { progress: empty(), dropped: 1 };
  }
  const data = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const v1 = Array.isArray(data['known']) || Array.isArray(data['review']);
  const { cards, duplicates } = data['v'] === VERSION ? { cards: data['cards'], duplicates: 0 } : v1 ? migrateV1(data, now) : { cards: undefined, duplicates: 0 };
  if (!cards || typeof cards !== 'object' || Array.isArray(cards)) return { progress: empty(), dropped: 1 };
  const progress = empty();
  let dropped = duplicates;
  for (const [id, record] of Object.entries(cards)) {
    if (validRecord(record) && (!ids || ids.has(id))) progress.cards[id] = record;
    else dropped++;
  }
  return { progress, dropped };
}

/**
 * Version 1 kept only "knew it" and "review again". A known entry becomes a
 * review card due in three days, one to review is due now. An id listed
 * twice is one entry (its "review" wins), and the copy counts as dropped.
 */
function migrateV1(data: Record<string, unknown>, now: number): { cards: Record<string, unknown>; duplicates: number } {
  const cards: Record<string, unknown> = {};
  let listed = 0;
  for (const known of [true, false]) {
    const list = data[known ? 'known' : 'review'];
    for (const id of Array.isArray(list) ? list : []) {
      listed++;
      const days = known ? 3 : 0;
      cards[String(id)] = typeof id === 'string' ? { due: now + days * 86_400_000, s: known ? 3 : 1, d: known ? 5 : 7, reps: 1, lapses: known ? 0 : 1, state: REVIEW, steps: 0, days, last: now, first: now } : null;
    }
  }
  return { cards, duplicates: listed - Object.keys(cards).length };
}

/** Import: every entry keeps the record with the latest review. */
export function mergeProgress(ours: Progress, theirs: Progress): Progress {
  const cards = { ...ours.cards };
  for (const [id, record] of Object.entries(theirs.cards)) if (!cards[id] || record.last > cards[id]!.last) cards[id] = record;
  return { v: VERSION, cards };
}

