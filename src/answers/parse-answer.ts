/**
 * Reads one of our answer files (content/answers/<slug>.md, format in
 * content/answers/README.md) into its parts: the fields, the answer, the key
 * points and the follow-ups. Pure; every problem is an IngestError naming the
 * file and line, so the ingest and the checker report the same way.
 */
import type { Code, List, ListItem, RootContent } from 'mdast';
import type { Node } from 'unist';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { IngestError } from '../ingest/errors.ts';
import { parseMarkdownWithinLimits } from '../ingest/formats/nesting-limit.ts';

export const ANSWER_WORDS = { min: 120, max: 400 } as const;
export const KEY_POINTS = { min: 3, max: 6 } as const;
export const FOLLOW_UPS = { min: 2, max: 4 } as const;
const SUMMARY_MAX_WORDS = 50;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case words joined by "-"');
const docsPage = z.string().regex(/^https:\/\/docs\.docker\.com\/\S*$/, 'a docs page is under https://docs.docker.com/');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date looks like 2026-12-07');

export const answerFieldsSchema = z
  .object({
    /** The day every claim was checked against the Docker documentation. */
    checked: isoDate,
    /** The docs.docker.com pages the answer was checked against. */
    docs: z.array(docsPage).min(1),
    /** The second, independent review: when, how many claims, how many mended. */
    review: z
      .object({
        date: isoDate,
        claims: z.number().int().positive(),
        mended: z.number().int().nonnegative(),
        notes: z.string().optional(),
      })
      .strict()
      .optional(),
    /** Set only on an entry of our own: the question as a reader asks it. */
    title: z.string().min(1).optional(),
    topic: slug.optional(),
    kind: z.enum(['question', 'note']).optional(),
    level: z.enum(['basic', 'intermediate', 'advanced']).optional(),
    summary: z
      .string()
      .min(1)
      .refine((text) => text.trim().split(/\s+/).length <= SUMMARY_MAX_WORDS, `a short answer has at most ${SUMMARY_MAX_WORDS} words`)
      .optional(),
    tags: z.array(z.string().min(1)).optional(),
    /** The ways candidates phrase the question (any entry: they join the sources' own phrasings). */
    aliases: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type AnswerFields = z.infer<typeof answerFieldsSchema>;

export interface FollowUp {
  /** The question as we word it. */
  question: string;
  /** The entry that answers it, when we have one. */
  slug?: string;
  line: number;
}

export interface ParsedAnswer {
  slug: string;
  file: string;
  fields: AnswerFields;
  /** The answer itself, as mdast (paragraphs, lists, code). */
  answer: RootContent[];
  /** Each key point's content (a list item's children). */
  keyPoints: ListItem[];
  followUps: FollowUp[];
  /** Prose words of the answer, code blocks not counted. */
  words: number;
  /** The line of the file where the body starts (mdast positions count from it). */
  bodyLine: number;
  /** The code blocks of the whole body, with their line in the file. */
  code: { lang: string; value: string; line: number }[];
}

const REQUIRED_FOR_OWN = ['topic', 'kind', 'level', 'summary'] as const;

export function parseAnswer(text: string, file: string): ParsedAnswer {
  const slugOfFile = file.replace(/^.*\//, '').replace(/\.md$/, '');
  if (!slug.safeParse(slugOfFile).success) throw new IngestError(file, undefined, 'the file name must be the entry slug (lower-case words joined by "-") with .md');
  const { fields, bodyText, bodyLine } = splitFrontmatter(text, file);
  const root = parseMarkdownWithinLimits(bodyText, { file, firstLine: bodyLine });
  const lineOf = (node: Node) => (node.position?.start.line ?? 1) + bodyLine - 1;

  visit(root, (node) => {
    if (node.type === 'html') throw new IngestError(file, lineOf(node), 'an answer holds no HTML: write it as markdown');
    if (node.type === 'image' || node.type === 'imageReference') throw new IngestError(file, lineOf(node), 'an answer holds no images');
    if (node.type === 'definition' || node.type === 'footnoteDefinition') throw new IngestError(file, lineOf(node), 'an answer holds no link definitions or footnotes');
  });

  const sections = splitSections(root.children, file, lineOf);
  const answer = sections.get('answer')!;
  const keyPointList = onlyList(sections.get('Key points'), 'Key points', file, lineOf);
  const followUpList = onlyList(sections.get('Follow-ups'), 'Follow-ups', file, lineOf);

  const words = proseWords(answer);
  if (words < ANSWER_WORDS.min || words > ANSWER_WORDS.max) {
    throw new IngestError(file, bodyLine, `the answer has ${words} words of prose; it needs ${ANSWER_WORDS.min}-${ANSWER_WORDS.max}`);
  }
  countWithin(keyPointList.list, KEY_POINTS, 'key points', file, keyPointList.line);
  countWithin(followUpList.list, FOLLOW_UPS, 'follow-ups', file, followUpList.line);

  const code: ParsedAnswer['code'] = [];
  visit(root, 'code', (node: Code) => {
    if (!node.lang) throw new IngestError(file, lineOf(node), 'a code block needs a language (dockerfile, yaml, json, bash, console, text, ...)');
    code.push({ lang: node.lang, value: node.value, line: lineOf(node) });
  });
  visit(root, 'link', (node) => {
    if (!/^(https:\/\/(docs\.docker\.com|github\.com)\/|[a-z0-9-]+$)/.test(node.url)) {
      throw new IngestError(file, lineOf(node), `a link goes to docs.docker.com, github.com or an entry slug, not "${node.url}"`);
    }
  });

  const own = fields.title !== undefined;
  if (own) {
    const missing = REQUIRED_FOR_OWN.filter((key) => fields[key] === undefined);
    if (missing.length > 0) throw new IngestError(file, 1, `an entry of our own (it has a title) also needs ${missing.join(', ')}`);
  } else {
    const stray = ['topic', 'kind', 'level', 'summary', 'tags'].filter((key) => key in fields);
    if (stray.length > 0) throw new IngestError(file, 1, `${stray.join(', ')} belong to an entry of our own, which has a title; an entry from the sources takes them from content/corrections`);
  }

  return {
    slug: slugOfFile,
    file,
    fields,
    answer,
    keyPoints: keyPointList.list.children,
    followUps: followUpList.list.children.map((item) => followUp(item, file, lineOf)),
    words,
    bodyLine,
    code,
  };
}

function splitFrontmatter(text: string, file: string): { fields: AnswerFields; bodyText: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) throw new IngestError(file, 1, 'an answer starts with YAML frontmatter between --- lines');
  const lineCounter = new LineCounter();
  const document = parseDocument(match[1]!, { lineCounter });
  const syntaxError = document.errors[0];
  if (syntaxError) throw new IngestError(file, (syntaxError.linePos?.[0].line ?? 0) + 1, `frontmatter is not valid YAML: ${syntaxError.message.split('\n')[0]}`);
  const result = answerFieldsSchema.safeParse(document.toJS({ maxAliasCount: 0 }) ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path[0];
    const node = typeof key === 'string' ? document.get(key, true) : undefined;
    const line = node && typeof node === 'object' && 'range' in node && node.range ? lineCounter.linePos((node.range as number[])[0]!).line + 1 : 1;
    throw new IngestError(file, line, `frontmatter${issue.path.length ? ` ${issue.path.join('.')}` : ''}: ${issue.message}`);
  }
  const bodyLine = match[0].split('\n').length;
  return { fields: result.data, bodyText: text.slice(match[0].length), bodyLine };
}

type LineOf = (node: Node) => number;

/** The answer comes first, then "## Key points", then "## Follow-ups", nothing else at level 2 or 1. */
function splitSections(children: RootContent[], file: string, lineOf: LineOf): Map<string, RootContent[]> {
  const order = ['answer', 'Key points', 'Follow-ups'];
  const sections = new Map<string, RootContent[]>([['answer', []]]);
  let current = 'answer';
  for (const node of children) {
    if (node.type === 'heading' && node.depth <= 2) {
      const name = toString(node).trim();
      const expected = order[order.indexOf(current) + 1];
      if (name !== expected) {
        throw new IngestError(file, lineOf(node), `expected ${expected ? `"## ${expected}"` : 'nothing'} here, found "${'#'.repeat(node.depth)} ${name}": the body is the answer, then ## Key points, then ## Follow-ups`);
      }
      current = name;
      sections.set(name, []);
      continue;
    }
    if (node.type === 'heading' && current !== 'answer') throw new IngestError(file, lineOf(node), 'key points and follow-ups hold one list and no headings');
    sections.get(current)!.push(node);
  }
  for (const name of order.slice(1)) if (!sections.has(name)) throw new IngestError(file, undefined, `"## ${name}" is missing`);
  return sections;
}

function onlyList(nodes: RootContent[] | undefined, name: string, file: string, lineOf: LineOf): { list: List; line: number } {
  const list = nodes?.[0];
  if (!nodes || nodes.length !== 1 || list?.type !== 'list') {
    throw new IngestError(file, nodes?.[0] ? lineOf(nodes[0]) : undefined, `"## ${name}" holds exactly one bulleted list`);
  }
  return { list, line: lineOf(list) };
}

function countWithin(list: List, range: { min: number; max: number }, what: string, file: string, line: number): void {
  const count = list.children.length;
  if (count < range.min || count > range.max) throw new IngestError(file, line, `${count} ${what}; there should be ${range.min}-${range.max}`);
}

function followUp(item: ListItem, file: string, lineOf: LineOf): FollowUp {
  const line = lineOf(item);
  const question = toString(item).trim().replace(/\s+/g, ' ');
  if (!question.endsWith('?')) throw new IngestError(file, line, `a follow-up is a question ending in "?": "${question}"`);
  const links: string[] = [];
  visit(item, 'link', (node) => {
    links.push(node.url);
  });
  if (links.length > 1) throw new IngestError(file, line, 'a follow-up links at most one entry');
  const target = links[0];
  if (target !== undefined && !/^[a-z0-9-]+$/.test(target)) throw new IngestError(file, line, `a follow-up links an entry by its slug, not "${target}"`);
  return { question, ...(target ? { slug: target } : {}), line };
}

function proseWords(nodes: RootContent[]): number {
  let count = 0;
  for (const node of nodes) {
    visit(node, (child) => {
      if (child.type === 'code') return 'skip';
      if (child.type === 'text' || child.type === 'inlineCode') count += child.value.split(/\s+/).filter(Boolean).length;
      return undefined;
    });
  }
  return count;
}
