/**
 * Pieces the readers of a reader's own notes share: question headings,
 * answers parsed as markdown at their place in the file, and telling a
 * question from a label.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { cleanTitle, isQuestion } from '../steps/clean-title.ts';
import { IngestError } from '../errors.ts';
import type { GivenMeta } from '../types.ts';
import { parseMarkdown } from './markdown.ts';

/** A question heading at `depth`, on `line` of the file. */
export function questionHeading(depth: number, text: string, line: number, given?: GivenMeta): Heading {
  const node: Heading = { type: 'heading', depth: Math.min(6, Math.max(1, depth)) as Heading['depth'], children: [{ type: 'text', value: text }], position: at(line) };
  if (given && Object.keys(given).length > 0) node.data = { given };
  return node;
}

export function at(line: number, endLine = line) {
  return { start: { line, column: 1 }, end: { line: endLine, column: 1 } };
}

/**
 * Markdown that starts on `firstLine` of the file, parsed with every position
 * moved there, so warnings and errors name the file's own lines.
 */
export function parseFragment(text: string, file: string, firstLine: number): RootContent[] {
  let tree: Root;
  try {
    tree = parseMarkdown(text, file);
  } catch (error) {
    // parseMarkdown counts lines from the fragment's start; name the file's line.
    if (error instanceof IngestError && error.line !== undefined) throw new IngestError(error.file, error.line + firstLine - 1, error.reason);
    throw error;
  }
  shiftLines(tree, firstLine - 1);
  return tree.children;
}

export function shiftLines(tree: Node, by: number): void {
  if (by === 0) return;
  visit(tree, (node) => {
    if (!node.position) return;
    node.position = {
      start: { ...node.position.start, line: node.position.start.line + by, offset: undefined },
      end: { ...node.position.end, line: node.position.end.line + by, offset: undefined },
    };
  });
}

/** Numbering a question may open with: "1.", "Q1:", "Q:", "Question 3 -", "#4". */
export const QUESTION_NUMBERING = /^(?:q(?:uestion)?(?: ?#?\d+)?|#?\d+)(?: ?[.:)\]]| [–—-](?= ))\s*/i;

/** The heading reads as a question: numbered, asked ("…?") or an instruction ("Explain…"). */
export function looksLikeQuestion(text: string): boolean {
  const bare = text.replace(/[*_`]/g, '').trim();
  if (bare === '') return false;
  if (QUESTION_NUMBERING.test(bare) && /\p{L}/u.test(bare.replace(QUESTION_NUMBERING, ''))) return true;
  return isQuestion(cleanTitle(bare).title);
}

/** Lines outside fenced code: the readers that work on lines leave code alone. */
export function linesOutsideCode(text: string): { line: string; index: number; inCode: boolean }[] {
  let fence: string | undefined;
  return text.split('\n').map((line, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    const inCode = fence !== undefined || marker !== undefined;
    if (marker && fence === undefined) fence = marker;
    else if (marker && fence !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    return { line, index, inCode };
  });
}

/** Deepest heading level written with "#" outside code, 0 when there is none. */
export function deepestHeading(text: string): number {
  let deepest = 0;
  for (const { line, inCode } of linesOutsideCode(text)) {
    const hashes = /^ {0,3}(#{1,6})(?:\s|$)/.exec(line)?.[1];
    if (!inCode && hashes) deepest = Math.max(deepest, hashes.length);
  }
  return deepest;
}

/** True when the answer holds something to read. */
export function hasContent(nodes: RootContent[]): boolean {
  return nodes.some((node) => node.type === 'code' || (node.type === 'html' ? stripTags(node.value).trim() !== '' : 'value' in node || 'children' in node ? textOf(node).trim() !== '' : false));
}

function textOf(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

export function stripTags(html: string): string {
  return html.replace(/<[^<>]*>/g, '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Removes question headings at `depth` with nothing to read before the next
 * heading at that level or above (banks list questions they never answered);
 * returns how many. Headings above `depth` are sections and stay.
 */
export function dropUnanswered(tree: Root, depth: number): number {
  const kept: RootContent[] = [];
  let dropped = 0;
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'heading' && node.depth === depth) {
      let end = i + 1;
      while (end < children.length && !(children[end]!.type === 'heading' && (children[end] as Heading).depth <= depth)) end++;
      if (!hasContent(children.slice(i + 1, end))) {
        dropped++;
        i = end - 1;
        continue;
      }
    }
    kept.push(node);
  }
  tree.children = kept;
  return dropped;
}
