/**
 * Nothing a reader would learn is dropped: every line of every raw source
 * (after encoding repair), whether a paragraph's, a list item's or a code
 * line, can be found in the entry made from its own section (the entry whose
 * sources name the heading above it), ignoring white space, markup, list
 * markers and the repairs code gets. Found somewhere else does not count: a
 * line that landed in the wrong entry is lost to the reader of the right one.
 * Lines that are known debris (tables of contents, page footers, separators,
 * answer labels, chat leftovers, reviewed debris records) are the only ones
 * allowed to go.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/ingest/steps/repair-mojibake.ts';
import { contentDir, questions } from '../helpers/content.ts';

/** Letters and digits only, dashes and quotes unified: what survives any formatting. */
function essence(text: string): string {
  return text
    .toLowerCase()
    .replace(/[–—-]+/g, '-')
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[^\p{L}\p{N}"'\-/=<>$@]/gu, '');
}

/** An entry's text as a reader can find it: body and frontmatter, escapes undone. */
const textOf = (file: (typeof questions)[number]) =>
  essence(
    `${file.body}\n${JSON.stringify(file.data)}`
    .replace(/\\([<>[\]_*{}&`#|!-])/g, '$1')
    // Character references: quotes in a callout's `was` attribute (the source's line before a code mend).
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&quot;/g, '"')
    .replace(/\]\([^)]*\)/g, ''), // a link keeps its text, not its target
  );
const corpus = questions.map(textOf).join('\n');

/** For one source: the start line of each of its sections, with the text of the entry holding it. */
function sectionsOf(id: string): { line: number; text: string }[] {
  const sections = questions.flatMap((file) => {
    const sources = file.data['sources'] as { source: string; line: number }[];
    return sources.filter((source) => source.source === id).map((source) => ({ line: source.line, text: textOf(file) }));
  });
  return sections.sort((a, b) => a.line - b.line);
}

const layout = parse(readFileSync(join(contentDir, 'corrections', 'layout.yaml'), 'utf8')) as { source: string; as: string; lines: number | string; cells?: unknown; after?: number }[];
const linesOf = (record: { lines: number | string }) => {
  const [from, to] = String(record.lines).split('-').map(Number);
  return Array.from({ length: (to ?? from!) - from! + 1 }, (_, k) => from! + k);
};
/** Where a reviewed record moved a source line: it belongs to the section of the line it follows now. */
const movedTo = new Map(layout.filter((record) => record.as === 'move').flatMap((record) => linesOf(record).map((line) => [`${record.source}:${line}`, record.after!] as const)));
/** Lines a reviewed record reorders into explicit cells or drops. */
const reviewedAway = new Set(
  layout
    .filter((record) => record.as === 'debris' || (record.as === 'table' && record.cells) || ('title' in record && record.as !== 'insert-entry' && record.as !== 'insert-section'))
    .flatMap(linesOf),
);

const DEBRIS = [
  /^-{3,}$/, // separators
  /^```[\w-]*$/, // a markdown source's code fences: markup, the block itself is checked line by line
  /^(Docker Guide|Page \d+)$/, // page footers
  /^Copy code$/,
  /^bash$/, // the language label of a "Copy code" bar
  /^https?:\/\/\S+$/, // link targets written out as lines
  /^\*\*Answer:\*\*$/,
  /^#{1,3} (Table of Contents|Docker Interview Q&A Documentation|Docker Images & Containers: Complete Interview Guide|Deep Dive with Explanations & Diagrams)/,
  /^\d+\. \[.*\]\(.*\)$/, // table-of-contents entries
  /^\(Continuing in next part/,
  /^Would you like me to continue/,
  /^Each section has detailed Q&As/,
  /^## [\w &]+ \{#[\w-]+\}$/, // group headings of the images guide; the site groups by topic
  /^- (Container Management|Image Building|Container Runtime|Advanced|Scenario|Troubleshooting) Questions$/,
  /^This documentation contains a comprehensive list/,
];

/** The line without its list marker, heading hashes, numbering, "Q1:" prefix, labels or link targets. */
function stripMarkers(line: string): string {
  return line
    .trim()
    .replace(/^(#{1,6}\s+)?(\d+\.\s+|Q\d+:\s*)?/, '')
    .replace(/^(-\s+)?\*\*(Answer|Short Answer):\*\*\s*/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^([\uF0B7\uF0A7•▪*]|o(?=\s)|-(?=\s)|\d+[.)]|[a-h]\))\s*/, '')
    .replace(/^(Quick|Short) Answer$/, '')
    .replace(/\s*\{#[\w-]+\}$/, '');
}

const SOURCES = [
  ['000_8c57ad0391467279.txt', 'qa-doc'],
  ['003_33d02d657b68ee83.txt', 'images-guide'],
  ['004_bb4bf25717b52521.txt', 'docker-run-flow'],
  ['002_8d63654ea8fce396.txt', 'course-guide'],
] as const;

describe('every line of every source reaches the site', () => {
  for (const [file, id] of SOURCES) {
    it(`${file} (${id})`, () => {
      const text = repairMojibake(readFileSync(join(contentDir, 'sources', file), 'utf8')).text;
      const sections = sectionsOf(id);
      expect(sections.length).toBeGreaterThan(0);
      const missing: string[] = [];
      text.split('\n').forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || DEBRIS.some((pattern) => pattern.test(line))) return;
        if (id === 'course-guide' && reviewedAway.has(index + 1)) return;
        const wanted = essence(stripMarkers(line));
        if (wanted.length < 3) return;
        // Before the first question: the document's own title and intro, kept only if some entry has it.
        const at = movedTo.get(`${id}:${index + 1}`) ?? index + 1;
        const section = sections.findLast((candidate) => candidate.line <= at);
        if (!(section ? section.text : corpus).includes(wanted)) missing.push(`${index + 1}: ${line}`);
      });
      expect(missing).toEqual([]);
    });
  }
});
