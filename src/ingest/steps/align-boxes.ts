/**
 * Step: make box diagrams line up. The sources draw boxes with box-drawing
 * characters, and some right edges sit a column or two off (a line typed one
 * space short, or an emoji counted as one column). Emoji inside a box become
 * spaces, one per character they took: they only repeat the text beside them
 * ("[RO] 🔒"), and their width in a browser's monospace font is never exactly
 * two columns, so no spacing could keep an edge straight around them. Then
 * each box's right edge is moved to the column of its corner (the top-right
 * one, or the bottom-right one for a box that opens with a divider) by adding
 * or removing the spaces (or rule characters) just before it. Nothing but
 * padding changes.
 */
import type { RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { EMOJI } from './emoji.ts';

/**
 * The two ways the sources draw a box. A corner line opens a box downwards
 * (its top) or upwards (its bottom, for a box that opens with a divider); an
 * ASCII "+----+" line is both. `inner` starts a line inside the box, `closes`
 * ends it, and `edges` are the right-edge characters with the padding that
 * fills the line up to each.
 */
const STYLES = [
  { corners: [{ pattern: /┌[─┬]*┐/g, step: 1 }, { pattern: /└[─┴]*┘/g, step: -1 }], inner: '│├', closesDown: '└', closesUp: '┌├', edges: { '│': ' ', '┤': '─' }, bottom: { '┘': '─' } },
  { corners: [{ pattern: /\+-[-+]*\+/g, step: 1 }, { pattern: /\+-[-+]*\+/g, step: -1 }], inner: '|', closesDown: '+', closesUp: '+', edges: { '|': ' ', '+': '-' }, bottom: { '+': '-' } },
] as const;

type Style = (typeof STYLES)[number];
/** How far off an edge may be and still be the edge (further off it is something else). */
const MAX_DRIFT = 3;

export interface BoxRepairReport {
  /** Lines whose right edge moved. */
  edges: number;
  /** Emoji removed from inside boxes. */
  emoji: number;
}

export function alignBoxes(nodes: RootContent[]): BoxRepairReport {
  const report: BoxRepairReport = { edges: 0, emoji: 0 };
  for (const node of nodes) {
    visit(node, 'code', (code) => {
      if (/[┌└]|^[^\S\n\r\u2028\u2029]*\+-+\+/m.test(code.value)) code.value = alignBoxText(code.value, report);
    });
  }
  return report;
}

export function alignBoxText(text: string, report: BoxRepairReport = { edges: 0, emoji: 0 }): string {
  // Code points, not UTF-16 units, so a column is one character.
  const lines = text.split('\n').map((line) => [...dropEmojiInsideBoxes(line, report)]);
  // Narrow boxes first: a box inside another is fixed before the edge around it.
  const boxes = STYLES.flatMap((style) => style.corners.flatMap(({ pattern, step }) => cornersOf(lines, pattern, step as 1 | -1, style)));
  for (const box of boxes.sort((a, b) => a.right - a.left - (b.right - b.left) || a.left - b.left)) {
    const closing = box.step === 1 ? box.style.closesDown : box.style.closesUp;
    for (let row = box.row + box.step; row >= 0 && row < lines.length; row += box.step) {
      const line = lines[row]!;
      const left = line[box.left] ?? '';
      const closes = (closing as string).includes(left);
      if (!closes && !(box.style.inner as string).includes(left)) break;
      // A divider ("├───┤") is an inner line going down and the closing line going up.
      const edges: Record<string, string> = closes ? box.style.bottom : left === '├' ? { '┤': '─' } : box.style.edges;
      if ((!closes || box.step === 1) && alignEdge(line, box, edges)) report.edges++;
      if (closes) break;
    }
  }
  return lines.map((line) => line.join('')).join('\n');
}

interface Box {
  /** The row of the corner line, and which way the box's inner lines run from it. */
  row: number;
  step: 1 | -1;
  left: number;
  right: number;
  style: Style;
}

function cornersOf(lines: string[][], corner: RegExp, step: 1 | -1, style: Style): Box[] {
  const boxes: Box[] = [];
  lines.forEach((line, row) => {
    const text = line.join('');
    // The column in code points, counted on from the last corner (from the line's start each time would be quadratic).
    let left = 0;
    let counted = 0;
    for (const match of text.matchAll(corner)) {
      left += [...text.slice(counted, match.index)].length;
      counted = match.index;
      boxes.push({ row, step, left, right: left + [...match[0]].length - 1, style });
    }
  });
  return boxes;
}

/** Moves the edge nearest the box's right column onto it; true when it moved. */
function alignEdge(line: string[], box: Box, edges: Record<string, string>): boolean {
  if (line[box.right]! in edges) return false;
  for (let drift = 1; drift <= MAX_DRIFT; drift++) {
    for (const column of [box.right - drift, box.right + drift]) {
      const pad = edges[line[column] ?? ''];
      if (column <= box.left || pad === undefined) continue;
      if (column < box.right) {
        line.splice(column, 0, ...pad.repeat(box.right - column));
        return true;
      }
      // Too far right: only padding may go, never text.
      if (line.slice(box.right, column).some((character) => character !== pad)) continue;
      line.splice(box.right, column - box.right);
      return true;
    }
  }
  return false;
}

function dropEmojiInsideBoxes(line: string, report: BoxRepairReport): string {
  const lastEdge = Math.max(line.lastIndexOf('│'), line.lastIndexOf('┤'), line.lastIndexOf('|'));
  if (lastEdge < 0) return line;
  const inside = line.slice(0, lastEdge).replace(EMOJI, (emoji: string) => {
    report.emoji++;
    return ' '.repeat([...emoji].length);
  });
  return inside + line.slice(lastEdge);
}
