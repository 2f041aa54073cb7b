/**
 * Which lines are headings, and of what rank. The guide has no markup, so the
 * signals are layout and wording:
 *
 * - an entry (rank 2) is an interview question standing on its own line after
 *   a spacer line or at the top of a page, or a slide title (a short line
 *   followed by a spacer line, or opening a page);
 * - a section inside an entry (rank 3) is a numbered title ("3. Performance"),
 *   a "Conclusion"/"Summary", or a short title line between paragraphs;
 * - a label ending in ":" ("Key Features of Docker Volumes:") is a section one
 *   rank below the numbered section it sits in.
 *
 * content/corrections/layout.yaml settles the lines these signals misjudge.
 */
import { withoutEmoji } from '../../steps/emoji.ts';
import { removeSpans } from '../../../lib/spans.ts';
import { isLeadIn } from '../../steps/lead-in.ts';
import { endsSentence, isCommandLine, isCommentLine, isInstructionLine } from './line-roles.ts';

export interface HeadingContext {
  text: string;
  /** A spacer line stands between the previous text and this line. */
  spacerBefore: boolean;
  /** A spacer line follows this line before the next text. */
  spacerAfter: boolean;
  /** At least one blank or spacer line follows. */
  gapAfter: boolean;
  /** The next line opens a block of its own: it starts with the exporter's single space. */
  nextOpensBlock?: boolean;
  /** At least one blank or spacer line precedes. */
  gapBefore: boolean;
  pageStart: boolean;
  /** The text block before this line ended a sentence (or there is none, or it is a heading or code). */
  previousEnded: boolean;
  /** The next line with text, if any. */
  next: string | undefined;
  /** The entry this line sits in is an interview question (its page-start titles are its sections). */
  inQuestion: boolean;
  /** The block before is a numbered list item: a numbered line after it is the next item. */
  afterNumberedItem: boolean;
}

export type HeadingRank = 2 | 3 | 'label' | 'numbered' | undefined;

const INTERROGATIVE = /^(what|how|why|when|which|where|who|can|could|would|will|should|do|does|did|is|are|explain|describe)\b/i;
const IMPERATIVE_QUESTION = /^(explain|describe)\b.*\.$/i;
/** Words of a sentence that leads into what follows ("Think of it like this:"), not of a section title. */
const SENTENCE_WORDS = /\b(this|these|the following|following|here|here's|here’s|it|you|we|would|is|are|was|like|can|will|should|include|includes|consists|such as)\b/i;
const CLOSING_SECTION = /^(conclusion|summary|in summary)\b/i;
/** Labels that introduce a snippet rather than a section: shown bold, not as headings. */
const INLINE_LABEL = /^(example|examples|syntax|output|command|commands|usage|solution|cause|note|tip|use case|use cases|state|transition|how it happens|dockerfile|error message|running the resulting image|for example|steps)\b.*:$/i;

export function headingRank(context: HeadingContext): HeadingRank {
  // An emoji is decoration ("✅ Normal Exit Codes"): judged without it (the heading step then drops it).
  const text = withoutEmoji(context.text);
  const words = text.split(/\s+/).length;
  if (text.length > 110 || words > 16 || isCommandLine(text) || isInstructionLine(text)) return undefined;
  // Numbered titles have their own test (numberedTitle); other lines must not read as a lead-in.
  if (!isQuestion(text) && !/^(\d{1,2}\.|[a-h]\))\s/.test(text) && isLeadIn(text)) return undefined;
  if (!context.gapBefore && !context.pageStart) return undefined;

  const standsAlone = context.gapAfter || context.spacerAfter;
  if (isQuestion(text) && standsAlone) return context.spacerBefore || context.pageStart ? 2 : 3;
  // "Conclusion" alone on its line is the closing section even when its text follows without a gap.
  if (CLOSING_SECTION.test(text) && words <= 6 && (standsAlone || isClosingTitle(text))) return 3;
  if (/^\d{1,2}\.\s+\S/.test(text)) return numberedTitle(text, context) ? 'numbered' : undefined;
  if (/^[a-h]\)\s+\S/.test(text)) return text.endsWith(':') && standsAlone ? 'numbered' : undefined;
  if (text.endsWith(':')) {
    const sentenceInside = /[.!?,]\s/.test(text.replace(/\b(vs|e\.g|i\.e|etc)\.\s/gi, ''));
    if (INLINE_LABEL.test(text) || words > 10 || sentenceInside || SENTENCE_WORDS.test(text)) return undefined;
    // "To list all containers:", "Use docker logs to view container logs:" over a command lead into it;
    // a title over one is in title case ("List Volumes:").
    const next = context.next ?? '';
    if ((isCommandLine(next) || isInstructionLine(next) || isCommentLine(next)) && (/^(to|or|and|use|then|now|for)\b/i.test(text) || !isTitleCase(text))) return undefined;
    return standsAlone && (context.previousEnded || context.spacerBefore) ? 'label' : undefined;
  }
  if (!isTitleLike(text) || !standsAlone) return undefined;
  // After unfinished text, only a spacer or a new page makes a title; otherwise the line continues it.
  if (!context.previousEnded && !context.spacerBefore && !context.pageStart) return undefined;
  if (context.spacerAfter || context.spacerBefore || (context.pageStart && !context.inQuestion)) return 2;
  return words <= 10 ? 3 : undefined;
}

/** "Conclusion", "Summary:": the title of a closing section, which never belongs to code or its output. */
export function isClosingTitle(text: string): boolean {
  return /^(conclusion|summary|in summary):?$/i.test(text.trim());
}

function isQuestion(text: string): boolean {
  return INTERROGATIVE.test(text) && (text.endsWith('?') || IMPERATIVE_QUESTION.test(text)) && text.split(/\s+/).length >= 3;
}

/**
 * "3. Performance", "2. Bind Mounts:": a short numbered title, not an item
 * that says something ("3. Kill: Forcefully stop…"). A title with a colon is
 * a section only when prose or top-level bullets follow; over "o" sub-bullets
 * ("1. Read-Only:" / "o Once a Docker image…") it stays a list item.
 */
function numberedTitle(text: string, context: HeadingContext): boolean {
  const title = text.replace(/^\d{1,2}\.\s+/, '');
  // A comma makes a sentence ("3. Kill: Forcefully stop, then…"), not a short list of names
  // ("6. Use SELinux, AppArmor, or seccomp") or an aside in parentheses ("(e.g., NFS, Cloud Storage)").
  const sentenceComma = /,/.test(removeSpans(title, { '(': ')' })) && title.split(/\s+/).length > 6;
  if (context.afterNumberedItem || isInstructionLine(title) || sentenceComma || title.split(/\s+/).length > 10) return false;
  if (title.endsWith(':') && /^o\s/.test(context.next ?? '')) return false;
  // A step with its command after it ("1. Monitor All Events:" / "docker events") is a list item.
  if (isCommandLine(context.next ?? '') || isInstructionLine(context.next ?? '')) return false;
  // A step says what to do in words ("Install the NFS plugin:"); a section title is in title case.
  if (title.endsWith(':') && !isTitleCase(title)) return false;
  // Bullets may follow without a gap ("8. Volume and Data Persistence:" / "• Docker Compose supports…").
  const standsAlone = context.gapAfter || context.nextOpensBlock === true || (title.endsWith(':') && /^[\uF0B7•]/.test(context.next ?? ''));
  return isTitleLike(title.replace(/:$/, '')) && standsAlone && !/^\d{1,2}\.\s/.test(context.next ?? '');
}

/** "Consistent Environment Across Development and Production": every longer plain word capitalised. */
function isTitleCase(text: string): boolean {
  return text.split(/\s+/).every((word) => !/^[a-z]{4,}:?$/.test(word) || /^(with|from|into|onto|over|than|between|using|without|within):?$/.test(word));
}

/** A short line that names something: capitalised (or a short command-name title), no sentence ending. */
function isTitleLike(text: string): boolean {
  if (endsSentence(text) && !text.endsWith('?')) return false;
  if (/[,;]$/.test(text) || text.split(/\s+/).length > 12) return false;
  // Titles hold no label with a value ("List images: docker images"), placeholders, or verbs of a sentence.
  // A quoted error message ('"Build failed: no such file…"') is the title's subject, not a label.
  if (/:\s|[<>]|\$\(|\s[–-]\s|\b(is|are|was|were)\b/.test(text.replace(/"[^"]*"/g, '""'))) return false;
  if (/^(docker|runc|containerd)\b/.test(text)) return text.split(/\s+/).length <= 4;
  return /^[A-Z0-9"]/.test(text);
}
