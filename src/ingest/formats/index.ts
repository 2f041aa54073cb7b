/**
 * Each source format has a reader that turns the repaired text into mdast:
 * the questions as headings at one depth (shallower headings are sections
 * that group them; deeper ones stay in the answer), each answer the nodes
 * after its heading. steps/segment.ts cuts that tree into entries, and every later
 * step works on mdast and does not care where it came from.
 *
 * Adding a format:
 * 1. a file here, `formats/<name>.ts`, exporting a reader that returns that
 *    tree (positions are lines of the source file, so reports and
 *    corrections can name them) and throws IngestError(file, line, reason)
 *    on input it cannot read;
 * 2. its name in SOURCE_FORMATS (types.ts), which the sources.json schema uses;
 * 3. an entry in FORMATS below: `parse`, the default `entryDepth` (or the one
 *    `parse` found, returned in Parsed), and the counts for the report in
 *    `repairs`;
 * 4. for auto-detection, a case in detect.ts that counts the questions the
 *    reader would find and says what it counted, and its place in DETECTABLE.
 */
import type { Root } from 'mdast';
import type { LayoutCorrection } from '../review/corrections.ts';
import { IngestError } from '../errors.ts';
import type { GivenMeta, SourceConfig, SourceFormat } from '../types.ts';
import { parseBoldList } from './bold-list.ts';
import { parseCsv } from './csv.ts';
import { bestDetection, detect, DETECTABLE } from './detect.ts';
import { parseDetails } from './details.ts';
import { parseFolder } from './folder.ts';
import { dropAnswerHeadings, questionLevel } from './heading-levels.ts';
import { parseMarkdown } from './markdown.ts';
import { assertNesting } from './nesting-limit.ts';
import { parsePdfText } from './pdf-text/index.ts';
import { parsePlainQa } from './plain-qa.ts';
import { parseQaLines } from './qa-lines.ts';

export interface ParseContext {
  file: string;
  /** Reviewed layout decisions for this source. */
  layout: LayoutCorrection[];
  /** The source's own `entryDepth`, when sources.json gives one. */
  entryDepth?: number | undefined;
}

export interface Parsed {
  tree: Root;
  /** Counts of what the parser repaired or removed, for the report. */
  repairs: Record<string, number>;
  /** The question depth the reader found in this text, when it finds one. */
  entryDepth?: number;
}

export interface Format {
  parse(text: string, context: ParseContext): Parsed;
  /** Depth of the headings that start an entry, unless the source's settings (or Parsed) say otherwise. */
  entryDepth: number;
}

const FORMATS: Record<SourceFormat, Format> = {
  markdown: {
    parse: (text, { file, entryDepth }) => {
      const tree = parseMarkdown(text, file);
      const depth = entryDepth ?? questionLevel(text)?.depth ?? 2;
      return { tree, repairs: { '"Answer" headings': dropAnswerHeadings(tree, depth) }, entryDepth: depth };
    },
    entryDepth: 2,
  },
  'bold-list': {
    parse: (text, { file }) => {
      const { tree, entryDepth, unanswered } = parseBoldList(text, file);
      return { tree, entryDepth, repairs: { 'questions without an answer': unanswered } };
    },
    entryDepth: 2,
  },
  'qa-lines': {
    parse: (text, { file }) => {
      const { tree, entryDepth, unanswered } = parseQaLines(text, file);
      return { tree, entryDepth, repairs: { 'questions without an answer': unanswered } };
    },
    entryDepth: 2,
  },
  details: {
    parse: (text, { file }) => {
      const { tree, entryDepth, unanswered, outside } = parseDetails(text, file);
      return { tree, entryDepth, repairs: { 'questions without an answer': unanswered, 'text outside <details> blocks': outside } };
    },
    entryDepth: 2,
  },
  folder: {
    parse: (text, { file }) => {
      const { tree, entryDepth, unanswered } = parseFolder(text, file);
      return { tree, entryDepth, repairs: { 'files without an answer': unanswered } };
    },
    entryDepth: 2,
  },
  csv: {
    parse: (text, { file }) => {
      const { tree, entryDepth, unanswered } = parseCsv(text, file);
      return { tree, entryDepth, repairs: { 'rows without a question or answer': unanswered } };
    },
    entryDepth: 3,
  },
  'plain-qa': { parse: (text, { file }) => ({ tree: parsePlainQa(text, file), repairs: {} }), entryDepth: 1 },
  'pdf-text': {
    parse: (text, { layout }) => {
      const result = parsePdfText(text, layout);
      return {
        tree: result.tree,
        repairs: {
          'page footers': result.furniture.footers,
          'link leftovers': result.furniture.linkLeftovers,
          '"Copy code" bars': result.furniture.copyCodeBars,
          'split words mended': result.wordsMended,
        },
      };
    },
    entryDepth: 2,
  },
};

export interface Chosen {
  format: Format;
  name: SourceFormat;
  /** For the report: "details (42 <details> blocks with a <summary>)". */
  why: string;
  /** The listed format finds no question where another would. */
  warning?: string;
}

/**
 * The reader for a source: the one sources.json names, or for "auto" (or no
 * format) the one that finds most questions in the text.
 */
export function chooseFormat(source: SourceConfig, text: string, file: string): Chosen {
  if (source.format === undefined || source.format === 'auto') {
    const best = bestDetection(text, file);
    return { format: formatOf(best.format), name: best.format, why: `${best.format}, detected: ${best.why}` };
  }
  const name = source.format;
  const chosen: Chosen = { format: formatOf(name), name, why: `${name}, as sources.json lists it` };
  if (DETECTABLE.includes(name) && detect(name, text, file).questions === 0) {
    const better = bestDetection(text, file);
    if (better.questions > 0 && better.format !== name && !better.weak) {
      chosen.warning = `listed as "${name}", which finds no question in it, but it reads as "${better.format}" (${better.why}): set "format": "${better.format}" (or "auto") in sources.json`;
      // Read as the listed format, the text may not even parse (a code fence inside a CSV cell): say which format fits.
      const { parse } = chosen.format;
      const warning = chosen.warning;
      chosen.format = {
        ...chosen.format,
        parse: (input, context) => {
          try {
            return parse(input, context);
          } catch (error) {
            if (error instanceof IngestError) throw new IngestError(error.file, error.line, `${error.reason}; the file is ${warning}`);
            throw error;
          }
        },
      };
    }
  }
  return chosen;
}

/** The topic, level and tags a source gives its questions, by the line of the question heading. */
export function givenByLine(tree: Root): Map<number, GivenMeta> {
  const given = new Map<number, GivenMeta>();
  for (const node of tree.children) {
    if (node.type === 'heading' && node.data?.given && node.position) given.set(node.position.start.line, node.data.given);
  }
  return given;
}

/** A format by name (or a source's listed format, markdown for "auto"); every tree it parses is held to the nesting limit. */
export function formatOf(named: SourceFormat | SourceConfig): Format {
  const name = typeof named === 'string' ? named : named.format === undefined || named.format === 'auto' ? 'markdown' : named.format;
  const format = FORMATS[name];
  return {
    ...format,
    parse: (text, context) => {
      const parsed = format.parse(text, context);
      assertNesting(parsed.tree, context);
      return parsed;
    },
  };
}
