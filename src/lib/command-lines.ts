/**
 * The docker command lines in an entry's MDX: what a reader could paste into a
 * shell. Only shell code blocks count (bash, sh, shell, console); in a console
 * session only the prompted lines, since the rest is output. Prompts, sudo and
 * trailing comments go; lines a backslash continues are joined. Lines cut
 * short ("…"), prose pasted into a code block, and lines that a correction
 * right below the block disputes are left out: a reference must not offer a
 * command the entry says is wrong.
 */
import type { Code, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const SHELLS = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);
const DOCKER = /^docker(-compose)?\s+[a-z]/;

export function commandLines(mdx: string): string[] {
  // Astro hands pages the body alone; files read from disk still carry frontmatter.
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
  const found: string[] = [];
  visit(tree, 'code', (node: Code, index, parent) => {
    if (!node.lang || !SHELLS.has(node.lang)) return;
    const disputed = disputeBelow(parent?.children[(index ?? 0) + 1]);
    const lines = linesOf(node.value, node.lang === 'console');
    // Below a one-command block, the correction can only be about that command.
    found.push(...lines.filter((line) => !disputed || !disputes(disputed, line, lines.length === 1)));
  });
  return found;
}

function linesOf(code: string, console: boolean): string[] {
  const commands: string[] = [];
  let pending: string | undefined;
  for (const raw of code.split('\n')) {
    const prompted = /^\s*\$\s+(.*)$/.exec(raw);
    let line: string;
    if (pending !== undefined) line = `${pending} ${raw.trim()}`;
    else if (prompted) line = prompted[1]!;
    else if (console) continue;
    else line = raw.trim();
    pending = undefined;
    if (/\\\s*$/.test(line)) {
      pending = line.replace(/\s*\\\s*$/, '');
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

/** The text of a Correction that follows a block it did not mend (no `was`): it says something in the block is wrong. */
function disputeBelow(next: RootContent | undefined): string | undefined {
  if (next?.type !== 'mdxJsxFlowElement' || next.name !== 'Correction') return undefined;
  if (next.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'was')) return undefined;
  return toString(next);
}

/**
 * The correction names one of the line's own flags, image references or paths,
 * or the line is the block's only command: that line is the one it corrects. A correction that spells the whole line
 * out (in today's form) endorses it instead.
 */
function disputes(correction: string, line: string, only: boolean): boolean {
  if (correction.includes(line.replace(/^docker-compose\b/, 'docker compose'))) return false;
  if (only) return true;
  return line
    .split(/\s+/)
    .slice(2)
    .map((word) => word.replace(/^["']|["']$/g, '').split('=')[0]!)
    .some((word) => word.length >= 3 && /^--|[/:]/.test(word) && correction.includes(word));
}
