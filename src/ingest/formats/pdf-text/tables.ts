/**
 * Rebuilds a table that the PDF export flattened into lines. A reviewed
 * record names the columns and the first cell of every row; the rest is
 * heuristic: repeated headers (after page breaks) are dropped, each row's
 * text runs from its label to the next label, and the row is cut into cells
 * where a new cell most plausibly starts (a capital letter after a finished
 * phrase, a line break, a command). Rows the cut cannot settle give their
 * cells in the record.
 */
import type { LayoutCorrection } from '../../review/corrections.ts';
import type { Block } from './blocks.ts';
import type { CleanLine } from './page-furniture.ts';

type TableRecord = Extract<LayoutCorrection, { as: 'table' }>;

export function buildTable(lines: CleanLine[], record: TableRecord): Block {
  const columns = record.columns;
  const header = new RegExp(columns.map(words).join('\\s+'), 'g');
  const stream = lines
    .filter((line) => line.text !== '')
    .map((line) => line.text)
    .join('\n')
    .replace(header, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();

  const rows: string[][] = [];
  let position = 0;
  record.rows.forEach((label, index) => {
    const found = findLabel(stream, label, position);
    if (found === undefined) throw new Error(`row "${label}" not found`);
    const nextLabel = record.rows[index + 1];
    const next = nextLabel === undefined ? undefined : findLabel(stream, nextLabel, found.end);
    if (nextLabel !== undefined && next === undefined) throw new Error(`row "${nextLabel}" not found after "${label}"`);
    const content = stream.slice(found.end, next?.start ?? stream.length);
    const given = record.cells?.[label];
    const cells = given ?? cutIntoCells(content, columns.length - 1);
    if (cells.length !== columns.length - 1) throw new Error(`row "${label}" has ${cells.length + 1} cells, the table has ${columns.length} columns`);
    rows.push([label, ...cells]);
    position = found.end;
  });
  return { kind: 'table', header: columns, rows, line: lines[0]?.no ?? 0 };
}

function words(text: string): string {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

/** The label at the start of a line (it may itself wrap over lines). */
function findLabel(stream: string, label: string, from: number): { start: number; end: number } | undefined {
  const pattern = new RegExp(`(^|\\n)(${words(label)})(?=\\s|$)`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(stream);
  if (!match) return undefined;
  const start = match.index + match[1]!.length;
  return { start, end: start + match[2]!.length };
}

interface Cut {
  /** Offset in the row text where a new cell would begin. */
  at: number;
  cost: number;
}

/** Cuts a row's text into `count` cells at the cheapest set of plausible cut points. */
export function cutIntoCells(content: string, count: number): string[] {
  const text = content.trim();
  if (count === 1) return [clean(text)];
  const cuts = candidateCuts(text);
  let best: { cost: number; picks: Cut[] } | undefined;
  const choose = (from: number, picks: Cut[], cost: number) => {
    if (picks.length === count - 1) {
      const total = cost + missedBoundaries(text, cuts, picks);
      if (!best || total < best.cost) best = { cost: total, picks };
      return;
    }
    for (let k = from; k < cuts.length; k++) choose(k + 1, [...picks, cuts[k]!], cost + cuts[k]!.cost);
  };
  choose(0, [], 0);
  if (!best) return [clean(text)];
  const bounds = [0, ...best.picks.map((cut) => cut.at), text.length];
  return bounds.slice(0, -1).map((start, k) => clean(text.slice(start, bounds[k + 1])));
}

function candidateCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  for (let i = 1; i < text.length; i++) {
    const before = text.slice(0, i);
    const rest = text.slice(i);
    if (text[i - 1] === '\n') {
      const previous = before.trimEnd();
      if (/^[a-z(]/.test(rest) && !/^docker\b/.test(rest)) continue; // a lower-case or parenthesised line continues its cell
      cuts.push({ at: i, cost: (/[.)]$/.test(previous) || /^[A-Z0-9"<~-]/.test(rest) ? 0 : 2) + insideParentheses(before) });
    } else if (text[i - 1] === ' ' && !/[,(/&-]\s$/.test(before) && !/\b(e\.g\.|i\.e\.|a|an|the|of|to|and|or|for|with|by|on|in)\s$/.test(before)) {
      // Inside a line: a capitalised word (not an acronym) or a command starts a cell.
      if (/^[A-Z][a-z]/.test(rest) || /^[\d~]/.test(rest) || /^docker\s/.test(rest)) cuts.push({ at: i, cost: 1 + insideParentheses(before) });
    }
  }
  return cuts;
}

/** A cut inside an open parenthesis is unlikely: it costs two more. */
function insideParentheses(before: string): number {
  return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0) ? 2 : 0;
}

/** Lines that end a sentence and are followed by a capital, yet were not cut: each costs one. */
function missedBoundaries(text: string, cuts: Cut[], picks: Cut[]): number {
  return cuts.filter((cut) => cut.cost === 0 && text[cut.at - 1] === '\n' && /[.)]\s*$/.test(text.slice(0, cut.at)) && !picks.includes(cut)).length;
}

function clean(cell: string): string {
  return cell.replace(/([\w-])-\n/g, '$1-').replace(/\s+/g, ' ').trim();
}
