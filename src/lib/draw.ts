/**
 * The mock interview's questions, drawn with a seed that lives in the URL:
 * the same seed and choices give the same questions in the same order, so an
 * interview can be repeated or shared.
 */
export interface Drawable {
  id: string;
  topic: string;
  level: string;
  kind: string;
}

export interface InterviewChoice {
  seed: string;
  length: number;
  topics: readonly string[];
  levels: readonly string[];
}

export const INTERVIEW_LENGTHS = [5, 10, 20] as const;

/** A short random seed for a new interview, such as "k3x9q2". */
export function newSeed(random = Math.random): string {
  return Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0');
}

/** mulberry32 over a string hash (FNV-1a): small, fast, and the same in every browser. */
function generator(seed: string): () => number {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Interview questions only (never study notes) of the chosen topics and levels, shuffled by the seed. */
export function drawInterview<T extends Drawable>(cards: readonly T[], choice: InterviewChoice): T[] {
  const pool = cards
    .filter((card) => card.kind === 'question' && choice.topics.includes(card.topic) && choice.levels.includes(card.level))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const random = generator(choice.seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, choice.length);
}

/** The interview as URL parameters, and back; unknown values fall back to defaults. */
export function interviewParams(choice: InterviewChoice): URLSearchParams {
  return new URLSearchParams({ interview: choice.seed, length: String(choice.length), topics: choice.topics.join(' '), levels: choice.levels.join(' ') });
}

export function readInterview(params: URLSearchParams, allTopics: readonly string[], allLevels: readonly string[]): InterviewChoice | undefined {
  const seed = params.get('interview');
  if (!seed || !/^[a-z0-9]{1,16}$/.test(seed)) return undefined;
  const length = Number(params.get('length'));
  const pick = (name: string, all: readonly string[]) => {
    const wanted = (params.get(name) ?? '').split(/[ ,+]/).filter((value) => all.includes(value));
    return wanted.length ? wanted : [...all];
  };
  return { seed, length: (INTERVIEW_LENGTHS as readonly number[]).includes(length) ? length : 5, topics: pick('topics', allTopics), levels: pick('levels', allLevels) };
}
