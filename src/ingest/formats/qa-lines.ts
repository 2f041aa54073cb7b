/**
 * Format "qa-lines": notes written as "Q: …" and "A: …" lines (also
 * "Question:", "Q1.", "Answer:", "Ans:", bold or not). An answer runs until
 * the next question and may hold several paragraphs, lists and code blocks:
 * the question line becomes a heading and the "A:" label goes, line for line,
 * and the result is read as markdown, so every line keeps its number.
 */
import type { Root } from 'mdast';
import { deepestHeading, dropUnanswered, linesOutsideCode } from './shared.ts';
import { parseMarkdown } from './markdown.ts';

const BOLD = String.raw`(?:\*\*|__)?`;
/** Matched against a line without its trailing white space. */
export const QUESTION_LINE = new RegExp(String.raw`^[ \t]*(?:[-*] )?${BOLD}(?:Q|Question)(?: ?#?\d{1,4})? ?[:.)]${BOLD}[ \t]+(\S.*)$`, 'i');
export const ANSWER_LINE = new RegExp(String.raw`^[ \t]*(?:[-*] )?${BOLD}(?:A|Ans|Answer)(?: ?\d{1,4})? ?[:.)]${BOLD}(?:[ \t]+(\S.*))?$`, 'i');

export interface QaLines {
  tree: Root;
  entryDepth: number;
  unanswered: number;
}

/** Q lines that an A line answers: how detection counts this shape. */
export function countQaPairs(text: string): number {
  let pairs = 0;
  let open = false;
  for (const { line, inCode } of linesOutsideCode(text)) {
    if (inCode) continue;
    if (QUESTION_LINE.test(line.trimEnd())) open = true;
    else if (open && ANSWER_LINE.test(line.trimEnd())) {
      pairs++;
      open = false;
    }
  }
  return pairs;
}

export function parseQaLines(text: string, file: string): QaLines {
  const depth = Math.min(6, Math.max(2, deepestHeading(text) + 1));
  const lines = linesOutsideCode(text);
  const out = lines.map(({ line }) => line);
  for (let i = 0; i < lines.length; i++) {
    const { line, inCode } = lines[i]!;
    if (inCode) continue;
    const question = QUESTION_LINE.exec(line.trimEnd())?.[1];
    if (question === undefined) continue;
    // A question may wrap onto the next lines, up to its answer or a blank line.
    const parts = [unbold(question)];
    let next = i + 1;
    while (next < lines.length && !lines[next]!.inCode && lines[next]!.line.trim() !== '' && !ANSWER_LINE.test(lines[next]!.line.trimEnd()) && !QUESTION_LINE.test(lines[next]!.line.trimEnd())) {
      parts.push(unbold(lines[next]!.line.trim()));
      out[next] = '';
      next++;
    }
    out[i] = `${'#'.repeat(depth)} ${parts.join(' ')}`;
    const answer = next < lines.length && !lines[next]!.inCode ? ANSWER_LINE.exec(lines[next]!.line.trimEnd()) : null;
    // The answer's first words stay on their line; indentation would make them code.
    if (answer) out[next] = (answer[1] ?? '').trim();
    i = answer ? next : next - 1;
  }
  const tree = parseMarkdown(out.join('\n'), file);
  const unanswered = dropUnanswered(tree, depth);
  return { tree, entryDepth: depth, unanswered };
}

function unbold(text: string): string {
  return text.replace(/^(\*\*|__)/, '').replace(/(\*\*|__)$/, '').trim();
}
