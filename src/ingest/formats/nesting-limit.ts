/**
 * How deep a document may nest: lists, quotes, emphasis and the like inside
 * one another at most MAX_NESTING levels. Later steps walk the tree
 * recursively (unist-util-visit, remark-gfm's transforms, structuredClone,
 * the MDX emit), and a tree a thousand levels deep overflows the stack; no
 * real document comes near (the deepest Markdown source here nests 4 levels).
 *
 * Markdown is checked twice. Before parsing, a line whose leading
 * indentation and quote or list markers are wider than MAX_PREFIX_COLUMNS is
 * refused: the parser's time on a line grows with the square of how many
 * lists and quotes it continues, so a 1,000-deep list would cost minutes
 * before any tree exists. While parsing, the finished tree is measured before
 * remark-gfm's transforms walk it.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Node, Parent } from 'unist';
import { IngestError } from '../errors.ts';

export const MAX_NESTING = 100;
/** Two columns a level ("- " or "> "), so a line at the nesting limit fits. */
export const MAX_PREFIX_COLUMNS = 2 * MAX_NESTING;

/** Where the text sits in its file: a body after frontmatter starts further down. */
interface Place {
  file: string;
  /** The file's line of the text's first line. */
  firstLine?: number;
}

/** Markdown (CommonMark and GFM) to mdast, refusing nesting beyond the limit with the file and line. */
export function parseMarkdownWithinLimits(text: string, place: Place): Root {
  assertPrefixesFit(text, place);
  return unified().use(remarkParse).use(measureTree, place).use(remarkGfm).parse(text);
}

/** Refuses a tree nested deeper than MAX_NESTING: every format's tree is checked. */
export function assertNesting(tree: Node, { file, firstLine = 1 }: Place): void {
  const { depth, firstTooDeep } = deepestNode(tree);
  if (firstTooDeep) throw new IngestError(file, lineOf(firstTooDeep, firstLine), `nested ${depth} levels deep; at most ${MAX_NESTING}`);
}

/** Parents that are part of the level they sit in: an item of a list, the text block of an item or quote, a table's rows and cells. */
const PART_OF_A_LEVEL = new Set(['listItem', 'paragraph', 'heading', 'tableRow', 'tableCell']);

interface Visit {
  node: Node;
  level: number;
  parent: Visit | undefined;
}

/**
 * The nesting of the deepest node, and the first node beyond the limit,
 * without recursion. Each list, quote, table, emphasis or link is one
 * level; the document, text, and PART_OF_A_LEVEL are none, so a list nested
 * 100 deep is 100 levels.
 */
function deepestNode(tree: Node): { depth: number; firstTooDeep: Visit | undefined } {
  let depth = 0;
  let firstTooDeep: Visit | undefined;
  const stack: Visit[] = [{ node: tree, level: 0, parent: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (visit.level > depth) depth = visit.level;
    if (visit.level > MAX_NESTING) firstTooDeep ??= visit;
    const children = (visit.node as Partial<Parent>).children ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!;
      const nests = 'children' in child && !PART_OF_A_LEVEL.has(child.type);
      stack.push({ node: child, level: nests ? visit.level + 1 : visit.level, parent: visit });
    }
  }
  return { depth, firstTooDeep };
}

/** The line of the node, or of its nearest ancestor that has a position. */
function lineOf(visit: Visit, firstLine: number): number | undefined {
  for (let at: Visit | undefined = visit; at; at = at.parent) {
    if (at.node.position) return at.node.position.start.line + firstLine - 1;
  }
  return undefined;
}

/** A remark plugin: measures the tree as soon as it is built, before remark-gfm's transforms walk it. */
function measureTree(this: Processor, place: Place): void {
  const data = this.data() as { fromMarkdownExtensions?: { transforms: ((tree: Root) => void)[] }[] };
  (data.fromMarkdownExtensions ??= []).push({ transforms: [(tree) => assertNesting(tree, place)] });
}

/** Refuses a line whose leading spaces, tabs, ">" and list markers span more than MAX_PREFIX_COLUMNS columns. */
function assertPrefixesFit(text: string, { file, firstLine = 1 }: Place): void {
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const columns = prefixColumns(text, start, end < 0 ? text.length : end);
    if (columns > MAX_PREFIX_COLUMNS) {
      throw new IngestError(file, firstLine + line, `indented ${columns} columns (spaces, tabs and quote or list markers); at most ${MAX_PREFIX_COLUMNS}, room for lists or quotes ${MAX_NESTING} levels deep`);
    }
    if (end < 0) break;
    start = end + 1;
  }
}

/** Columns of the line's container prefix: whitespace (a tab to the next multiple of 4), ">", and "-", "*", "+" or "1." / "1)" markers followed by a space. */
function prefixColumns(text: string, start: number, end: number): number {
  let columns = 0;
  let at = start;
  while (at < end) {
    const char = text[at]!;
    if (char === ' ' || char === '>') columns++;
    else if (char === '\t') columns += 4 - (columns % 4);
    else {
      const marker = listMarkerLength(text, at, end);
      if (marker === 0) break;
      columns += marker;
      at += marker;
      continue;
    }
    at++;
  }
  return columns;
}

/** Length of a list marker at `at` that a space or tab follows (the marker only), else 0. */
function listMarkerLength(text: string, at: number, end: number): number {
  let length = 0;
  if ('-*+'.includes(text[at]!)) length = 1;
  else {
    while (length < 9 && at + length < end && text[at + length]! >= '0' && text[at + length]! <= '9') length++;
    if (length === 0 || !'.)'.includes(text[at + length] ?? '')) return 0;
    length++;
  }
  const after = text[at + length];
  return after === ' ' || after === '\t' ? length : 0;
}
