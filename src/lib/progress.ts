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

const empty = (): Progress => ({ v: VERSION, cards: {} });

/** No review happened before the site existed; anything earlier is damage. */
export const EARLIEST_TIME = Date.UTC(2020, 0, 1);
/** How far ahead a time may lie: ts-fsrs never schedules beyond 36,500 days (its maximum_interval). */
export const LATEST_AHEAD_MS = 100 * 365.25 * 86_400_000;
/** ts-fsrs's longest stability and interval, in days. */
const MAX_DAYS = 36_500;
/** More reviews or lapses than a lifetime of daily practice holds is damage too. */
const MAX_COUNT = 100_000;

type Bound = { min: number; max: number; whole?: true };

/**
 * What each field may hold: what ts-fsrs produces (difficulty 1-10 and
 * stability from 0.001 days, both 0 for a card never graded; stability and
 * intervals up to 36,500 days) and times between 2020 and a hundred years
 * from now. A value outside them, such as `due: 1e308`, would make the
 * page's date formatting throw on every load, or ts-fsrs on the next grade.
 */
function bounds(now: number): Record<keyof CardRecord, Bound> {
  const time: Bound = { min: EARLIEST_TIME, max: now + LATEST_AHEAD_MS };
  return {
    due: time, last: time, first: time,
    s: { min: 0, max: MAX_DAYS }, d: { min: 0, max: 10 }, days: { min: 0, max: MAX_DAYS },
    reps: { min: 0, max: MAX_COUNT, whole: true }, lapses: { min: 0, max: MAX_COUNT, whole: true },
    state: { min: 0, max: 3, whole: true }, steps: { min: 0, max: 100, whole: true },
  };
}

const FIELDS = ['due', 's', 'd', 'reps', 'lapses', 'state', 'steps', 'days', 'last', 'first'] as const;
const knownFields = (record: CardRecord): CardRecord => Object.fromEntries(FIELDS.map((field) => [field, record[field]])) as unknown as CardRecord;

/** ts-fsrs's smallest stability of a graded card. */
const MIN_STABILITY = 0.001;

function validRecord(value: unknown, now: number): value is CardRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const inBounds = Object.entries(bounds(now)).every(([field, { min, max, whole }]) => {
    const number = record[field];
    return typeof number === 'number' && number >= min && number <= max && (!whole || Number.isInteger(number));
  });
  // ts-fsrs takes a memory of 0 and 0 as a card never graded, and refuses any other below 1 and 0.001.
  const { s, d } = record as unknown as CardRecord;
  return inBounds && ((s === 0 && d === 0) || (s >= MIN_STABILITY && d >= 1));
}

/**
 * Reads stored or imported progress. `ids` is the deck when it is known:
 * records of other entries are dropped, so counts never exceed the deck, as
 * are records with a field out of its bounds (see `bounds`).
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
    // Only the known fields are kept; "__proto__" is never an entry (it would replace the object's prototype).
    if (validRecord(record, now) && (ids ? ids.has(id) : id !== '__proto__')) progress.cards[id] = knownFields(record);
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

