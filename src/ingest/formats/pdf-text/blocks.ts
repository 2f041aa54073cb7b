/**
 * Walks the cleaned lines and groups them into blocks: headings, paragraphs
 * (hard-wrapped lines rejoined), list items, code blocks and tables. Blank
 * lines in this export are not reliable paragraph breaks (the early pages are
 * double-spaced), so a line continues the text before it unless it starts a
 * new block or the text before it ended a sentence.
 *
 * The walk and the headings are here; code-blocks.ts says where code starts and
 * goes on, paragraphs.ts where running text goes on and how wrapped lines rejoin.
 */
import { isLeadIn } from '../../steps/lead-in.ts';
import { appendCode, bracketBalance, codeText, continuesCode, endsWithContinuation, evenYamlIndent, flavourChanges, introducesIgnoreFile, isCodeStatement, isDiagramLine, isIgnorePattern, startsAnotherDockerfile, startsCode, wrapsCommand, wrapsComment } from './code-blocks.ts';
import { headingRank, type HeadingContext } from './headings.ts';
import type { Layout } from './layout.ts';
import { endsSentence, isCommandLine, isYamlKeyLine, leadsOn, listMarker } from './line-roles.ts';
import type { CleanLine } from './page-furniture.ts';
import { continuesText, joinLines, joinText, listLabelledRuns, nextText, previousText } from './paragraphs.ts';

export type Block =
  | { kind: 'heading'; rank: 2 | 3 | 4 | 5; text: string; line: number; entryKind?: 'note' | 'question'; sourceText?: string }
  | { kind: 'paragraph'; text: string; line: number; label?: boolean }
  | { kind: 'item'; depth: number; ordered: boolean; number?: number; text: string; line: number }
  | { kind: 'code'; lines: string[]; line: number; lang?: string; label?: string; hasOutput?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][]; line: number };

export interface Gap {
  blank: boolean;
  spacer: boolean;
}

const NO_GAP: Gap = { blank: false, spacer: false };

export function buildBlocks(lines: CleanLine[], layout: Layout): Block[] {
  const blocks: Block[] = [];
  let gap: Gap = { blank: true, spacer: true };
  /** The walk is in a numbered section ("3. Performance"): labels are one rank below it. */
  let numberedSection = false;
  /** The last heading is a plain section title ("How to Use Docker Labels"), not a numbered one. */
  let plainSection = false;
  /** The walk is in numbered titles that are the steps of the plain section above them: one rank below it. */
  let inSteps = false;
  let codeMode: 'shell' | 'yaml' | 'json' | 'output' | 'diagram' | 'ignore' | undefined;
  let jsonDepth = 0;

  const open = () => blocks.at(-1);
  const closeCode = () => {
    codeMode = undefined;
    jsonDepth = 0;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '') {
      gap = { blank: true, spacer: gap.spacer || line.spacer };
      if (line.hardBreak) {
        closeCode();
        blocks.push({ kind: 'paragraph', text: '', line: line.no });
      }
      continue;
    }

    // Reviewed decisions first: tables, code ranges, headings the signals misjudge.
    const table = layout.tableStartingAt(line.no);
    if (table) {
      blocks.push(table.build(lines, i));
      i = lastIndexUpTo(lines, table.to, i);
      gap = NO_GAP;
      closeCode();
      continue;
    }
    const forcedCode = layout.codeAt(line.no);
    if (forcedCode) {
      const end = lastIndexUpTo(lines, forcedCode.to, i);
      const code: Extract<Block, { kind: 'code' }> = { kind: 'code', lines: [], line: line.no, ...(forcedCode.lang ? { lang: forcedCode.lang } : {}), ...(forcedCode.label ? { label: forcedCode.label } : {}) };
      let inner: Gap = NO_GAP;
      for (const codeLine of lines.slice(i, end + 1)) {
        if (codeLine.text === '') inner = { blank: true, spacer: inner.spacer || codeLine.spacer };
        else {
          appendCode(code, codeLine, inner);
          inner = NO_GAP;
        }
      }
      blocks.push(code);
      i = end;
      gap = NO_GAP;
      closeCode();
      continue;
    }
    for (const inserted of layout.headingsInsertedBefore(line.no)) {
      blocks.push({ kind: 'heading', rank: inserted.rank, text: inserted.title, line: line.no, ...(inserted.kind ? { entryKind: inserted.kind } : {}) });
      numberedSection = false;
      plainSection = inserted.rank === 3;
      inSteps = false;
    }

    const context = contextAt(lines, i, gap, blocks);
    const override = layout.headingAt(line.no);
    const wrappedQuestion = questionContinuation(lines, i);
    const text = wrappedQuestion ? joinLines(line, wrappedQuestion.line) : line.text;

    // A code comment the page wrapped onto the next line continues that comment.
    if (!override && codeMode && wrapsComment(open(), line)) {
      const code = open() as Extract<Block, { kind: 'code' }>;
      code.lines[code.lines.length - 1] = `${code.lines.at(-1)} ${line.text}`;
      gap = NO_GAP;
      continue;
    }
    // A command the page wrapped after a flag or a hyphen ("… -v" / "nginx_logs:/usr/share …") continues that line.
    if (!override && codeMode === 'shell' && wrapsCommand(open(), line)) {
      const code = open() as Extract<Block, { kind: 'code' }>;
      const last = code.lines.at(-1)!;
      code.lines[code.lines.length - 1] = /[\w]-$/.test(last) ? `${last}${line.text}` : `${last} ${line.text}`;
      gap = NO_GAP;
      continue;
    }
    // Code continues while lines look like code; it may be interrupted by blank lines, but after a gap
    // (or at the top of a page) a switch between shell commands and Dockerfile lines, or a second
    // Dockerfile, starts a new example. A line ending in "\\" is continued whatever follows it.
    const brokenOff = codeMode === 'shell' && !endsWithContinuation(open()) && (gap.blank || gap.spacer || line.afterPageBreak);
    const switchesFlavour = brokenOff && (flavourChanges(open(), lines, i) || (gap.spacer && startsAnotherDockerfile(open(), lines, i)));
    if (!override && codeMode && !switchesFlavour && continuesCode(line, codeMode, jsonDepth, open(), gap)) {
      const code = open() as Extract<Block, { kind: 'code' }>;
      if (codeMode === 'shell' && !endsWithContinuation(code) && line.indent === 0 && !isCodeStatement(line.text)) code.hasOutput = true;
      appendCode(code, codeMode === 'yaml' ? evenYamlIndent(line) : line, gap);
      if (codeMode === 'json') jsonDepth += bracketBalance(line.text);
      gap = NO_GAP;
      continue;
    }
    closeCode();

    // A bulleted line is a list item, never a heading; numbered titles ("3. Performance") may be either.
    const bulleted = listMarker(line.text) !== undefined && !/^(\d{1,2}\.|[a-h]\))\s/.test(line.text);
    const rank = override ? override.rank : bulleted ? undefined : headingRank({ ...context, text });
    if (rank !== undefined && rank !== 'text') {
      const heading = rank === 'numbered' ? text.replace(/^(\d{1,2}\.|[a-h]\))\s+/, '') : text;
      // A label inside a numbered section is its subsection ("2. Bind Mounts" / "Key Features of Bind
      // Mounts:"), unless it sums up the whole answer ("Summary of Steps…", "Typical Use Cases for…").
      const inSection = numberedSection && !(rank === 'label' && WRAP_UP.test(heading));
      // "How to Use Docker Plugins" / "To use them, follow these steps:" / "1. Install the Plugin": the
      // numbered titles are the steps of that section, not its peers.
      const step: boolean = rank === 'numbered' && /^\d/.test(text) && (inSteps || (plainSection && /^1\./.test(text) && onlyTextSinceHeading(blocks)));
      const labelInSection = rank === 'label' && inSection;
      const finalRank: Extract<Block, { kind: 'heading' }>['rank'] =
        rank === 'label' ? (inSection ? (inSteps ? 5 : 4) : 3) : rank === 'numbered' ? (/^[a-h]\)/.test(text) || step ? 4 : 3) : rank;
      if (finalRank === 2 || (rank === 'label' && !inSection)) numberedSection = false;
      if (rank === 'numbered' && (finalRank === 3 || step)) numberedSection = true;
      if (rank === 3 && /^(conclusion|summary)/i.test(heading)) numberedSection = false;
      plainSection = finalRank === 3 && rank !== 'numbered';
      // A label inside a step is part of it; any other heading ends the steps.
      if (!labelInSection) inSteps = step;
      blocks.push({
        kind: 'heading',
        rank: finalRank,
        text: override?.title ?? heading.replace(/:$/, ''),
        ...(override?.title ? { sourceText: text } : {}),
        line: line.no,
        ...(finalRank === 2 ? { entryKind: override?.kind ?? (/[?]$/.test(text) || /^(explain|describe)\b/i.test(text) ? 'question' : 'note') } : {}),
      });
      if (wrappedQuestion) i = wrappedQuestion.index;
      gap = NO_GAP;
      continue;
    }

    const marker = listMarker(line.text);
    const content = marker?.text ?? line.text;
    const last = open();
    const leadingOn = !marker && (last?.kind === 'paragraph' || last?.kind === 'item') && leadsOn(last.text) && !isCommandLine(line.text);
    if (!marker && isDiagramLine(line.text) && isDiagramLine(nextText(lines, i)?.text ?? '')) {
      codeMode = 'diagram';
      blocks.push({ kind: 'code', lines: [codeText(line)], line: line.no, lang: 'text' });
      gap = NO_GAP;
      continue;
    }
    if (!marker && introducesIgnoreFile(last) && isIgnorePattern(line.text)) {
      codeMode = 'ignore';
      blocks.push({ kind: 'code', lines: [line.text], line: line.no, lang: 'text' });
      gap = NO_GAP;
      continue;
    }
    if (!leadingOn && startsCode(lines, i, content)) {
      codeMode = isYamlKeyLine(content) ? 'yaml' : /^[[{]$/.test(content) ? 'json' : 'shell';
      jsonDepth = codeMode === 'json' ? bracketBalance(content) : 0;
      blocks.push({ kind: 'code', lines: [marker ? content : codeText(line)], line: line.no });
      gap = NO_GAP;
      continue;
    }
    if (/^output:$/i.test(line.text)) codeMode = undefined;

    if (marker) {
      blocks.push({ kind: 'item', depth: marker.depth, ordered: marker.ordered, ...(marker.label && /^\d+$/.test(marker.label) ? { number: Number(marker.label) } : {}), text: marker.text, line: line.no });
    } else if (continuesText(open(), line, gap, previousText(lines, i))) {
      const previous = open() as Extract<Block, { kind: 'paragraph' | 'item' }>;
      previous.text = joinText(previous.text, line);
    } else if (open()?.kind === 'paragraph' && /^output:$/i.test((open() as { text: string }).text)) {
      blocks.push({ kind: 'code', lines: [line.text], line: line.no, lang: 'text' });
      codeMode = 'output';
    } else {
      const label = /:$/.test(line.text) && line.text.split(/\s+/).length <= 6 && !isLeadIn(line.text);
      blocks.push({ kind: 'paragraph', text: line.text, line: line.no, ...(label ? { label: true } : {}) });
    }
    gap = NO_GAP;
  }
  return listLabelledRuns(blocks);
}

/** Only paragraphs (an introduction) stand between the last heading and here. */
function onlyTextSinceHeading(blocks: Block[]): boolean {
  for (let j = blocks.length - 1; j >= 0; j--) {
    const block = blocks[j]!;
    if (block.kind === 'heading') return true;
    if (block.kind !== 'paragraph' || block.text === '') return false;
  }
  return false;
}

/** Labels that look back over the numbered sections before them. */
const WRAP_UP = /^(summary|typical|common|basic commands|best practices|key differences|key takeaways)\b/i;

/** The heading signals around line i. */
function contextAt(lines: CleanLine[], i: number, gap: Gap, blocks: Block[]): Omit<HeadingContext, 'text'> {
  const entry = blocks.findLast((block) => block.kind === 'heading' && block.rank === 2);
  let j = i + 1;
  let spacerAfter = false;
  while (j < lines.length && lines[j]!.text === '') {
    if (lines[j]!.spacer) spacerAfter = true;
    j++;
  }
  const previous = blocks.at(-1);
  const previousEnded = !previous || previous.kind === 'heading' || previous.kind === 'code' || previous.kind === 'table' || endsSentence(previous.text);
  return {
    spacerBefore: gap.spacer,
    spacerAfter,
    gapAfter: j > i + 1,
    nextOpensBlock: lines[j]?.pageStart ?? false,
    gapBefore: gap.blank || gap.spacer,
    pageStart: lines[i]!.afterPageBreak,
    previousEnded,
    next: lines[j]?.text,
    inQuestion: entry?.kind === 'heading' && entry.entryKind === 'question',
    afterNumberedItem: previous?.kind === 'item' && previous.ordered,
  };
}

/** A question wrapped onto a second line: "…integrate Docker logs with" / "centralized logging systems?" */
function questionContinuation(lines: CleanLine[], i: number): { line: CleanLine; index: number } | undefined {
  const first = lines[i]!.text;
  if (!/^(what|how|why|when|which|explain|describe)\b/i.test(first) || endsSentence(first)) return undefined;
  let j = i + 1;
  while (j < lines.length && lines[j]!.text === '') j++;
  const next = lines[j];
  if (!next || !/\?$/.test(next.text) || next.text.split(/\s+/).length > 8 || listMarker(next.text)) return undefined;
  return { line: next, index: j };
}

/** The index of the last line of the range that starts at `start` (moves can make line numbers jump). */
function lastIndexUpTo(lines: CleanLine[], lastLine: number, start: number): number {
  const first = lines[start]!.no;
  let index = start;
  while (index + 1 < lines.length && lines[index + 1]!.no >= first && lines[index + 1]!.no <= lastLine && !lines[index + 1]!.hardBreak) index++;
  return index;
}
