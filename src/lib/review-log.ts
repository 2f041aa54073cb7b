/**
 * What the statistics are drawn from: one line per grade given, kept in the
 * reader's browser beside the progress (which holds only each card's latest
 * state). Compact (time, grade, the card's state before), bounded, and
 * validated on every read like the progress.
 */
export const LOG_KEY = 'practice-log';
/** About a year of daily practice; older lines go first. */
export const MAX_LOG = 5000;
const EARLIEST = Date.UTC(2020, 0, 1);

/** [when (ms), grade 1-4, state before (0 new, 1 learning, 2 review, 3 relearning)] */
export type LogLine = [number, number, number];

function validLine(value: unknown, now: number): value is LogLine {
  if (!Array.isArray(value) || value.length !== 3) return false;
  const [time, grade, state] = value as unknown[];
  return Number.isInteger(time) && (time as number) >= EARLIEST && (time as number) <= now + 86_400_000 && [1, 2, 3, 4].includes(grade as number) && [0, 1, 2, 3].includes(state as number);
}

/** Stored or imported lines: anything that is not a line is dropped, and counted. */
export function parseLog(text: string | null, now = Date.now()): { log: LogLine[]; dropped: number } {
  if (!text) return { log: [], dropped: 0 };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { log: [], dropped: 1 };
  }
  if (!Array.isArray(value)) return { log: [], dropped: 1 };
  const log = value.filter((line): line is LogLine => validLine(line, now));
  return { log: log.slice(-MAX_LOG), dropped: value.length - log.length };
}

export function appendLog(log: readonly LogLine[], line: LogLine): LogLine[] {
  return [...log, line].slice(-MAX_LOG);
}

/** Undo takes back the last grade. */
export function dropLast(log: readonly LogLine[]): LogLine[] {
  return log.slice(0, -1);
}

/** Import: both logs, in time order, each line once. */
export function mergeLogs(ours: readonly LogLine[], theirs: readonly LogLine[]): LogLine[] {
  const seen = new Set<string>();
  const all = [...ours, ...theirs].filter((line) => {
    const key = line.join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return all.sort((a, b) => a[0] - b[0]).slice(-MAX_LOG);
}
