/**
 * Each source format has a parser that turns the repaired text into mdast, and
 * the heading depth at which its questions start. A new format is a new file
 * here; every later step works on mdast and does not care where it came from.
 */
import type { Root } from 'mdast';
import type { LayoutCorrection } from '../corrections.ts';
import type { SourceConfig, SourceFormat } from '../types.ts';
import { parseMarkdown } from './markdown.ts';
import { assertNesting } from './nesting-limit.ts';
import { parsePdfText } from './pdf-text/index.ts';
import { parsePlainQa } from './plain-qa.ts';

export interface ParseContext {
  file: string;
  /** Reviewed layout decisions for this source. */
  layout: LayoutCorrection[];
}

export interface Parsed {
  tree: Root;
  /** Counts of what the parser repaired or removed, for the report. */
  repairs: Record<string, number>;
}

export interface Format {
  parse(text: string, context: ParseContext): Parsed;
  /** Depth of the headings that start an entry, unless the source's settings say otherwise. */
  entryDepth: number;
}

const FORMATS: Record<SourceFormat, Format> = {
  markdown: { parse: (text, { file }) => ({ tree: parseMarkdown(text, file), repairs: {} }), entryDepth: 2 },
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

/** The source's format; every tree it parses is held to the nesting limit. */
export function formatOf(source: SourceConfig): Format {
  const format = FORMATS[source.format];
  return {
    ...format,
    parse: (text, context) => {
      const parsed = format.parse(text, context);
      assertNesting(parsed.tree, context);
      return parsed;
    },
  };
}
