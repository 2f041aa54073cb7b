/**
 * Fixture cases for the pdf-text format: tests/fixtures/pdf-text/<case>/ holds
 * - input.txt: a line range cut byte for byte from the course guide (002),
 * - source.txt: "<source file> lines <from>-<to>" and what the case is about,
 * - layout.yaml (optional): reviewed layout records, renumbered to the fixture's lines,
 * - expected.md: the markdown a careful author would write for that input.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorrections, type LayoutCorrection } from '../../src/ingest/review/corrections.ts';
import { markdown } from '../../src/ingest/emit/emit.ts';
import { fenceCode } from '../../src/ingest/steps/fence-code.ts';
import { parsePdfText } from '../../src/ingest/formats/pdf-text/index.ts';
import { repairCode } from '../../src/ingest/steps/repair-code.ts';
import { fixturesDir } from './fixtures.ts';

export interface PdfTextCase {
  name: string;
  input: string;
  expected: string;
  layout: LayoutCorrection[];
  /** Where the input was cut from. */
  source: { file: string; from: number; to: number };
}

/** A topic list is required by the corrections parser; the fixtures only need its layout schema. */
const TOPIC_STUB = `- slug: fixture
  title: Fixture
  order: 1
  description: Stub topic so the layout records can be validated.
  overview: Stub.
  keywords: [fixture]
`;

export function pdfTextCases(): PdfTextCase[] {
  const dir = join(fixturesDir, 'pdf-text');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'input.txt')))
    .sort()
    .map((name) => {
      const folder = join(dir, name);
      const read = (file: string) => readFileSync(join(folder, file), 'utf8');
      const sourceLine = read('source.txt').split('\n')[0]!;
      const range = /^(\S+) lines (\d+)-(\d+)\b/.exec(sourceLine);
      if (!range) throw new Error(`${name}/source.txt must start with "<file> lines <from>-<to>", got: ${sourceLine}`);
      const layout = existsSync(join(folder, 'layout.yaml'))
        ? parseCorrections({ 'topics.yaml': TOPIC_STUB, 'layout.yaml': read('layout.yaml') }, `tests/fixtures/pdf-text/${name}`).layout
        : [];
      return {
        name,
        input: read('input.txt'),
        expected: read('expected.md'),
        layout,
        source: { file: range[1]!, from: Number(range[2]), to: Number(range[3]) },
      };
    });
}

/** The pdf-text parser followed by the shared code steps, serialised as the ingest writes bodies. */
export function renderPdfText(input: string, layout: LayoutCorrection[]): string {
  const { tree } = parsePdfText(input, layout);
  repairCode(tree.children);
  fenceCode(tree.children);
  return markdown(tree.children);
}
