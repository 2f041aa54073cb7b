/**
 * Walks the cleaned lines and groups them into blocks: headings, paragraphs
 * (hard-wrapped lines rejoined), list items, code blocks and tables. Blank
 * lines in this export are not reliable paragraph breaks (the early pages are
 * double-spaced), so a line continues the text before it unless it starts a
 * new block or the text before it ended a sentence.
 */
import { isLeadIn } from '../../steps/lead-in.ts';
import { headingRank, isClosingTitle, type HeadingContext } from './headings.ts';
import type { Layout } from './layout.ts';
import { endsSentence, isCommandLine, isCommentLine, isInstructionLine, isJsonLine, isSentence, isYamlKeyLine, leadsOn, listMarker } from './line-roles.ts';
import type { CleanLine } from './page-furniture.ts';

export type Block =
  | { kind: 'heading'; rank: 2 | 3 | 4 | 5; text: string; line: number; entryKind?: 'note' | 'question'; sourceText?: string }
  | { kind: 'paragraph'; text: string; line: number; label?: boolean }
  | { kind: 'item'; depth: number; ordered: boolean; number?: number; text: string; line: number }
  | { kind: 'code'; lines: string[]; line: number; lang?: string; label?: string; hasOutput?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][]; line: number };

interface Gap {
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

/**
 * "Running as root: Always create and use a non-root user." three or more
 * times in a row, one short paragraph each: a list whose bullets the export
 * lost.
 */
function listLabelledRuns(blocks: Block[]): Block[] {
  const labelled = (block: Block | undefined) =>
    block?.kind === 'paragraph' && !block.label && block.text.length <= 200 && /^[A-Z][^:.]{0,60}:\s+\S/.test(block.text) && block.text.split(':')[0]!.split(/\s+/).length <= 6;
  return blocks.map((block, index) => {
    if (!labelled(block)) return block;
    let first = index;
    while (labelled(blocks[first - 1])) first--;
    let last = index;
    while (labelled(blocks[last + 1])) last++;
    if (last - first < 2) return block;
    const paragraph = block as Extract<Block, { kind: 'paragraph' }>;
    return { kind: 'item', depth: 1, ordered: false, text: paragraph.text, line: paragraph.line };
  });
}

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

/** Does line i begin a code block? */
function startsCode(lines: CleanLine[], i: number, content: string): boolean {
  if (isCommandLine(content) || isInstructionLine(content)) return true;
  const next = nextText(lines, i);
  if (isCommentLine(content)) return next !== undefined && (isCommandLine(next.text) || isInstructionLine(next.text) || isCommentLine(next.text));
  if (isYamlKeyLine(content)) return opensYamlMapping(lines, i) || (next !== undefined && isYamlKeyLine(next.text) && opensYamlMapping(lines, lines.indexOf(next)));
  if (/^[[{]$/.test(content)) return next !== undefined && isJsonLine(next.text);
  return false;
}

/** A YAML key whose next line is indented under it ("services:" / "  web:"). A top-level "version: '3'" may come first. */
function opensYamlMapping(lines: CleanLine[], i: number): boolean {
  const next = nextText(lines, i);
  return isYamlKeyLine(lines[i]!.text) && next !== undefined && next.indent >= 2 && /^(-\s|[\w.-]+:)/.test(next.text);
}

function continuesCode(line: CleanLine, mode: string, jsonDepth: number, open: Block | undefined, gap: Gap): boolean {
  if (open?.kind !== 'code') return false;
  const text = line.text;
  if (mode === 'diagram') return isDiagramLine(text) || (line.indent >= 2 && !isSentence(text));
  if (mode === 'ignore') return isIgnorePattern(text);
  const previous = open.lines.at(-1) ?? '';
  if (previous.trimEnd().endsWith('\\')) return true;
  if (mode === 'json') return jsonDepth > 0;
  if (mode === 'yaml') return line.indent >= 1 || isYamlKeyLine(text) || /^-\s/.test(text);
  // "Conclusion" or a lead-in ("In this setup:") after code is the text going on, not more output.
  if (isClosingTitle(text) || isCapitalisedLeadIn(text)) return false;
  // Printed output ends at a spacer (a new slide), a sentence or a list.
  if (mode === 'output') return !gap.spacer && !isSentence(text) && !listMarker(text);
  if (isCommandLine(text) || isInstructionLine(text) || isCommentLine(text)) return true;
  if (listMarker(text) && isCodeLine(listMarker(text)!.text)) return true;
  // Output of the command above: a single token or columns aligned with runs of spaces (a spacer means a new slide).
  if (gap.spacer) return false;
  const singleToken = /^[\w./:-]+$/.test(text) && !/[.:]$/.test(text) && !/^[A-Z]{2,}$/.test(text);
  return singleToken || /\S {2,}\S/.test(text) || (line.indent >= 2 && !isSentence(text));
}

/** "Example .dockerignore File:": the lines after it are the file's patterns. */
function introducesIgnoreFile(block: Block | undefined): boolean {
  return (block?.kind === 'paragraph' || block?.kind === 'item') && /\.(docker|git)ignore\b[^.]*:$/.test(block.text);
}

/** A line of an ignore file: a pattern ("node_modules/", "*.log", "!keep.txt") or a comment. */
function isIgnorePattern(text: string): boolean {
  return /^!?[\w.*?/[\]-]+$/.test(text) || isCommentLine(text);
}

/**
 * YAML nests by two spaces; the export sometimes adds one ("     image: nginx"
 * under "  web:"), which breaks the file. An odd indent of three or more is
 * one space too many.
 */
function evenYamlIndent(line: CleanLine): CleanLine {
  return line.indent >= 3 && line.indent % 2 === 1 ? { ...line, indent: line.indent - 1 } : line;
}

/** "In this setup:", "Again, to skip the confirmation prompt:": words of prose introducing what follows. */
function isCapitalisedLeadIn(text: string): boolean {
  return /^[A-Z][a-z]*,?\s/.test(text) && /:$/.test(text) && text.split(/\s+/).length >= 2 && !isCommandLine(text) && !isInstructionLine(text);
}

/** Shell commands or Dockerfile lines: the flavour of a line (a comment takes the flavour of what follows it). */
function flavourOf(lines: CleanLine[], i: number): 'shell' | 'dockerfile' | undefined {
  for (let j = i; j < lines.length && j < i + 8; j++) {
    const text = listMarker(lines[j]!.text)?.text ?? lines[j]!.text;
    if (text === '' || isCommentLine(text)) continue;
    if (isInstructionLine(text)) return 'dockerfile';
    if (isCommandLine(text)) return 'shell';
    return undefined;
  }
  return undefined;
}

function flavourChanges(open: Block | undefined, lines: CleanLine[], i: number): boolean {
  if (open?.kind !== 'code') return false;
  // The flavour is that of the last statement: "RUN … && \\" keeps it through its continuation lines.
  const statements = open.lines.filter((text, at) => text.trim() !== '' && !isCommentLine(text.trim()) && !/\\\s*$/.test(open.lines[at - 1] ?? ''));
  const last = statements.at(-1)?.trim() ?? '';
  const before = isInstructionLine(last) ? 'dockerfile' : isCommandLine(last) ? 'shell' : undefined;
  const after = flavourOf(lines, i);
  return before !== undefined && after !== undefined && before !== after;
}

/** A numbered syntax form ("2. HEALTHCHECK NONE") or command: the number belongs to the prose, the line to the code. */
function isCodeLine(text: string): boolean {
  return isCommandLine(text) || isInstructionLine(text);
}

function endsWithContinuation(open: Block | undefined): boolean {
  return open?.kind === 'code' && /\\\s*$/.test(open.lines.at(-1) ?? '');
}

/**
 * A Dockerfile opening ahead (comments and ARGs, then FROM) after an example
 * that already has instructions: a second example, unless the open one is a
 * multi-stage build ("FROM node:16 AS build"), whose next stage this is.
 */
function startsAnotherDockerfile(open: Block | undefined, lines: CleanLine[], i: number): boolean {
  if (open?.kind !== 'code' || !open.lines.some((text) => isInstructionLine(text.trim()))) return false;
  if (open.lines.some((text) => /^FROM\s+\S+\s+AS\s+\w/i.test(text.trim()))) return false;
  for (let j = i; j < lines.length && j < i + 12; j++) {
    const text = lines[j]!.text;
    if (text === '' || isCommentLine(text) || /^ARG\s/.test(text)) continue;
    return /^FROM\s+\S/.test(text);
  }
  return false;
}

/** A line of code proper, as opposed to the output a command printed. */
function isCodeStatement(text: string): boolean {
  const content = listMarker(text)?.text ?? text;
  return isCommandLine(content) || isInstructionLine(content) || isCommentLine(content) || /\\$/.test(content) || /^\s/.test(text);
}

/** ASCII box drawings: "+-----+", "|  Docker Client  |", arrows made of dashes and "v". */
function isDiagramLine(text: string): boolean {
  return /^[+|]/.test(text.trim()) || /[+|]-{3,}|(?<!-)-{3,}[+|>]|<-{3,}/.test(text) || /^[|v^]$/.test(text.trim());
}

/** The last command ends in a flag that takes a value, or mid-word at a hyphen: the next line is the rest of it. */
function wrapsCommand(open: Block | undefined, line: CleanLine): boolean {
  if (open?.kind !== 'code') return false;
  const last = open.lines.at(-1) ?? '';
  if (!isCommandLine(last.trim()) || isCommandLine(line.text) || isCommentLine(line.text) || listMarker(line.text)) return false;
  if (isCapitalisedLeadIn(line.text) || isSentence(line.text) || startsProse(line.text)) return false;
  return /\s-{1,2}[\w-]+$/.test(last) || /[\w]-$/.test(last);
}

/**
 * "Note: Be cautious when using…", "This is a more aggressive cleanup…": a
 * capitalised word and more words after it start a sentence, never the
 * wrapped rest of a command (which goes on with a flag's value).
 */
function startsProse(text: string): boolean {
  return /^[A-Z][a-z]*:?\s/.test(text) && text.split(/\s+/).length >= 4;
}

/** An unfinished "# comment" line followed by plain words: the page wrapped the comment. */
function wrapsComment(open: Block | undefined, line: CleanLine): boolean {
  if (open?.kind !== 'code') return false;
  const last = open.lines.at(-1)?.trim() ?? '';
  const isCode = isCommandLine(line.text) || isInstructionLine(line.text) || isCommentLine(line.text) || listMarker(line.text) !== undefined;
  return isCommentLine(last) && !endsSentence(last) && !isCode && /^[A-Za-z]/.test(line.text);
}

function appendCode(block: Extract<Block, { kind: 'code' }>, line: CleanLine, gap: Gap): void {
  const marker = listMarker(line.text);
  const text = marker && isCodeLine(marker.text) ? marker.text : codeText(line);
  // A comment after a gap starts a new group of lines in the same example.
  if ((gap.spacer || gap.blank) && isCommentLine(text) && block.lines.length > 0 && block.lines.at(-1) !== '') block.lines.push('');
  block.lines.push(text);
}

function codeText(line: CleanLine): string {
  return `${' '.repeat(line.indent)}${line.text}`;
}

/**
 * Without a gap, a line continues the text above. Across a blank line (the
 * early pages are double-spaced) it continues only text that visibly leads
 * on, text cut off at the full width of the page, or when it starts in lower
 * case; across a spacer, only the latter.
 */
function continuesText(open: Block | undefined, line: CleanLine, gap: Gap, previous: CleanLine | undefined): boolean {
  if (open?.kind !== 'paragraph' && open?.kind !== 'item') return false;
  if (open.kind === 'paragraph' && open.label) return false;
  // "Example:" on a line of its own introduces what follows; it never ends the bullet above it.
  if (SNIPPET_LABEL.test(line.text)) return false;
  if (!gap.blank && !gap.spacer) return true;
  if (/^[a-z(]/.test(line.text) && !/^(docker|sudo)\s/.test(line.text)) return true;
  return !gap.spacer && (leadsOn(open.text) || (wrappedAtPageWidth(previous) && !endsSentence(open.text) && !startsWithLabel(line.text)));
}

const SNIPPET_LABEL = /^((for )?examples?|syntax|usage|output|commands?):$/i;

/**
 * Lines of running text wrap at 85 to 110 characters; a line that long which
 * ends mid-sentence ("… based on changes to a linked") was cut by the page,
 * whatever the double spacing puts after it.
 */
const PAGE_WIDTH = 85;
function wrappedAtPageWidth(line: CleanLine | undefined): boolean {
  return line !== undefined && line.indent === 0 && line.text.length >= PAGE_WIDTH;
}

/** "Cause: …", "o Step two": a line that opens something of its own. */
function startsWithLabel(text: string): boolean {
  return listMarker(text) !== undefined || /^[A-Z][\w ]{0,30}:\s/.test(text);
}

function previousText(lines: CleanLine[], i: number): CleanLine | undefined {
  for (let j = i - 1; j >= 0; j--) if (lines[j]!.text !== '') return lines[j];
  return undefined;
}

/**
 * Joins a wrapped line. The word processor never hyphenated words, so a hyphen
 * at the end of a line belongs to a name or flag and closes up: "docker-" +
 * "compose.yml", "--" + "entrypoint"; "multi -" + "step" lost a space too.
 */
function joinText(before: string, line: CleanLine): string {
  if (/\w\s-$/.test(before)) return `${before.slice(0, -2)}-${line.text}`;
  if (/[\w-]-$/.test(before)) return `${before}${line.text}`;
  return `${before} ${line.text}`;
}

function joinLines(first: CleanLine, second: CleanLine): string {
  return joinText(first.text, second);
}

function nextText(lines: CleanLine[], i: number): CleanLine | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.text !== '') return lines[j];
  return undefined;
}

/** The index of the last line of the range that starts at `start` (moves can make line numbers jump). */
function lastIndexUpTo(lines: CleanLine[], lastLine: number, start: number): number {
  const first = lines[start]!.no;
  let index = start;
  while (index + 1 < lines.length && lines[index + 1]!.no >= first && lines[index + 1]!.no <= lastLine && !lines[index + 1]!.hardBreak) index++;
  return index;
}

function bracketBalance(text: string): number {
  return (text.match(/[[{]/g)?.length ?? 0) - (text.match(/[\]}]/g)?.length ?? 0);
}
