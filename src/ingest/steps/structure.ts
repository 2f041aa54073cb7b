/**
 * Step: give an answer the structure a careful author would. Unwraps the
 * "- **Answer:**" list item that 000 puts every answer in, turns label lines
 * ("**Visual Explanation:**") into headings so long answers get a table of
 * contents, and lifts the source's own short answer out as the summary.
 */
import type { Heading, List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isLeadIn } from './lead-in.ts';
import { plainText } from './plain-text.ts';

export interface Structured {
  body: RootContent[];
  /** The source's short answer, plain text, when it has one. */
  summary?: string;
}

/** Labels that introduce a snippet ("Example:") rather than a section: they stay bold. */
const GENERIC_LABEL = /^(example|examples|output|syntax|usage|note|command|commands|solution|cause)s?:$/i;
const ANSWER_LABEL = /^answer\s*:?$/i;
const SHORT_ANSWER_LABEL = /^(short|quick)\s+answer\s*:?$/i;

export function structureAnswer(body: RootContent[]): Structured {
  let nodes = unwrapAnswerItem(body);
  nodes = labelsToHeadings(nodes);
  return liftShortAnswer(nodes);
}

/** `- **Answer:** …` (one list item holding the whole answer) becomes the answer itself. */
function unwrapAnswerItem(body: RootContent[]): RootContent[] {
  const at = body.findIndex((node) => node.type === 'list' && isAnswerItem(node));
  if (at === -1) return body;
  const item = (body[at] as List).children[0]!;
  const [first, ...rest] = item.children;
  const remainder = withoutLeadingLabel(first as Paragraph);
  const answer = [...(remainder ? [remainder] : []), ...rest] as RootContent[];
  const before = body.slice(0, at);
  // Text before the answer is the scenario the question sets; mark where the answer starts.
  const divider: RootContent[] = before.length > 0 ? [heading(2, 'Answer')] : [];
  return [...before, ...divider, ...answer, ...body.slice(at + 1)];
}

function isAnswerItem(list: List): boolean {
  const first = list.children.length === 1 ? list.children[0]!.children[0] : undefined;
  return first?.type === 'paragraph' && first.children[0]?.type === 'strong' && ANSWER_LABEL.test(toString(first.children[0]).trim());
}

/** Drops the leading bold label (and the line break after it); undefined if nothing is left. */
function withoutLeadingLabel(paragraph: Paragraph): Paragraph | undefined {
  const children = paragraph.children.slice(1);
  while (children[0] && (children[0].type === 'break' || (children[0].type === 'text' && children[0].value.trim() === ''))) children.shift();
  if (children[0]?.type === 'text') children[0] = { ...children[0], value: children[0].value.replace(/^[\s:]+/, '') };
  return children.length > 0 ? { type: 'paragraph', children } : undefined;
}

/**
 * A paragraph that is only a bold label ending in ":" is a heading in
 * disguise. It sits one level below the section it is in ("### Created" /
 * "How it Happens:" / "Transition:" make two siblings under Created), and a
 * label that sums up ("Summary of…:") is a sibling of that section.
 */
function labelsToHeadings(nodes: RootContent[]): RootContent[] {
  let section: number | undefined;
  return nodes.map((node) => {
    if (node.type === 'heading') section = node.depth;
    const label = labelText(node);
    if (label === undefined) return node;
    const depth = section === undefined ? 2 : Math.min(6, WRAP_UP.test(label) ? section : section + 1);
    return heading(depth as Heading['depth'], label.slice(0, -1).trim(), ((node as Paragraph).children[0] as { children: PhrasingContent[] }).children);
  });
}

/** Labels that look back over the sections before them. */
const WRAP_UP = /^(summary|in summary|conclusion|key takeaways|key notes|key points)\b/i;

/** The text of a bold-only paragraph that labels a section, if it is one. */
function labelText(node: RootContent): string | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1) return undefined;
  const only = node.children[0]!;
  if (only.type !== 'strong') return undefined;
  const text = toString(only).trim();
  if (!text.endsWith(':') || text.length > 80 || GENERIC_LABEL.test(text) || isLeadIn(text)) return undefined;
  return text;
}

function liftShortAnswer(nodes: RootContent[]): Structured {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    // "**Short Answer:** text" in one paragraph
    if (node.type === 'paragraph' && node.children[0]?.type === 'strong' && SHORT_ANSWER_LABEL.test(toString(node.children[0]).trim())) {
      const rest = withoutLeadingLabel(node);
      if (rest) return { body: without(nodes, i, 1), summary: plain(rest) };
    }
    // "Short Answer" as a heading (or a label turned heading) followed by its text
    if (node.type === 'heading' && SHORT_ANSWER_LABEL.test(toString(node).trim())) {
      const next = nodes[i + 1];
      if (next?.type === 'paragraph' || next?.type === 'list') return { body: without(nodes, i, 2), summary: plain(next) };
      return { body: nodes };
    }
  }
  return { body: nodes };
}

function without(nodes: RootContent[], at: number, count: number): RootContent[] {
  return [...nodes.slice(0, at), ...nodes.slice(at + count)];
}

/** Plain text of a paragraph or list, one line; list items joined with "; ". */
function plain(node: RootContent): string {
  if (node.type !== 'list') return plainText(node);
  return `${node.children.map((item) => plainText(item).replace(/[.;]$/, '')).join('; ')}.`;
}

function heading(depth: Heading['depth'], text: string, children?: PhrasingContent[]): Heading {
  const content = children ? trimTrailingColon(children) : [{ type: 'text' as const, value: text }];
  return { type: 'heading', depth, children: content };
}

function trimTrailingColon(children: PhrasingContent[]): PhrasingContent[] {
  const copy = [...children];
  const last = copy.at(-1);
  if (last?.type === 'text') copy[copy.length - 1] = { ...last, value: last.value.replace(/(?<!\s)\s*:\s*$/, '') };
  return copy;
}
