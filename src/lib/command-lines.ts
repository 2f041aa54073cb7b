/**
 * The docker command lines in an entry's MDX: what a reader could paste into a
 * shell. Only shell code blocks count (bash, sh, shell, console); in a console
 * session only the prompted lines, since the rest is output. Prompts, sudo and
 * trailing comments go; lines a backslash continues are joined. Lines cut
 * short ("…"), prose pasted into a code block, and lines that a correction
 * right below the block disputes are left out: a reference must not offer a
 * command the entry says is wrong.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const SHELLS = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);
const DOCKER = /^docker(-compose)?\s+[a-z]/;
const FENCE_OPEN = /^(\s*)(`{3,})\s*([^\s`]*)/;

export function commandLines(mdx: string): string[] {
  return shellBlocks(mdx).flatMap(({ lang, code, dispute }) => {
    const commands = linesOf(code, lang === 'console');
    // Below a one-command block, the correction can only be about that command.
    return commands.filter((line) => !dispute || !disputes(dispute, line, commands.length === 1));
  });
}

export interface ShellBlock {
  lang: string;
  code: string;
  /** The text of a Correction right below the block that disputes it. */
  dispute?: string;
}

/**
 * The shell code blocks of an entry, found by a line scanner rather than a
 * full MDX parse: at thousands of entries the parse cost seconds of every
 * build. Only a Correction right below a shell block is parsed, on its own.
 */
export function shellBlocks(mdx: string): ShellBlock[] {
  // Astro hands pages the body alone; files read from disk still carry frontmatter.
  const lines = mdx.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
  const blocks: ShellBlock[] = [];
  for (let at = 0; at < lines.length; at++) {
    const open = FENCE_OPEN.exec(lines[at]!);
    if (!open) continue;
    const [, indent, ticks, lang] = open as unknown as [string, string, string, string];
    const close = closingFence(lines, at + 1, ticks.length);
    if (SHELLS.has(lang)) {
      const dispute = disputeBelow(lines, close + 1, indent.length);
      blocks.push({ lang, code: lines.slice(at + 1, close).join('\n'), ...(dispute === undefined ? {} : { dispute }) });
    }
    at = close;
  }
  return blocks;
}

/** The index of the line that closes a fence of `ticks` backticks (an unclosed fence runs to the end). */
function closingFence(lines: string[], from: number, ticks: number): number {
  const closing = new RegExp(`^\\s*\`{${ticks},}\\s*$`);
  for (let at = from; at < lines.length; at++) if (closing.test(lines[at]!)) return at;
  return lines.length;
}

function linesOf(code: string, console: boolean): string[] {
  const commands: string[] = [];
  let pending: string | undefined;
  for (const raw of code.split('\n')) {
    const prompted = /^\s*\$\s+(?!\s)(.*)$/.exec(raw);
    let line: string;
    if (pending !== undefined) line = `${pending} ${raw.trim()}`;
    else if (prompted) line = prompted[1]!;
    else if (console) continue;
    else line = raw.trim();
    pending = undefined;
    if (/\\\s*$/.test(line)) {
      pending = line.replace(/(?<!\s)\s*\\\s*$/, '');
      continue;
    }
    const command = cleanLine(line);
    if (command !== undefined) commands.push(command);
  }
  return commands;
}

/** The line as a command to show, or undefined when it is not one. */
export function cleanLine(line: string): string | undefined {
  const command = withoutComment(line.trim().replace(/^sudo\s+/, '')).replace(/\s+/g, ' ');
  if (!DOCKER.test(command)) return undefined;
  if (/(…|\.\.\.)$/.test(command) || command.includes(' … ')) return undefined;
  if (looksLikeProse(command)) return undefined;
  return command;
}

/** Without a trailing "# comment" (outside quotes). */
function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && /\s/.test(line[index - 1] ?? ' ')) return line.slice(0, index).trimEnd();
  }
  return line;
}

/**
 * Sentences that landed in a code block: "docker system prune -a This is a
 * more aggressive…", "docker plugin install already enables the plugin it
 * installs." Quoted arguments are ignored, so echo "Hello, World!" stays.
 */
export function looksLikeProse(command: string): boolean {
  const bare = command.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, 'ARG');
  if (/[a-z)]\.\s*$/.test(bare)) return true; // ends like a sentence (a lone "." is a build context)
  if (/[a-z]\.\s+[A-Z]/.test(bare)) return true; // two sentences
  if (/\s[A-Z][a-z]+\s+[a-z]+\s+[a-z]+\s+[a-z]+/.test(bare)) return true; // "This is a more…"
  if (/,\s+[a-z]+\s+[a-z]+\s/.test(bare)) return true; // "…, and then…"
  return false;
}

/**
 * The text of a Correction that follows the block (in the same container, so
 * indented like the fence) and did not mend it (no `was`), or of a pointer to
 * one (SeeCorrection): it says something in the block is wrong.
 */
function disputeBelow(lines: string[], from: number, fenceIndent: number): string | undefined {
  let at = from;
  while (at < lines.length && lines[at]!.trim() === '') at++;
  const start = lines[at];
  if (start === undefined || !/^<(Correction|SeeCorrection)\b/.test(start.trimStart())) return undefined;
  const indent = start.length - start.trimStart().length;
  if (indent < fenceIndent || indent > fenceIndent + 3) return undefined;
  let end = at;
  while (end < lines.length && lines[end]!.trim() !== '</Correction>' && !lines[end]!.trimEnd().endsWith('/>')) end++;
  const snippet = lines.slice(at, end + 1).map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n');
  const element = (unified().use(remarkParse).use(remarkMdx).parse(snippet) as Root).children[0];
  return correctionText(element);
}

function correctionText(next: RootContent | undefined): string | undefined {
  if (next?.type !== 'mdxJsxFlowElement') return undefined;
  // A pointer to a correction further up disputes the block as that correction does: its text is the quote.
  if (next.name === 'SeeCorrection') {
    const quote = next.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'quote')?.value;
    return typeof quote === 'string' ? quote : undefined;
  }
  if (next.name !== 'Correction') return undefined;
  if (next.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'was')) return undefined;
  return toString(next);
}

/**
 * The correction names one of the line's own flags, image references or paths,
 * or the line is the block's only command: that line is the one it corrects. A correction that spells the whole line
 * out (in today's form) endorses it instead, and so does one about the retired
 * docker-compose spelling alone: the commands page shows such a line as
 * docker compose already.
 */
function disputes(correction: string, line: string, only: boolean): boolean {
  const today = line.replace(/^docker-compose\b/, 'docker compose');
  if (correction.includes(today)) return false;
  const namesAWord = line
    .split(/\s+/)
    .slice(2)
    .map((word) => word.replace(/^["']|["']$/g, '').split('=')[0]!)
    .some((word) => word.length >= 3 && /^--|[/:]/.test(word) && correction.includes(word));
  if (namesAWord) return true;
  const aboutTheSpelling = today !== line && /docker-compose|hyphenated|\bv1\b/i.test(correction);
  return only && !aboutTheSpelling;
}
