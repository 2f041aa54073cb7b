/**
 * Format "bold-list": questions as bold list items or bold paragraphs,
 * "1. **What is a container?**" or "- **Q: …**", the answer indented under
 * the item or in the paragraphs that follow until the next bold question.
 * Each question becomes a heading one level below the document's own
 * headings (which stay sections); items whose bold text is no question
 * ("- **Note:** …") stay where they are, part of an answer.
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './markdown.ts';
import { deepestHeading, dropUnanswered, looksLikeQuestion, questionHeading } from './shared.ts';

export interface BoldList {
  tree: Root;
  entryDepth: number;
  questions: number;
  unanswered: number;
}

export function parseBoldList(text: string, file: string): BoldList {
  const tree = parseMarkdown(text, file);
  const depth = Math.min(6, Math.max(2, deepestHeading(text) + 1));
  const children: RootContent[] = [];
  let questions = 0;
  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      const question = boldQuestion(node);
      if (question) {
        children.push(headingOf(depth, question.bold, node));
        questions++;
        const rest = trimStart(question.rest);
        if (rest.length > 0) children.push({ ...node, children: rest });
        continue;
      }
    }
    if (node.type !== 'list' || !node.children.some((item) => boldQuestion(item.children[0]))) {
      children.push(node);
      continue;
    }
    // Split the list at its questions; other items stay a list inside the answer before them.
    let pending: ListItem[] = [];
    const flush = () => {
      if (pending.length > 0) children.push({ ...node, children: pending } satisfies List);
      pending = [];
    };
    for (const item of node.children) {
      const question = boldQuestion(item.children[0]);
      if (!question) {
        pending.push(item);
        continue;
      }
      flush();
      children.push(headingOf(depth, question.bold, item));
      questions++;
      const rest = trimStart(question.rest);
      if (rest.length > 0) children.push({ type: 'paragraph', children: rest, ...(item.children[0]!.position ? { position: item.children[0]!.position } : {}) });
      children.push(...(item.children.slice(1) as RootContent[]));
    }
    flush();
  }
  tree.children = children;
  const unanswered = dropUnanswered(tree, depth);
  return { tree, entryDepth: depth, questions: questions - unanswered, unanswered };
}

/** A paragraph that opens with bold text reading as a question: the bold part and what follows it. */
function boldQuestion(node: RootContent | undefined): { bold: PhrasingContent[]; rest: PhrasingContent[] } | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const [first, ...rest] = (node as Paragraph).children;
  if (first?.type !== 'strong' || !looksLikeQuestion(toString(first))) return undefined;
  const restText = rest.map((child) => toString(child)).join('').trim();
  return { bold: first.children, rest: restText === '' || restText === ':' ? [] : rest };
}

function headingOf(depth: number, bold: PhrasingContent[], node: RootContent) {
  const heading = questionHeading(depth, '', node.position?.start.line ?? 0);
  heading.children = bold;
  return heading;
}

function trimStart(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  while (out[0] && (out[0].type === 'break' || (out[0].type === 'text' && /^[\s:–—-]*$/.test(out[0].value)))) out.shift();
  if (out[0]?.type === 'text') out[0] = { ...out[0], value: out[0].value.replace(/^[\s:–—-]+/, '') };
  return out;
}
