/**
 * Reviewed human decisions, read from content/corrections/*.yaml. Each file is
 * validated here; a mistake stops the ingest with the file and line named.
 *
 * Entries are addressed as "<source id>:<line>", the line of the entry's
 * heading in the raw file. Raw files never change, so an address never moves.
 */
import { isMap, isSeq, LineCounter, parseDocument, visit as visitYaml, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { IngestError } from '../errors.ts';

const address = z.string().regex(/^[\w-]+:\d+$/, 'an entry address looks like "source-id:line"');
const level = z.enum(['basic', 'intermediate', 'advanced']);

const topicSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  order: z.number().int(),
  description: z.string().min(1),
  overview: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1),
});

const entrySchema = z
  .object({
    at: address,
    /** The start of the heading at that address, so a wrong address is caught. */
    heading: z.string().min(1),
    title: z.string().min(1).optional(),
    slug: z.string().regex(/^[a-z0-9-]+$/).optional(),
    topic: z.string().optional(),
    level: level.optional(),
    kind: z.enum(['question', 'note']).optional(),
    summary: z.string().min(1).optional(),
    reason: z.string().min(1),
  })
  .strict();

const mergeSchema = z.union([
  z.object({ same: z.array(address).min(2), reason: z.string().min(1) }).strict(),
  z.object({ different: z.array(address).min(2), reason: z.string().min(1) }).strict(),
]);

const linkSchema = z
  .object({
    source: z.string(),
    /** The words in the answer that refer to another page. */
    text: z.string().min(1),
    /** "question:<address>" or "topic:<slug>". */
    to: z.string().regex(/^(question:[\w-]+:\d+|topic:[a-z0-9-]+)$/),
    reason: z.string().min(1),
  })
  .strict();

/** Our short answer: what a strong candidate says first. */
const SUMMARY_MAX_WORDS = 50;
const shortAnswer = z
  .string()
  .min(1)
  .refine((text) => text.trim().split(/\s+/).length <= SUMMARY_MAX_WORDS, `a short answer has at most ${SUMMARY_MAX_WORDS} words`);

const correctionFields = {
  /** The wrong text as the reader sees it: within one paragraph, heading, table cell or code line. */
  quote: z.string().min(1),
};

const fixSchema = z.union([
  z
    .object({
      ...correctionFields,
      /** What is true, in our own words; shown in a "Correction" callout right after the quoted block. */
      correction: z.string().min(1),
      /** The Docker documentation page that backs it. */
      docs: z.string().regex(/^https:\/\/docs\.docker\.com\/\S*$/, 'a correction cites a page under https://docs.docker.com/'),
      /** For code that cannot work as written: the text that replaces the quote inside the code block. */
      replace: z.string().min(1).optional(),
    })
    .strict(),
  z
    .object({
      ...correctionFields,
      /**
       * The same mistake again, already corrected on this page: the quote of that
       * earlier correction. The page points back to it instead of repeating it.
       */
      sameAs: z.string().min(1),
    })
    .strict(),
]);

const reviewSchema = z
  .object({
    at: address,
    heading: z.string().min(1),
    /** Our short answer; a record for another source of a merged entry may carry only corrections. */
    summary: shortAnswer.optional(),
    corrections: z.array(fixSchema).optional(),
  })
  .strict();

const lineRange = z.union([z.number().int().positive(), z.string().regex(/^\d+-\d+$/, 'a line range looks like "120-135"')]);
const layoutBase = { source: z.string(), lines: lineRange, reason: z.string().min(1) };
const layoutSchema = z.discriminatedUnion('as', [
  /** The line is an entry's heading (an interview question or a study section). */
  z.object({ ...layoutBase, as: z.literal('entry'), title: z.string().min(1).optional(), kind: z.enum(['question', 'note']).optional() }).strict(),
  /** The line is a section heading inside an entry. */
  z.object({ ...layoutBase, as: z.literal('section'), title: z.string().min(1).optional(), depth: z.union([z.literal(3), z.literal(4)]).optional() }).strict(),
  /** The line is text, whatever it looks like. */
  z.object({ ...layoutBase, as: z.literal('text') }).strict(),
  /** An entry heading the source lacks, inserted before the line. */
  z.object({ ...layoutBase, as: z.literal('insert-entry'), title: z.string().min(1), kind: z.enum(['question', 'note']).optional() }).strict(),
  /** A section heading the source lacks (a slide that lost its title), inserted before the line (depth 3 unless given). */
  z.object({ ...layoutBase, as: z.literal('insert-section'), title: z.string().min(1), depth: z.union([z.literal(3), z.literal(4)]).optional() }).strict(),
  /** The lines are one code block. */
  z.object({ ...layoutBase, as: z.literal('code'), lang: z.string().optional(), label: z.string().optional() }).strict(),
  /** The lines are page debris. */
  z.object({ ...layoutBase, as: z.literal('debris') }).strict(),
  /** The lines belong after another line (an example the layout put in the wrong place). */
  z.object({ ...layoutBase, as: z.literal('move'), after: z.number().int().positive() }).strict(),
  /** The lines are a flattened table: its columns, the first cell of each row, and cells the heuristic cannot cut. */
  z
    .object({
      ...layoutBase,
      as: z.literal('table'),
      columns: z.array(z.string().min(1)).min(2),
      rows: z.array(z.string().min(1)).min(1),
      cells: z.record(z.string(), z.array(z.string())).optional(),
    })
    .strict(),
]);

export type LayoutCorrection = z.infer<typeof layoutSchema>;
export type TopicConfig = z.infer<typeof topicSchema>;
export type EntryCorrection = z.infer<typeof entrySchema>;
export type MergeCorrection = z.infer<typeof mergeSchema>;
export type LinkCorrection = z.infer<typeof linkSchema>;

/** Where a record stands, for errors: the file and the line of its first key. */
interface Located {
  file: string;
  line: number | undefined;
}
export type Fix = z.infer<typeof fixSchema> & Located;
export type Review = Omit<z.infer<typeof reviewSchema>, 'corrections'> & Located & { corrections: Fix[] };

export interface Corrections {
  topics: TopicConfig[];
  entries: EntryCorrection[];
  merges: MergeCorrection[];
  links: LinkCorrection[];
  layout: LayoutCorrection[];
  /** content/corrections/review/*.yaml: our short answer and the corrections of each entry. */
  reviews: Review[];
}

/** `texts` maps a file name ("entries.yaml") to its contents; only topics.yaml is required. */
export function parseCorrections(texts: Record<string, string>, folder = 'content/corrections'): Corrections {
  const fileOf = (name: string) => `${folder}/${name}`;
  const topicsText = texts['topics.yaml'];
  if (topicsText === undefined) throw new IngestError(fileOf('topics.yaml'), undefined, 'the topic list is missing');
  const optional = <T>(name: string, schema: z.ZodType<T[]>): T[] =>
    texts[name] === undefined ? [] : parseYamlFile(texts[name]!, fileOf(name), schema);

  const corrections: Corrections = {
    topics: parseYamlFile(topicsText, fileOf('topics.yaml'), z.array(topicSchema).min(1)),
    entries: optional('entries.yaml', z.array(entrySchema)),
    merges: optional('merges.yaml', z.array(mergeSchema)),
    links: optional('links.yaml', z.array(linkSchema)),
    layout: optional('layout.yaml', z.array(layoutSchema)),
    reviews: Object.keys(texts)
      .filter((name) => name.startsWith('review/'))
      .sort()
      .flatMap((name) => parseReviews(texts[name]!, fileOf(name))),
  };
  assertUnique(corrections.reviews.map((review) => review.at), `${folder}/review`, 'is reviewed twice');
  assertUnique(corrections.entries.map((entry) => entry.at), fileOf('entries.yaml'), 'corrects the same entry twice');
  assertUnique(corrections.topics.map((topic) => topic.slug), fileOf('topics.yaml'), 'defines the same topic twice');
  return corrections;
}

function parseReviews(text: string, file: string): Review[] {
  return parseYamlFile(text, file, z.array(reviewSchema)).map((review, index) => ({
    ...review,
    file,
    line: lineAt(text, [index]),
    corrections: (review.corrections ?? []).map((fix, position) => ({ ...fix, file, line: lineAt(text, [index, 'corrections', position]) })),
  }));
}

function parseYamlFile<T>(text: string, file: string, schema: z.ZodType<T>): T {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const syntaxError = document.errors[0];
  if (syntaxError) {
    throw new IngestError(file, syntaxError.linePos?.[0].line, `is not valid YAML: ${syntaxError.message.split('\n')[0]}`);
  }
  let value: unknown;
  try {
    // A few aliases are fine; thousands are a "billion laughs" that would expand without end.
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new IngestError(file, firstAliasLine(document, lineCounter), `cannot be read: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = schema.safeParse(value ?? []);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const node = nodeAt(document.contents, issue.path as (string | number)[]);
  const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new IngestError(file, line, `invalid record${where}: ${issue.message}`);
}

function firstAliasLine(document: ReturnType<typeof parseDocument>, lineCounter: LineCounter): number | undefined {
  let line: number | undefined;
  visitYaml(document, {
    Alias(_key, node) {
      if (node.range) line = lineCounter.linePos(node.range[0]).line;
      return visitYaml.BREAK;
    },
  });
  return line;
}

/** The 1-based line of the node at `path` in a YAML (or JSON) text, if it has one. */
export function lineAt(text: string, path: (string | number)[]): number | undefined {
  const lineCounter = new LineCounter();
  const node = nodeAt(parseDocument(text, { lineCounter }).contents, path);
  return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
}

/** The deepest YAML node that exists along a zod issue path (for its line). */
function nodeAt(root: unknown, path: (string | number)[]): YamlNode | undefined {
  let node = root as YamlNode | undefined;
  for (const key of path) {
    let next: unknown;
    if (isSeq(node)) next = node.items[Number(key)];
    else if (isMap(node)) next = node.get(key, true);
    if (!next) break;
    node = next as YamlNode;
  }
  return node;
}

function assertUnique(values: string[], file: string, problem: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new IngestError(file, undefined, `"${value}" ${problem}`);
    seen.add(value);
  }
}
