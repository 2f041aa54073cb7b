/**
 * Running text in the PDF export: whether a line continues the paragraph or
 * list item above it, how wrapped lines rejoin, and short "Label: text"
 * paragraphs in a row that are a list whose bullets the export lost.
 */
import type { Block, Gap } from './blocks.ts';
import { endsSentence, leadsOn, listMarker } from './line-roles.ts';
import type { CleanLine } from './page-furniture.ts';

/**
 * "Running as root: Always create and use a non-root user." three or more
 * times in a row, one short paragraph each: a list whose bullets the export
 * lost.
 */
export function listLabelledRuns(blocks: Block[]): Block[] {
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

/**
 * Without a gap, a line continues the text above. Across a blank line (the
 * early pages are double-spaced) it continues only text that visibly leads
 * on, text cut off at the full width of the page, or when it starts in lower
 * case; across a spacer, only the latter.
 */
export function continuesText(open: Block | undefined, line: CleanLine, gap: Gap, previous: CleanLine | undefined): boolean {
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

export function previousText(lines: CleanLine[], i: number): CleanLine | undefined {
  for (let j = i - 1; j >= 0; j--) if (lines[j]!.text !== '') return lines[j];
  return undefined;
}

/**
 * Joins a wrapped line. The word processor never hyphenated words, so a hyphen
 * at the end of a line belongs to a name or flag and closes up: "docker-" +
 * "compose.yml", "--" + "entrypoint"; "multi -" + "step" lost a space too.
 */
export function joinText(before: string, line: CleanLine): string {
  if (/\w\s-$/.test(before)) return `${before.slice(0, -2)}-${line.text}`;
  if (/[\w-]-$/.test(before)) return `${before}${line.text}`;
  return `${before} ${line.text}`;
}

export function joinLines(first: CleanLine, second: CleanLine): string {
  return joinText(first.text, second);
}

export function nextText(lines: CleanLine[], i: number): CleanLine | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.text !== '') return lines[j];
  return undefined;
}
