/** Shapes shared by the ingest steps. */
import type { RootContent } from 'mdast';
import type { ParsedAnswer } from '../answers/parse-answer.ts';
import type { Fix } from './review/corrections.ts';

declare module 'mdast' {
  interface HeadingData {
    /** The heading's text in the source, when a reviewed layout record gave it another. */
    sourceHeading?: string;
    /** What the source itself says about the question (a CSV column, front matter). */
    given?: GivenMeta;
  }
}

/** A source's own topic, level and tags for one question, as written there. */
export interface GivenMeta {
  topic?: string;
  level?: string;
  tags?: string[];
}

/**
 * How a raw document is written; each format has its own reader in formats/
 * (formats/index.ts lists them). 'auto' (or no format) detects one of the
 * shapes a reader's own notes come in (formats/detect.ts).
 */
export const SOURCE_FORMATS = ['markdown', 'bold-list', 'qa-lines', 'details', 'folder', 'csv', 'plain-qa', 'pdf-text'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** One record of content/sources/sources.json. */
export interface SourceConfig {
  /** Short stable id, used in frontmatter `sources` and in corrections. */
  id: string;
  /** File name inside content/sources/. */
  file: string;
  /** The document's own title. */
  title: string;
  /** A short name for the document, used as the heading of its section in merged entries. */
  label: string;
  /** Left out or 'auto': detected from the text. */
  format?: SourceFormat | 'auto';
  /**
   * True for the documents this project reviews: our editorial rules (a review
   * record for every entry, merge decisions, accuracy checks) apply to their
   * entries only. A reader's own notes leave it out.
   */
  reviewed?: boolean;
  /** markdown: the heading depth that starts a question (shallower headings group questions). */
  entryDepth?: number;
  /** Free text: what is known to be wrong with the document. */
  notes?: string;
}

/** Where an entry came from. `line` is the 1-based line of its heading in the raw file. */
export interface SourceRef {
  source: string;
  locator: string;
  line: number;
  heading: string;
  /** True when this source only repeats another one word for word. */
  copy?: boolean;
}

/** A question or note as cut out of one source, before classification. */
export interface RawEntry {
  source: SourceConfig;
  /** The heading as it reads on the page (a reviewed layout record may have retitled it). */
  heading: string;
  /** The heading as written in the source (after encoding repair). */
  sourceHeading: string;
  line: number;
  /** Human-readable position: "Q31", "Q31 (second)", "page 12". */
  locator: string;
  /** The heading of the group the entry sits in, when the source groups questions. */
  section?: string;
  /** Text of the heading that is scenario context rather than the question itself. */
  scenario?: string;
  /** The answer, as mdast nodes. */
  body: RootContent[];
  /** The source's own short answer, plain text, when it has one. */
  summary?: string;
  /** The source's own topic, level and tags, when it gives them. */
  given?: GivenMeta;
}

export type Level = 'basic' | 'intermediate' | 'advanced';
export type Kind = 'question' | 'note';

/** One answer to an entry, from one source. */
export interface AnswerSection {
  source: SourceConfig;
  /** The title of this answer in its source (after corrections): tells apart two answers from one source. */
  title?: string;
  body: RootContent[];
}

/** A finished entry, ready to be written as one MDX file. */
export interface Entry {
  slug: string;
  title: string;
  kind: Kind;
  topic: string;
  order: number;
  summary: string;
  level: Level;
  tags: string[];
  aliases: string[];
  related: string[];
  sources: SourceRef[];
  scenario?: string;
  answers: AnswerSection[];
  /** The summary is our short answer from content/corrections/review. */
  reviewed?: boolean;
  /** Our corrections of the entry's text, from the review records of all its sources. */
  fixes?: Fix[];
  /** No reviewed or source short answer: the summary is the answer's first sentences. */
  summaryDerived?: boolean;
  /** Our reviewed answer (content/answers/<slug>.md); an entry of our own has no `sources`. */
  ours?: ParsedAnswer;
  /** How many interview-question banks of our survey ask it (content/survey/). */
  asked: number;
}
