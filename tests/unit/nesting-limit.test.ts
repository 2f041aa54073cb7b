/**
 * Nesting beyond the limit (lists, quotes, emphasis inside one another more
 * than 100 levels deep) stops the ingest with the file and line, instead of a
 * RangeError from a recursive walk or minutes in the Markdown parser.
 */
import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answers/parse-answer.ts';
import { assertNesting, MAX_NESTING, MAX_PREFIX_COLUMNS } from '../../src/ingest/formats/nesting-limit.ts';
import { runIngest } from '../../src/ingest/index.ts';
import { inputWith, errorOf } from '../helpers/ingest-input.ts';

const HEAD = '# T\n\n## 1. What is nesting?\n\n';

function ingestOne(text: string) {
  return runIngest(inputWith([{ source: { file: 'doc.md', entryDepth: 2 }, bytes: text }]));
}


const nestedList = (depth: number) => Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n');

describe('the nesting limit', () => {
  it('a 1,000-deep nested list stops at the first line past the limit, before the parser', () => {
    const error = errorOf(() => ingestOne(`${HEAD}${nestedList(1000)}\n`));
    // Item 101 is indented 200 columns, plus its marker and space.
    expect(error.message).toBe(`content/sources/doc.md:105: indented 202 columns (spaces, tabs and quote or list markers); at most ${MAX_PREFIX_COLUMNS}, room for lists or quotes ${MAX_NESTING} levels deep`);
  });

  it('10,000 quote markers stop with the line named', () => {
    const error = errorOf(() => ingestOne(`${HEAD}Some text.\n\n${'>'.repeat(10_000)} deep\n`));
    expect(error).toMatchObject({ file: 'content/sources/doc.md', line: 7 });
    expect(error.reason).toMatch(/^indented 10001 columns/);
  });

  it('emphasis or strikethrough nested past the limit is measured in the parsed tree', () => {
    const emphasis = errorOf(() => ingestOne(`${HEAD}Plain.\n\nA ${'*'.repeat(300)}word${'*'.repeat(300)}\n`));
    expect(emphasis.message).toBe(`content/sources/doc.md:7: nested 150 levels deep; at most ${MAX_NESTING}`);
    const strike = errorOf(() => ingestOne(`${HEAD}${'~~a '.repeat(150)}x${' b~~'.repeat(150)}\n`));
    expect(strike.message).toBe(`content/sources/doc.md:5: nested 150 levels deep; at most ${MAX_NESTING}`);
  });

  it('a list nested exactly to the limit is ingested', () => {
    const { files } = ingestOne(`${HEAD}Steps:\n\n${nestedList(MAX_NESTING)}\n`);
    const entry = [...files.values()].find((text) => text.includes('level 100'));
    expect(entry).toBeDefined();
  });

  it('holds for every format: a tree built by another parser is measured too', () => {
    const quotes = (depth: number): Root => {
      let node: RootContent = { type: 'paragraph', children: [{ type: 'text', value: 'deep' }], position: { start: { line: depth + 1, column: 1 }, end: { line: depth + 1, column: 5 } } };
      for (let level = depth; level >= 1; level--) node = { type: 'blockquote', children: [node as never], position: { start: { line: level, column: 1 }, end: { line: depth + 1, column: 5 } } };
      return { type: 'root', children: [node] };
    };
    expect(() => assertNesting(quotes(MAX_NESTING), { file: 'content/sources/guide.txt' })).not.toThrow();
    const error = errorOf(() => assertNesting(quotes(5000), { file: 'content/sources/guide.txt' }));
    expect(error.message).toBe(`content/sources/guide.txt:${MAX_NESTING + 1}: nested 5000 levels deep; at most ${MAX_NESTING}`);
  });

  it('our answer files are held to it, with the line counted in the whole file', () => {
    const frontmatter = '---\nchecked: 2026-12-07\ndocs:\n  - https://docs.docker.com/engine/\n---\n\nSome words.\n\n';
    const prefix = errorOf(() => parseAnswer(`${frontmatter}${'> '.repeat(150)}deep\n`, 'content/answers/deep-answer.md'));
    expect(prefix).toMatchObject({ file: 'content/answers/deep-answer.md', line: 9 });
    expect(prefix.reason).toMatch(/^indented 300 columns/);
    const emphasis = errorOf(() => parseAnswer(`${frontmatter}${'_'.repeat(250)}x${'_'.repeat(250)}\n`, 'content/answers/deep-answer.md'));
    expect(emphasis.message).toBe(`content/answers/deep-answer.md:9: nested 125 levels deep; at most ${MAX_NESTING}`);
  });
});
