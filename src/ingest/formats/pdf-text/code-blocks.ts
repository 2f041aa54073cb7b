/**
 * Code in the PDF export: which line opens a code block (a command, a
 * Dockerfile instruction, YAML, JSON, a box diagram, an ignore file), which
 * lines go on with it, and the wrapped commands and comments the page broke.
 */
import type { Block, Gap } from './blocks.ts';
import { isClosingTitle } from './headings.ts';
import { endsSentence, isCommandLine, isCommentLine, isInstructionLine, isJsonLine, isSentence, isYamlKeyLine, listMarker } from './line-roles.ts';
import type { CleanLine } from './page-furniture.ts';
import { nextText } from './paragraphs.ts';

/** Does line i begin a code block? */
export function startsCode(lines: CleanLine[], i: number, content: string): boolean {
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

export function continuesCode(line: CleanLine, mode: string, jsonDepth: number, open: Block | undefined, gap: Gap): boolean {
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
export function introducesIgnoreFile(block: Block | undefined): boolean {
  return (block?.kind === 'paragraph' || block?.kind === 'item') && /\.(docker|git)ignore\b[^.]*:$/.test(block.text);
}

/** A line of an ignore file: a pattern ("node_modules/", "*.log", "!keep.txt") or a comment. */
export function isIgnorePattern(text: string): boolean {
  return /^!?[\w.*?/[\]-]+$/.test(text) || isCommentLine(text);
}

/**
 * YAML nests by two spaces; the export sometimes adds one ("     image: nginx"
 * under "  web:"), which breaks the file. An odd indent of three or more is
 * one space too many.
 */
export function evenYamlIndent(line: CleanLine): CleanLine {
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

export function flavourChanges(open: Block | undefined, lines: CleanLine[], i: number): boolean {
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

export function endsWithContinuation(open: Block | undefined): boolean {
  return open?.kind === 'code' && /\\\s*$/.test(open.lines.at(-1) ?? '');
}

/**
 * A Dockerfile opening ahead (comments and ARGs, then FROM) after an example
 * that already has instructions: a second example, unless the open one is a
 * multi-stage build ("FROM node:16 AS build"), whose next stage this is.
 */
export function startsAnotherDockerfile(open: Block | undefined, lines: CleanLine[], i: number): boolean {
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
export function isCodeStatement(text: string): boolean {
  const content = listMarker(text)?.text ?? text;
  return isCommandLine(content) || isInstructionLine(content) || isCommentLine(content) || /\\$/.test(content) || /^\s/.test(text);
}

/** ASCII box drawings: "+-----+", "|  Docker Client  |", arrows made of dashes and "v". */
export function isDiagramLine(text: string): boolean {
  return /^[+|]/.test(text.trim()) || /[+|]-{3,}|(?<!-)-{3,}[+|>]|<-{3,}/.test(text) || /^[|v^]$/.test(text.trim());
}

/** The last command ends in a flag that takes a value, or mid-word at a hyphen: the next line is the rest of it. */
export function wrapsCommand(open: Block | undefined, line: CleanLine): boolean {
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
export function wrapsComment(open: Block | undefined, line: CleanLine): boolean {
  if (open?.kind !== 'code') return false;
  const last = open.lines.at(-1)?.trim() ?? '';
  const isCode = isCommandLine(line.text) || isInstructionLine(line.text) || isCommentLine(line.text) || listMarker(line.text) !== undefined;
  return isCommentLine(last) && !endsSentence(last) && !isCode && /^[A-Za-z]/.test(line.text);
}

export function appendCode(block: Extract<Block, { kind: 'code' }>, line: CleanLine, gap: Gap): void {
  const marker = listMarker(line.text);
  const text = marker && isCodeLine(marker.text) ? marker.text : codeText(line);
  // A comment after a gap starts a new group of lines in the same example.
  if ((gap.spacer || gap.blank) && isCommentLine(text) && block.lines.length > 0 && block.lines.at(-1) !== '') block.lines.push('');
  block.lines.push(text);
}

export function codeText(line: CleanLine): string {
  return `${' '.repeat(line.indent)}${line.text}`;
}

export function bracketBalance(text: string): number {
  return (text.match(/[[{]/g)?.length ?? 0) - (text.match(/[\]}]/g)?.length ?? 0);
}
