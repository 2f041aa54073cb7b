/**
 * Turns blocks into mdast: headings at their rank, lists nested by marker
 * depth, code blocks that an item introduces ("…limit the CPU:") kept inside
 * that item, and inline code marked in the prose.
 */
import type { Code, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { withInlineCode } from '../../steps/inline-code.ts';
import type { Block } from './blocks.ts';
import { isCommandLine, leadsOn } from './line-roles.ts';

export function blocksToMdast(blocks: Block[]): Root {
  const children: RootContent[] = [];
  /** Open lists, outermost first, with the marker depth of their items. */
  let lists: { list: List; depth: number }[] = [];
  const closeLists = () => (lists = []);
  const lastItem = (): ListItem | undefined => lists.at(-1)?.list.children.at(-1);
  const orderedOpen = () => lists.findLast((open) => open.list.ordered);
  /** After "Example:" inside a list, the code and its explanation stay with the outer item too. */
  let attachTo: ListItem | undefined;

  blocks.forEach((block, index) => {
    const position = { start: { line: block.line, column: 1 }, end: { line: block.line, column: 1 } };
    switch (block.kind) {
      case 'heading':
        attachTo = undefined;
        closeLists();
        children.push({ type: 'heading', depth: block.rank, children: phrasing(block.text), position, ...(block.sourceText ? { data: { sourceHeading: block.sourceText } } : {}) });
        break;
      case 'item': {
        attachTo = undefined;
        const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(block.text)] };
        // Bullets between "1." and "2." of the same depth are the points of item 1.
        const outerOrdered = lists.findLast((open) => open.list.ordered && open.depth === block.depth);
        const pointsOfNumbered = !block.ordered && outerOrdered !== undefined && numberingGoesOn(blocks, index, outerOrdered);
        const depth = pointsOfNumbered || numbersUnderBullet(blocks, index, lists) ? block.depth + 0.5 : block.depth;
        while (lists.length > 0 && lists.at(-1)!.depth > depth) lists.pop();
        const top = lists.at(-1);
        // "1." after items of the same list starts a new list: numbering that restarts is a new example.
        const restarts = block.ordered && block.number === 1 && top?.depth === depth && top.list.ordered;
        if (top && top.depth === depth && top.list.ordered === block.ordered && !restarts) {
          top.list.children.push(item);
        } else {
          const list: List = { type: 'list', ordered: block.ordered, spread: false, children: [item], position, ...(block.ordered && block.number ? { start: block.number } : {}) };
          const parent = top && top.depth < depth ? top.list.children.at(-1) : undefined;
          if (top && top.depth === depth) lists.pop();
          if (parent) parent.children.push(list);
          else {
            closeLists();
            children.push(list);
          }
          lists.push({ list, depth });
        }
        break;
      }
      case 'code': {
        const code = codeNode(block, position);
        const item = lastItem();
        if (attachTo && !block.label) attachTo.children.push(code);
        else if (block.label) {
          closeLists();
          children.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: block.label }] }] }, code);
        } else if (item && (introduces(item) || numberingGoesOn(blocks, index, orderedOpen()))) item.children.push(code);
        else {
          closeLists();
          children.push(code);
        }
        break;
      }
      case 'paragraph': {
        if (block.text === '') {
          // A hard break between moved lines and their new neighbours.
          attachTo = undefined;
          closeLists();
          break;
        }
        const item = lastItem();
        const node = block.label ? labelParagraph(block.text) : paragraph(block.text);
        const next = blocks[index + 1];
        const itemDepth = lists.at(-1)?.depth ?? 0;
        // A sentence after an item's code explains that code, when the list goes on afterwards;
        // a lead-in ("There are two types:") before deeper items belongs to the item above them.
        const explainsCode = /^(this|these|the|it|in this)\b/i.test(block.text) && block.text.length <= 220;
        const outer = lists[0]?.list.children.at(-1);
        if (attachTo && (explainsCode || block.label)) {
          attachTo.children.push(node);
          break;
        }
        // A bare "Example:" shows the item above it; a label that names its subject ("Example of Using a
        // Bind Mount:") belongs to an item only when that item is a section with items of its own.
        // (Steps numbered under a bullet do not make it a section: "• Steps:" / "1. …" / "Example Docker command:".)
        const sectionItem = outer?.children.some((child) => child.type === 'list' && !child.ordered) ?? false;
        if (outer && block.label && blocks[index + 1]?.kind === 'code' && (sectionItem || /^(for )?example:$/i.test(block.text))) {
          attachTo = outer;
          outer.children.push(node);
          break;
        }
        // A label before a list that starts at 1 ("Example Usage:" / "1. Monitor All Events:") opens that list.
        const opensList = block.label === true && next?.kind === 'item' && next.ordered && next.number === 1;
        // A label on its own line ("When to Use:") introduces the items after it, so it never continues the item above.
        const sandwiched = !opensList && !block.label && next?.kind === 'item' && next.depth <= itemDepth && blocks[index - 1]?.kind === 'item';
        if (item && !block.label && numberingGoesOn(blocks, index, orderedOpen())) item.children.push(node);
        else if (item && item.children.at(-1)?.type === 'code' && (next?.kind === 'item' || explainsCode)) item.children.push(node);
        // Between two items of one list, a paragraph is the first item's next paragraph (the page wrapped it).
        else if (item && sandwiched) item.children.push(node);
        else if (item && /:$/.test(block.text) && next?.kind === 'item' && next.depth > itemDepth) item.children.push(node);
        else {
          closeLists();
          children.push(node);
        }
        break;
      }
      case 'table':
        attachTo = undefined;
        closeLists();
        children.push(table(block.header, block.rows));
        break;
    }
  });
  return { type: 'root', children };
}

/**
 * Commands mixed with what they printed are a console session: prompts mark
 * the commands. Not indented lines (help output columns, "  ls   List volumes")
 * nor the continuation lines of a command ending in "\\".
 */
function codeNode(block: Extract<Block, { kind: 'code' }>, position: Code['position']): Code {
  const session = block.hasOutput || block.lang === 'console';
  const prompted = (line: string, index: number) => !/^\s/.test(line) && !/\\\s*$/.test(block.lines[index - 1] ?? '') && isCommandLine(line.trim());
  const lines = session ? block.lines.map((line, index) => (prompted(line, index) ? `$ ${line.trim()}` : line)) : block.lines;
  return { type: 'code', lang: session ? 'console' : block.lang ?? null, meta: null, value: lines.join('\n').replace(/^\n+|(?<!\n)\n+$/g, ''), position };
}

/**
 * Does the open numbered list go on after this block, before any heading or
 * table ("1. Check the state" / code / bullets / "2. Review…")? Then the
 * block belongs to its last item, and the numbering never restarts at 2.
 */
function numberingGoesOn(blocks: Block[], index: number, open: { list: List; depth: number } | undefined): boolean {
  if (!open) return false;
  const expected = (open.list.start ?? 1) + open.list.children.length;
  for (let j = index + 1; j < blocks.length; j++) {
    const block = blocks[j]!;
    if (block.kind === 'heading' || block.kind === 'table' || (block.kind === 'paragraph' && block.text === '')) return false;
    if (block.kind !== 'item') continue;
    // A numbered list nested under a bullet sits half a level deeper than its markers.
    const markerDepth = Math.floor(open.depth);
    if (block.depth < markerDepth) return false;
    if (block.ordered && block.depth === markerDepth) return block.number === expected;
  }
  return false;
}

/**
 * "• Steps:" / "1. Install…" / "2. Configure…": numbers that start at 1 right
 * after a bullet that introduces them (it ends in ":" or visibly leads on) are
 * that bullet's steps, and so are the numbers that go on from them.
 */
function numbersUnderBullet(blocks: Block[], index: number, lists: { list: List; depth: number }[]): boolean {
  const block = blocks[index]!;
  if (block.kind !== 'item' || !block.ordered) return false;
  const nested = lists.findLast((open) => open.list.ordered && open.depth === block.depth + 0.5);
  if (nested) return block.number === (nested.list.start ?? 1) + nested.list.children.length;
  const previous = blocks[index - 1];
  return (
    block.number === 1 &&
    previous?.kind === 'item' &&
    !previous.ordered &&
    previous.depth === block.depth &&
    (/:$/.test(previous.text) || leadsOn(previous.text))
  );
}

function introduces(item: ListItem): boolean {
  const last = item.children.at(-1);
  if (last?.type === 'code') return true;
  if (last?.type !== 'paragraph') return false;
  const text = last.children.map((child) => ('value' in child ? child.value : '')).join('');
  return /:\s*$/.test(text);
}

function phrasing(text: string): PhrasingContent[] {
  return withInlineCode(text.replace(/\s{2,}/g, ' '));
}

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: phrasing(text) };
}

function labelParagraph(text: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'strong', children: phrasing(text) }] };
}

function table(header: string[], rows: string[][]): Table {
  const row = (cells: string[]) => ({ type: 'tableRow' as const, children: cells.map((cell) => ({ type: 'tableCell' as const, children: phrasing(cell) })) });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}
