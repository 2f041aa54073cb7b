/**
 * Format "markdown" without an `entryDepth`: which heading level holds the
 * questions. Notes put them anywhere: "## 1. Question", "### Q1: Question"
 * under "## Basics", "# Question" in a file with no title. The level is the
 * one with the most headings that read as questions (numbered, ending in
 * "?", or "Explain…"), the deeper on a tie; when none reads as a question,
 * the level with the most headings below the title.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { withoutEmoji } from '../steps/emoji.ts';
import { linesOutsideCode, looksLikeQuestion } from './shared.ts';

export interface QuestionLevel {
  depth: number;
  /** Headings at that level, and how many of them read as questions. */
  headings: number;
  questions: number;
}

/** "Answer", "Answer:", "Answers": a heading that only says an answer follows. */
export const ANSWER_HEADING = /^answers?\s*:?$/i;

export function questionLevel(text: string): QuestionLevel | undefined {
  const levels = new Map<number, { headings: number; questions: number }>();
  for (const { line, inCode } of linesOutsideCode(text)) {
    if (inCode) continue;
    const match = /^ {0,3}(#{1,6})(?:[ \t](.*))?$/.exec(line);
    if (!match) continue;
    const title = withoutEmoji(withoutClosingHashes((match[2] ?? '').trim())).trim();
    if (title === '' || ANSWER_HEADING.test(title)) continue;
    const level = levels.get(match[1]!.length) ?? { headings: 0, questions: 0 };
    level.headings++;
    if (looksLikeQuestion(title)) level.questions++;
    levels.set(match[1]!.length, level);
  }
  if (levels.size === 0) return undefined;
  const all = [...levels].map(([depth, counts]) => ({ depth, ...counts })).sort((a, b) => a.depth - b.depth);
  const asked = all.filter((level) => level.questions > 0);
  if (asked.length > 0) return asked.reduce((best, level) => (level.questions >= best.questions ? level : best));
  // No heading asks anything (study notes): the level with most headings; a lone title level only when alone.
  const belowTitle = all.length > 1 ? all.filter((level) => level.depth > 1) : all;
  return belowTitle.reduce((best, level) => (level.headings > best.headings ? level : best));
}

/** "## Title ##" -> "Title": a closing run of "#" after a space. */
function withoutClosingHashes(text: string): string {
  const closing = /(?<!#)#+$/.exec(text);
  return closing && (closing.index === 0 || text[closing.index - 1] === ' ') ? text.slice(0, closing.index).trim() : text;
}

/** Removes "Answer:" headings at or below the question level (they add nothing to a page that is the answer); returns how many. */
export function dropAnswerHeadings(tree: Root, entryDepth: number): number {
  const before = tree.children.length;
  tree.children = tree.children.filter((node: RootContent) => !(node.type === 'heading' && node.depth >= entryDepth && ANSWER_HEADING.test(withoutEmoji(toString(node)).trim())));
  return before - tree.children.length;
}
