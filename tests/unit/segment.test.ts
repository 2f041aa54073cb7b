import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { removeDebris } from '../../src/ingest/steps/remove-debris.ts';
import { segment, type Segmented } from '../../src/ingest/steps/segment.ts';
import { IMAGES_GUIDE, QA_DOC, linesMatching, rawSource, repairedSource, sourceConfig } from '../helpers/sources.ts';

/** What the pipeline hands to segment: parsed, with debris removed. */
function segmentText(text: string, file: string, entryDepth: number): Segmented {
  const path = `content/sources/${file}`;
  const tree = parseMarkdown(text, path);
  removeDebris(tree);
  return segment(tree, sourceConfig(file), entryDepth, path);
}

function segmentError(text: string, file = 'doc.md', entryDepth = 2): IngestError {
  try {
    segmentText(text, file, entryDepth);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error('segment accepted the input');
}

describe('segment on the real 000 (numbered questions, 31 used twice)', () => {
  let result: Segmented;
  const raw = rawSource(QA_DOC);
  const questionLines = linesMatching(raw, /^## \d+\. /);
  beforeAll(() => {
    result = segmentText(raw, QA_DOC, 2);
  });

  it('cuts 36 entries, one per numbered heading', () => {
    expect(questionLines).toHaveLength(36);
    expect(result.entries).toHaveLength(36);
  });

  it('the two "31." questions get the locators "Q31" and "Q31 (second)"', () => {
    const thirtyOnes = result.entries.filter((entry) => entry.heading.startsWith('31.'));
    expect(thirtyOnes.map((entry) => [entry.locator, entry.heading])).toEqual([
      ['Q31', '31. What is ARG?'],
      ['Q31 (second)', '31. Diff b/w ENV vs ARG?'],
    ]);
  });

  it('every other entry is located by its own number, and no two locators are the same', () => {
    const locators = result.entries.map((entry) => entry.locator);
    expect(new Set(locators).size).toBe(36);
    const numbered = result.entries.filter((entry) => !entry.heading.startsWith('31.'));
    for (const entry of numbered) expect(entry.locator).toBe(`Q${/^(\d+)\./.exec(entry.heading)![1]}`);
  });

  it('entry line numbers are the lines of the headings in the raw file', () => {
    expect(result.entries.map((entry) => entry.line)).toEqual(questionLines.map(({ line }) => line));
    expect(result.entries.map((entry) => entry.heading)).toEqual(questionLines.map(({ text }) => text.replace(/^## /, '')));
  });

  it('each body is the answer up to the next question, not beyond', () => {
    const q1 = result.entries[0]!;
    expect(q1.body.map((node) => node.type)).toEqual(['list']);
    expect(toString(q1.body[0]!)).toMatch(/^Answer:A virtual machine includes its own full operating system/);
    const q26 = result.entries.find((entry) => entry.locator === 'Q26')!;
    expect(toString(q26.body[0]!)).toBe('You ran a Docker container using:');
    expect(q26.body.map((node) => toString(node)).join('\n')).not.toContain('Scenario One Container');
  });

  it('the title and intro paragraph before the first question are not entries', () => {
    // "# Docker Interview Q&A Documentation" and "This documentation contains…"
    expect(result.preamble).toBe(2);
    expect(result.entries.some((entry) => entry.body.some((node) => toString(node).startsWith('This documentation contains')))).toBe(false);
  });
});

describe('segment on the repaired 003 with entryDepth 3 (questions grouped under "##" sections)', () => {
  let result: Segmented;
  const raw = rawSource(IMAGES_GUIDE);
  beforeAll(() => {
    result = segmentText(repairedSource(IMAGES_GUIDE), IMAGES_GUIDE, 3);
  });

  /** For each "### " line of the raw file, the last "## " line above it, anchor removed. */
  const expectedSections = () => {
    let section = '';
    const sections: string[] = [];
    for (const line of raw.split('\n')) {
      if (line.startsWith('## ')) section = line.slice(3).replace(/\s*\{#[\w-]+\}\s*$/, '');
      if (line.startsWith('### ')) sections.push(section);
    }
    return sections;
  };

  it('cuts 12 entries, Q1 to Q12', () => {
    expect(result.entries.map((entry) => entry.locator)).toEqual(Array.from({ length: 12 }, (_, i) => `Q${i + 1}`));
  });

  it('each entry\'s section is the enclosing "##" heading, without its "{#anchor}"', () => {
    const sections = result.entries.map((entry) => entry.section);
    expect(sections).toEqual(expectedSections());
    expect(new Set(sections)).toEqual(new Set(['Fundamental Concepts', 'Image Architecture Questions', 'Container Lifecycle Questions', 'Image Management Questions']));
  });

  it('entry line numbers are the raw file\'s "###" heading lines', () => {
    expect(result.entries.map((entry) => entry.line)).toEqual(linesMatching(raw, /^### /).map(({ line }) => line));
  });

  it('the last entry ends before the chat leftovers', () => {
    const q12 = result.entries.at(-1)!;
    const text = q12.body.map((node) => toString(node)).join('\n');
    expect(text).toContain('docker image prune -f');
    expect(text).not.toContain('Would you like me to continue');
  });
});

describe('segment: a question with no answer is an error', () => {
  it('a question heading followed directly by the next heading: IngestError naming file and line', () => {
    const text = ['# Interview', '', '## 1. What is Docker?', '', '## 2. What is a container?', '', 'A running image.', ''].join('\n');
    const error = segmentError(text, QA_DOC);
    expect(error.file).toBe(`content/sources/${QA_DOC}`);
    expect(error.line).toBe(3);
    expect(error.message).toContain(`content/sources/${QA_DOC}:3`);
    expect(error.message).toContain('1. What is Docker?');
  });

  it('a question whose only "answer" was a separator line is empty too', () => {
    const text = ['## 1. What is Docker?', '', '---', '', '## 2. What is a container?', '', 'A running image.', ''].join('\n');
    expect(segmentError(text).line).toBe(1);
  });

  it('the last question of the document with no answer is reported', () => {
    const text = ['## 1. What is Docker?', '', 'A platform.', '', '## 2. What is a container?', ''].join('\n');
    expect(segmentError(text).line).toBe(5);
  });

  it('an answer that is only a code block is an answer', () => {
    const { entries } = segmentText('## 1. List containers?\n\n```bash\ndocker ps\n```\n', 'doc.md', 2);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.body.map((node) => node.type)).toEqual(['code']);
  });

  it('a deeper heading inside an answer stays in the answer, not a new entry', () => {
    const { entries } = segmentText('## 1. What is Docker?\n\n### Details\n\nA platform.\n', 'doc.md', 2);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.body.map((node) => toString(node))).toEqual(['Details', 'A platform.']);
  });

  it('a question heading with no text (only an anchor, removed as debris) is an error naming its line', () => {
    const error = segmentError(['## 1. What is Docker?', '', 'A platform.', '', '## {#empty}', '', 'Orphan answer.', ''].join('\n'));
    expect(error.line).toBe(5);
    expect(error.reason).toMatch(/no text/);
  });
});
