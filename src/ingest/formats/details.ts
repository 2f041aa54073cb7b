/**
 * Format "details": questions folded as HTML, the shape of devops-exercises
 * and many banks like it:
 *
 *   ## Containers
 *   <details>
 *   <summary>What is a container?</summary><br><b>answer</b>
 *   </details>
 *
 * The summary is the question (its <b>/<code> tags dropped), whatever else
 * the block holds is the answer: HTML, or markdown after a blank line. The
 * headings outside the blocks become sections; text outside the blocks
 * after the first one (tables of exercises, images) is not part of any
 * answer and goes. Answers may still hold HTML nodes: a later step cleans
 * those; the <details>/<summary> wrappers never reach an answer.
 */
import type { Heading, Html, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { IngestError } from '../errors.ts';
import { parseMarkdown } from './markdown.ts';
import { visit } from 'unist-util-visit';
import { at, decodeEntities, hasContent, linesOutsideCode, questionHeading, stripTags } from './shared.ts';

export interface Details {
  tree: Root;
  entryDepth: number;
  questions: number;
  unanswered: number;
  /** Nodes outside every block after the first one. */
  outside: number;
}

const TAG = /<(\/?)(details|summary)\b[^<>]*>/gi;
/** The same, for a test (a /g regex keeps its place between tests). */
const HAS_TAG = /<\/?(?:details|summary)\b/i;
/** Tags only, no text: the <b> an answer opens with, a lone <br>. */
const EMPTY_HTML = (html: string) => stripTags(html).trim() === '';

/** How detection counts this shape: <details> blocks whose first element is a <summary>. */
export function countDetails(text: string): number {
  return text.match(/<details\b[^<>]*>\s*<summary\b/gi)?.length ?? 0;
}

/**
 * Parses with a blank line put before every line that opens with a
 * <details> or <summary> tag (or closes one, as "</b></details>" does), so
 * that markdown cannot take it as the lazy last line of a list or paragraph;
 * positions are then moved back to the file's own lines.
 */
function parseSeparated(text: string, file: string): Root {
  const out: string[] = [];
  const origin: number[] = [];
  for (const { line, index, inCode } of linesOutsideCode(text)) {
    if (!inCode && out.length > 0 && out.at(-1)!.trim() !== '' && STARTS_WITH_TAG.test(line)) {
      out.push('');
      origin.push(index + 1);
    }
    out.push(line);
    origin.push(index + 1);
  }
  let tree: Root;
  try {
    tree = parseMarkdown(out.join('\n'), file);
  } catch (error) {
    if (error instanceof IngestError && error.line !== undefined) throw new IngestError(error.file, origin[error.line - 1] ?? error.line, error.reason);
    throw error;
  }
  if (out.length !== origin.length || out.length === text.split('\n').length) return tree;
  visit(tree, (node) => {
    if (!node.position) return;
    node.position = {
      start: { line: origin[node.position.start.line - 1] ?? node.position.start.line, column: node.position.start.column },
      end: { line: origin[node.position.end.line - 1] ?? node.position.end.line, column: node.position.end.column },
    };
  });
  return tree;
}

/** A line opening with tags, one of them a <details> or <summary> tag. */
const STARTS_WITH_TAG = /^\s*(?:<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>)*<\/?(?:details|summary)\b/i;

type State = 'outside' | 'opened' | 'summary' | 'answer';

interface Block {
  summary: string;
  line: number;
  answer: RootContent[];
}

export function parseDetails(text: string, file: string): Details {
  const parsed = parseSeparated(text, file);
  const out: ({ kind: 'node'; node: RootContent } | { kind: 'block'; block: Block })[] = [];
  // Widened: the scanner below changes it inside closures, which TypeScript's narrowing does not see.
  let state = 'outside' as State;
  let block: Block | undefined;
  let nested = 0;
  let seenBlock = false;
  let outside = 0;

  const keepOutside = (node: RootContent) => {
    if (node.type === 'heading' || !seenBlock) out.push({ kind: 'node', node });
    else outside++;
  };
  const answerHtml = (html: string, line: number) => {
    const value = html.replace(/^(?:\s*<br\s*\/?>)+/i, '').trim();
    if (!EMPTY_HTML(value)) block!.answer.push({ type: 'html', value, position: at(line) });
  };

  const take = (node: RootContent) => {
    if (state === 'answer') block!.answer.push(node);
    else if (state === 'summary') block!.summary += ` ${toString(node)}`;
    else if (state === 'outside') keepOutside(node);
  };
  /** Moves through the tags in `html`, which starts on `start`; text between them goes where the state says. */
  const scan = (html: string, start: number) => {
    const lineAt = (offset: number) => start + (html.slice(0, offset).match(/\n/g)?.length ?? 0);
    let last = 0;
    const chunk = (end: number) => {
      const text = html.slice(last, end);
      if (state === 'summary') block!.summary += text;
      else if (state === 'answer') answerHtml(text, lineAt(last));
      else if (state === 'outside' && !EMPTY_HTML(text)) keepOutside({ type: 'html', value: text.trim(), position: at(lineAt(last)) });
    };
    for (const match of html.matchAll(TAG)) {
      const [tag, closing, name] = [match[0], match[1] === '/', match[2]!.toLowerCase()];
      chunk(match.index);
      last = match.index + tag.length;
      if (state === 'answer' && name === 'details' && !closing) nested++;
      else if (state === 'answer' && name === 'details' && closing && nested > 0) nested--;
      else if (state === 'answer' && name === 'details' && closing) {
        out.push({ kind: 'block', block: block! });
        state = 'outside';
      } else if (state === 'answer') answerHtml(tag, lineAt(match.index));
      else if (state === 'outside' && name === 'details' && !closing) {
        state = 'opened';
        seenBlock = true;
      } else if (state === 'opened' && name === 'summary' && !closing) {
        block = { summary: '', line: lineAt(match.index), answer: [] };
        state = 'summary';
      } else if (state === 'opened' && name === 'details' && closing) state = 'outside';
      else if (state === 'summary' && name === 'summary' && closing) state = 'answer';
    }
    chunk(html.length);
  };

  for (const node of parsed.children) {
    if (node.type === 'html') scan(node.value, node.position?.start.line ?? 0);
    else if (node.type === 'paragraph' && node.children.some((child) => child.type === 'html' && HAS_TAG.test(child.value))) {
      // "answer text\n</b></details>": a closing tag that could not end the paragraph sits inside it.
      let run: PhrasingContent[] = [];
      const flush = () => {
        while (run[0]?.type === 'html' && EMPTY_HTML(run[0].value)) run.shift();
        while (run.at(-1)?.type === 'html' && EMPTY_HTML((run.at(-1) as Html).value)) run.pop();
        const [first, last] = [run[0], run.at(-1)];
        if (first?.type === 'text') run[0] = { ...first, value: first.value.trimStart() };
        if (last?.type === 'text') run[run.length - 1] = { ...last, value: (run.length === 1 ? (run[0] as typeof last).value : last.value).trimEnd() };
        if (run.some((child) => toString(child).trim() !== '')) take({ type: 'paragraph', children: run, ...(run[0]!.position ? { position: run[0]!.position } : {}) });
        run = [];
      };
      for (const child of node.children) {
        if (child.type === 'html' && HAS_TAG.test(child.value)) {
          flush();
          scan(child.value, child.position?.start.line ?? node.position?.start.line ?? 0);
        } else run.push(child);
      }
      flush();
    } else take(node);
  }
  if (state === 'summary') throw new IngestError(file, block!.line, 'the <summary> opened here is never closed with </summary>');
  if (state === 'answer') out.push({ kind: 'block', block: block! });

  const sections = out.flatMap((item) => (item.kind === 'node' && item.node.type === 'heading' ? [item.node.depth] : []));
  const depth = Math.min(6, Math.max(2, ...sections.map((d) => d + 1)));
  const children: RootContent[] = [];
  let questions = 0;
  let unanswered = 0;
  for (const item of out) {
    if (item.kind === 'node') {
      children.push(item.node);
      continue;
    }
    const title = decodeEntities(stripTags(item.block.summary)).replace(/\s+/g, ' ').trim();
    if (title === '' || !hasContent(item.block.answer)) {
      unanswered++;
      continue;
    }
    children.push(questionHeading(depth, title, item.block.line));
    // Headings inside an answer stay inside it: below the question level.
    for (const node of item.block.answer) {
      if (node.type === 'heading' && node.depth <= depth) (node as Heading).depth = Math.min(6, depth + 1) as Heading['depth'];
    }
    children.push(...item.block.answer);
    questions++;
  }
  return { tree: { type: 'root', children }, entryDepth: depth, questions, unanswered, outside };
}
