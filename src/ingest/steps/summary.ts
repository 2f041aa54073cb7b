/**
 * Step: a summary for entries whose source gives no short answer: the first
 * sentence or two of the answer, as plain text. A sentence that introduces a
 * list ("Docker components are:") is completed with the list's item names.
 */
import type { List, ListItem, RootContent } from 'mdast';
import { plainText, sentences } from './plain-text.ts';

const MAX_LENGTH = 240;
const ENOUGH = 80;

export function deriveSummary(body: RootContent[]): string {
  // Where the question sets a scenario first, the answer starts at its "Answer" heading.
  const answerAt = body.findIndex((node) => node.type === 'heading' && plainText(node).toLowerCase() === 'answer');
  const answer = body.slice(answerAt + 1);
  const firstAt = answer.findIndex((node) => node.type === 'paragraph' || node.type === 'list');
  const first = answer[firstAt];
  if (!first) return commandsSummary(answer);
  if (first.type === 'list') return shorten(listSummary(first));

  const kept: string[] = [];
  for (const sentence of sentences(plainText(first))) {
    kept.push(sentence);
    if (kept.join(' ').length >= ENOUGH) break;
  }
  const next = answer[firstAt + 1];
  const last = kept.at(-1) ?? '';
  if (last.endsWith(':') && next?.type === 'list') kept[kept.length - 1] = `${last} ${listSummary(next, ', ')}`;
  // "Run:" before a code block says nothing without the code.
  else if (last.endsWith(':') && kept.length > 1) kept.pop();
  return shorten(kept.join(' ').replace(/:$/, '.'));
}

/** Labelled items ("**Host mode:** …") are summed up by their labels, plain items by their first sentences. */
function listSummary(list: List, separator = '; '): string {
  const labels = list.children.map(labelOf);
  if (labels.every((label) => label !== undefined)) return `${labels.join(separator)}.`;
  const items: string[] = [];
  for (const item of list.children) {
    items.push((sentences(plainText(item))[0] ?? '').replace(/(?<![.;:])[.;:]+$/, ''));
    if (items.join(separator).length >= ENOUGH) break;
  }
  return `${items.join(separator)}.`;
}

/** "**Host mode:** …" is labelled "Host mode"; bold that is not followed by a colon is not a label. */
function labelOf(item: ListItem): string | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph' || first.children[0]?.type !== 'strong') return undefined;
  const bold = plainText(first.children[0]);
  const after = first.children[1];
  const colonAfter = after?.type === 'text' && after.value.trimStart().startsWith(':');
  return bold.endsWith(':') || colonAfter ? bold.replace(/(?<![:.;])[:.;]+$/, '').trim() : undefined;
}

export function shorten(text: string): string {
  if (text.length <= MAX_LENGTH) return text;
  const cut = text.slice(0, MAX_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

/** An answer that is only code: name the commands (or Dockerfile instructions) it shows. */
function commandsSummary(answer: RootContent[]): string {
  const code = answer.find((node) => node.type === 'code');
  if (code?.type !== 'code') return '';
  const lines = code.value.split('\n').map((line) => line.trim());
  if (code.lang === 'dockerfile') {
    const instructions = lines.map((line) => /^([A-Z]+)\s/.exec(line)?.[1]).filter((word): word is string => word !== undefined);
    return instructions.length ? `Dockerfile instructions shown: ${[...new Set(instructions)].join(', ')}.` : '';
  }
  // In a console session only prompted lines are commands; the rest is their output.
  const statements = code.lang === 'console' ? lines.filter((line) => line.startsWith('$ ')).map((line) => line.slice(2)) : lines;
  const commands = statements
    // A comment runs to the end of the line; "s" lets it run past a line separator (U+2028) too,
    // so no "#" is tried again after a failed one (and the lookbehind: nor a space inside a run).
    .map((line) => line.replace(/(?<!\s)\s+#.*$/s, ''))
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => commandName(line))
    .filter((name) => name !== '');
  return commands.length ? shorten(`Commands shown: ${[...new Set(commands)].join(', ')}.`) : '';
}

/** "docker volume create my-vol" is "docker volume create"; "docker run -d nginx" is "docker run". */
function commandName(line: string): string {
  const words = line.split(/\s+/);
  const name: string[] = [];
  for (const word of words) {
    if (!/^[a-z][a-z-]*$/.test(word) || name.length === 3) break;
    name.push(word);
    if (name[0] !== 'docker' || (name.length === 2 && !MANAGEMENT.has(word))) break;
  }
  return name.length >= 2 ? name.join(' ') : (name[0] ?? '');
}

const MANAGEMENT = new Set(['image', 'container', 'volume', 'network', 'system', 'plugin', 'compose', 'service', 'swarm', 'secret', 'node', 'context', 'builder']);
