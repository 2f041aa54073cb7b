/**
 * Step: our reviewed corrections go where the mistakes are. Each record
 * quotes the wrong text of an entry exactly as the reader sees it; the quote
 * must be found exactly once, in one paragraph, heading, table cell or code
 * line, or the ingest stops naming the record, so a correction can never
 * silently fall off when a source or a parser changes. A "Correction" callout
 * goes right after the block that holds the quote (after the whole table,
 * inside a list item after its paragraph). A `replace` mends code that cannot
 * work as written, and the callout says what the source had. A record that
 * says `sameAs` repeats a mistake the page already corrected: it gets a short
 * pointer to that callout instead of a second one (one callout per fact).
 */
import type { Code, Heading, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Fix } from './corrections.ts';
import { IngestError } from '../errors.ts';
import type { Entry } from '../types.ts';

/** The name of the callout element; src/components/Correction.astro renders it. */
export const CALLOUT = 'Correction';
/** The name of the pointer back to an earlier callout; src/components/SeeCorrection.astro renders it. */
export const POINTER = 'SeeCorrection';

interface Place {
  /** The paragraph, heading, table cell or code block whose text holds the quote. */
  block: Paragraph | Heading | TableCell | Code;
  /** The node the callout follows: the block, or the table around its cell. */
  anchor: RootContent;
  parent: Parent;
  /** For code: the line that holds the quote. */
  line?: string;
}

/** Applies every fix to the entry's answers in place and returns how many callouts and pointers it added. */
export function applyCorrections(entry: Entry, fixes: Fix[]): { callouts: number; pointers: number } {
  const roots: Root[] = entry.answers.map((answer) => ({ type: 'root', children: answer.body }));
  const callouts = new Map<RootContent, { parent: Parent; nodes: MdxJsxFlowElement[] }>();
  // Each callout's anchor id on the page, by its quote, for the pointers.
  const ids = new Map<string, string>();
  fixes.forEach((fix) => {
    if ('correction' in fix) ids.set(normalise(fix.quote), `correction-${ids.size + 1}`);
  });

  for (const fix of fixes) {
    const place = findQuote(roots, fix, entry.slug);
    let node: MdxJsxFlowElement;
    if ('correction' in fix) {
      if (fix.replace !== undefined) replaceInCode(place, fix, entry.slug);
      node = callout(fix, ids.get(normalise(fix.quote))!);
    } else {
      const target = ids.get(normalise(fix.sameAs));
      if (!target) throw new IngestError(fix.file, fix.line, `"sameAs" names "${fix.sameAs}", which is the quote of no correction of /questions/${entry.slug}/`);
      node = pointer(target, fix.sameAs);
    }
    const pending = callouts.get(place.anchor) ?? { parent: place.parent, nodes: [] };
    pending.nodes.push(node);
    callouts.set(place.anchor, pending);
  }
  for (const [anchor, { parent, nodes }] of callouts) {
    parent.children.splice(parent.children.indexOf(anchor) + 1, 0, ...(nodes as Parent['children']));
  }
  roots.forEach((root, index) => (entry.answers[index]!.body = root.children));
  const pointers = fixes.filter((fix) => 'sameAs' in fix).length;
  return { callouts: fixes.length - pointers, pointers };
}

/** Whitespace runs count as one space, as a reader sees them. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function findQuote(roots: Root[], fix: Fix, slug: string): Place {
  const quote = normalise(fix.quote);
  const places: Place[] = [];
  for (const root of roots) {
    for (const { block, anchor, parent } of blocks(root)) {
      const texts = block.type === 'code' ? block.value.split('\n') : [phrasingText(block.children)];
      for (const text of texts) {
        const count = normalise(text).split(quote).length - 1;
        for (let i = 0; i < count; i++) places.push({ block, anchor, parent, ...(block.type === 'code' ? { line: text } : {}) });
      }
    }
  }
  if (places.length !== 1) {
    throw new IngestError(fix.file, fix.line, `the quote "${fix.quote}" is found ${places.length} times in /questions/${slug}/; it must be found exactly once (quote the text as the page shows it, long enough to be unique)`);
  }
  return places[0]!;
}

/** Every block that holds text, with where a callout after it would go. */
function* blocks(parent: Parent): Generator<Omit<Place, 'line'>> {
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'paragraph' || child.type === 'heading' || child.type === 'code') yield { block: child, anchor: child, parent };
    else if (child.type === 'table') {
      for (const row of child.children) for (const cell of row.children) yield { block: cell, anchor: child, parent };
    } else if ('children' in child) yield* blocks(child as Parent);
  }
}

/** The text of inline content as a reader sees it: code without backticks, a line break as a space. */
function phrasingText(children: PhrasingContent[]): string {
  return children.map((child: Nodes) => ('value' in child ? child.value : child.type === 'break' ? ' ' : 'children' in child ? phrasingText(child.children as PhrasingContent[]) : '')).join('');
}

function replaceInCode(place: Place, fix: Extract<Fix, { correction: string }>, slug: string): void {
  if (place.block.type !== 'code') {
    throw new IngestError(fix.file, fix.line, `"replace" mends code, but the quote "${fix.quote}" in /questions/${slug}/ is not in a code block`);
  }
  // The quote matched with runs of white space folded; match the code the same way.
  const pattern = new RegExp(normalise(fix.quote).split(' ').map(escapeRegExp).join('\\s+'));
  const line = place.line!;
  const lines = place.block.value.split('\n');
  lines[lines.indexOf(line)] = line.replace(pattern, () => fix.replace!);
  place.block.value = lines.join('\n');
}

function callout(fix: Extract<Fix, { correction: string }>, id: string): MdxJsxFlowElement {
  const attributes: MdxJsxFlowElement['attributes'] = [
    { type: 'mdxJsxAttribute', name: 'id', value: id },
    { type: 'mdxJsxAttribute', name: 'docs', value: fix.docs },
  ];
  if (fix.replace !== undefined) attributes.push({ type: 'mdxJsxAttribute', name: 'was', value: normalise(fix.quote) });
  return { type: 'mdxJsxFlowElement', name: CALLOUT, attributes, children: [{ type: 'paragraph', children: [{ type: 'text', value: normalise(fix.correction) }] }] };
}

/** "Corrected above": a link to the callout that already corrects this mistake, naming what it quoted. */
function pointer(id: string, quote: string): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: POINTER,
    attributes: [
      { type: 'mdxJsxAttribute', name: 'to', value: id },
      { type: 'mdxJsxAttribute', name: 'quote', value: normalise(quote) },
    ],
    children: [],
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
