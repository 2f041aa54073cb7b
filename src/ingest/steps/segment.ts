/**
 * Step: cut a parsed document into raw entries, one per question heading.
 * Headings shallower than the question depth name groups ("Fundamental
 * Concepts"); deeper ones stay inside their answer. What comes before the first
 * question (the document's title and intro) is not an entry.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { IngestError } from '../errors.ts';
import type { RawEntry, SourceConfig } from '../types.ts';

export interface Segmented {
  entries: RawEntry[];
  /** Top-level nodes before the first question that were not kept. */
  preamble: number;
  /** Questions with no answer, left out (only when `skipUnanswered`: a reader's own notes). */
  unanswered: { line: number; heading: string }[];
}

const QUESTION_NUMBER = /^(?:Q\s*)?(\d+)\s*[.:)]\s*/i;

export function segment(tree: Root, source: SourceConfig, entryDepth: number, file: string, { skipUnanswered = false } = {}): Segmented {
  const entries: RawEntry[] = [];
  const unanswered: Segmented['unanswered'] = [];
  let section: string | undefined;
  let current: RawEntry | undefined;
  let preamble = 0;
  const seenNumbers = new Map<string, number>();

  const close = () => {
    if (current && !current.body.some(hasText)) {
      if (skipUnanswered) {
        entries.splice(entries.indexOf(current), 1);
        unanswered.push({ line: current.line, heading: current.heading });
        current = undefined;
        return;
      }
      throw new IngestError(file, current.line, `the question "${current.heading}" has no answer`);
    }
    current = undefined;
  };

  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= entryDepth) {
      close();
      const heading = toString(node).trim();
      if (node.depth < entryDepth) {
        // A depth-1 heading is the document's title, not a group of questions.
        if (node.depth > 1) section = heading;
        if (!current && entries.length === 0) preamble++;
        continue;
      }
      const line = node.position?.start.line ?? 0;
      if (heading === '') throw new IngestError(file, line, 'a question heading has no text');
      const sourceHeading = node.data?.sourceHeading ?? heading;
      current = { source, heading, sourceHeading, line, locator: locatorFor(sourceHeading, line, seenNumbers), body: [], ...(section ? { section } : {}) };
      entries.push(current);
      continue;
    }
    if (current) current.body.push(node);
    else preamble++;
  }
  close();
  return { entries, preamble, unanswered };
}

/** "Q31" for a numbered question, "Q31 (second)" when the number repeats, else "line N". */
function locatorFor(heading: string, line: number, seen: Map<string, number>): string {
  const number = QUESTION_NUMBER.exec(heading)?.[1];
  if (!number) return `line ${line}`;
  const times = (seen.get(number) ?? 0) + 1;
  seen.set(number, times);
  const ordinals = ['', '', ' (second)', ' (third)', ' (fourth)'];
  return `Q${number}${ordinals[times] ?? ` (${times}th)`}`;
}

function hasText(node: RootContent): boolean {
  return toString(node).trim() !== '' || node.type === 'code';
}
