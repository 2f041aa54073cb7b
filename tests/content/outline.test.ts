/**
 * Every entry reads like a chapter with a true outline: no heading sits more
 * than one level below the one before it, headings are titles and never
 * lead-in sentences, and numbered steps of one run in a source share one
 * level, as do labels repeated within one answer ("How it Happens").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../helpers/mdx.ts';
import { isLeadIn } from '../../src/ingest/steps/lead-in.ts';
import { repairMojibake } from '../../src/ingest/steps/repair-mojibake.ts';
import { contentDir, ourQuestions } from '../helpers/content.ts';

interface Outlined {
  depth: number;
  text: string;
  /** Where it sits: "ours", or the source document whose fold holds it. */
  part: string;
}

function headingsOf(body: string): Outlined[] {
  const headings: Outlined[] = [];
  visitParents(parseMdxBody(body), 'heading', (node: Heading, ancestors) => {
    const fold = ancestors.find((ancestor) => ancestor.type === 'mdxJsxFlowElement' && 'name' in ancestor && ancestor.name === 'SourceFold') as MdxJsxFlowElement | undefined;
    const source = fold?.attributes.find((attribute) => 'name' in attribute && attribute.name === 'source')?.value;
    headings.push({ depth: node.depth, text: toString(node).trim(), part: typeof source === 'string' ? source : 'ours' });
  });
  return headings;
}

// The outline is our editing of the sources' layout; a reader's notes keep theirs.
const entries = ourQuestions.map((entry) => ({ id: entry.id, headings: headingsOf(entry.body) }));

describe('heading outline of every entry', () => {
  it.each(entries.map((entry) => [entry.id, entry.headings]))('%s: starts at h2 and never skips a level', (_, headings) => {
    let previous = 1;
    for (const heading of headings) {
      expect(heading.depth, `"${heading.text}" after a level-${previous} heading`).toBeLessThanOrEqual(previous + 1);
      previous = heading.depth;
    }
  });

  it('no heading is a lead-in sentence ("To remove a stopped container, run", "Think of it like this", "Or")', () => {
    const leadIns = entries.flatMap((entry) => entry.headings.filter((heading) => isLeadIn(heading.text) && !/\?$/.test(heading.text)).map((heading) => `${entry.id}: ${heading.text}`));
    expect(leadIns).toEqual([]);
  });

  it('a label repeated inside one answer section sits at one level each time', () => {
    const uneven: string[] = [];
    for (const entry of entries) {
      let section: Map<string, number> = new Map();
      let part = '';
      for (const heading of entry.headings) {
        // A section starts at each h2, each source's fold, and each of a fold's top headings (h3).
        if (heading.depth <= 3 || heading.part !== part) section = new Map();
        part = heading.part;
        const seen = section.get(heading.text);
        if (seen !== undefined && seen !== heading.depth) uneven.push(`${entry.id}: "${heading.text}" at ${seen} and ${heading.depth}`);
        section.set(heading.text, heading.depth);
      }
    }
    expect(uneven).toEqual([]);
  });

  it('numbered steps of one run in the course guide share one level', () => {
    const guide = repairMojibake(readFileSync(join(contentDir, 'sources', '002_8d63654ea8fce396.txt'), 'utf8')).text.split('\n');
    const steps = guide.map((line) => /^(\d{1,2})\.\s+(.+?)\s*:?\s*$/.exec(line.trim())).map((match) => (match ? { n: Number(match[1]), title: match[2]! } : undefined));
    // Runs of consecutive numbers 1, 2, 3… with nothing numbered out of order between them.
    const runs: string[][] = [];
    for (const step of steps) {
      if (!step) continue;
      if (step.n === 1) runs.push([step.title]);
      else if (runs.length > 0 && runs.at(-1)!.length === step.n - 1) runs.at(-1)!.push(step.title);
    }
    const uneven: string[] = [];
    for (const run of runs.filter((titles) => titles.length >= 3)) {
      for (const entry of entries) {
        const depths = run.map((title) => entry.headings.find((heading) => heading.text === title)?.depth);
        const asHeadings = depths.filter((depth) => depth !== undefined);
        if (asHeadings.length >= 3 && new Set(asHeadings).size > 1) uneven.push(`${entry.id}: ${run.map((title, k) => `${title} (${depths[k] ?? '-'})`).join(', ')}`);
      }
    }
    expect(uneven).toEqual([]);
  });
});
