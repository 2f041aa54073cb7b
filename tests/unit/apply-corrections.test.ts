/**
 * apply-corrections: each reviewed correction lands as a callout right after
 * the block that holds its quote, code is mended where asked, and a quote
 * found no time or twice stops the ingest naming the record.
 */
import type { Code, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { applyCorrections, CALLOUT, POINTER } from '../../src/ingest/review/apply-corrections.ts';
import type { Fix } from '../../src/ingest/review/corrections.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import type { Entry } from '../../src/ingest/types.ts';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';

const DOCS = 'https://docs.docker.com/reference/cli/docker/container/stop/';
const fix = (quote: string, extra: { correction?: string; replace?: string } = {}): Fix => ({ quote, correction: 'What is true.', docs: DOCS, file: 'content/corrections/review/x.yaml', line: 7, ...extra });
const repeat = (quote: string, sameAs: string): Fix => ({ quote, sameAs, file: 'content/corrections/review/x.yaml', line: 9 });

function entryOf(...bodies: string[]): Entry {
  return {
    slug: 'exit-codes', title: 'Exit codes?', kind: 'question', topic: 'troubleshooting', order: 1, summary: 's', level: 'basic',
    tags: [], aliases: [], related: [], sources: [], asked: 0,
    answers: bodies.map((markdown) => ({ source: { id: 'a', file: 'a.txt', title: 'A', label: 'A', format: 'markdown' }, body: parseMarkdown(markdown, 'a.txt').children as RootContent[] })),
  };
}
const types = (entry: Entry, answer = 0) => entry.answers[answer]!.body.map((node) => (node.type === 'mdxJsxFlowElement' ? `<${node.name}>` : node.type));

describe('applyCorrections', () => {
  it('puts the callout right after the paragraph that holds the quote, with the correction and the docs page', () => {
    const entry = entryOf('First.\n\nA stopped container exits with **code 130**.\n\nLast.');
    expect(applyCorrections(entry, [fix('exits with code 130')])).toEqual({ callouts: 1, pointers: 0 });
    expect(types(entry)).toEqual(['paragraph', 'paragraph', `<${CALLOUT}>`, 'paragraph']);
    expect(entry.answers[0]!.body[2]).toMatchObject({ attributes: [{ name: 'id', value: 'correction-1' }, { name: 'docs', value: DOCS }], children: [{ type: 'paragraph', children: [{ value: 'What is true.' }] }] });
  });

  it('matches across inline code and runs of white space, as a reader sees the text', () => {
    const entry = entryOf('Run `docker stop`   and the\nexit code is 130.');
    applyCorrections(entry, [fix('Run docker stop and the exit code is 130.')]);
    expect(types(entry)).toEqual(['paragraph', `<${CALLOUT}>`]);
  });

  it('puts a list item’s callout inside that item, after its paragraph', () => {
    const entry = entryOf('- one\n- 145 = restart loop\n- three');
    applyCorrections(entry, [fix('145 = restart loop')]);
    const list = entry.answers[0]!.body[0]!;
    expect(list.type).toBe('list');
    const item = (list as { children: { children: RootContent[] }[] }).children[1]!;
    expect(item.children.map((node) => node.type)).toEqual(['paragraph', 'mdxJsxFlowElement']);
  });

  it('puts a table cell’s callout after the whole table', () => {
    const entry = entryOf('| code | meaning |\n| --- | --- |\n| 130 | docker stop |\n\nAfter.');
    applyCorrections(entry, [fix('docker stop')]);
    expect(types(entry)).toEqual(['table', `<${CALLOUT}>`, 'paragraph']);
  });

  it('mends a code line with replace, keeps the other lines, and records what the source had', () => {
    const entry = entryOf('```dockerfile\nFROM maven:3:8:7-jdk  AS build\nRUN mvn package\n```');
    applyCorrections(entry, [fix('FROM maven:3:8:7-jdk AS build', { replace: 'FROM maven:3.8.7-jdk AS build' })]);
    expect((entry.answers[0]!.body[0] as Code).value).toBe('FROM maven:3.8.7-jdk AS build\nRUN mvn package');
    expect(entry.answers[0]!.body[1]).toMatchObject({ name: CALLOUT, attributes: [{ name: 'id' }, { name: 'docs' }, { name: 'was', value: 'FROM maven:3:8:7-jdk AS build' }] });
  });

  it('points a repeat of a corrected mistake back to the first callout instead of a second one, in any source of the entry', () => {
    const entry = entryOf('Docker restarts unhealthy containers.', 'Unhealthy ones are restarted automatically.');
    expect(applyCorrections(entry, [fix('Docker restarts unhealthy containers.'), repeat('restarted automatically', 'Docker restarts unhealthy containers.')])).toEqual({ callouts: 1, pointers: 1 });
    expect(types(entry, 1)).toEqual(['paragraph', `<${POINTER}>`]);
    expect(entry.answers[1]!.body[1]).toMatchObject({ attributes: [{ name: 'to', value: 'correction-1' }, { name: 'quote', value: 'Docker restarts unhealthy containers.' }] });
  });

  it('stops, naming the record, when sameAs names no correction of the entry', () => {
    expect(() => applyCorrections(entryOf('It is 130.'), [repeat('130', 'a quote nobody corrected')])).toThrow(/x\.yaml:9: "sameAs" names "a quote nobody corrected"/);
  });

  it('keeps two corrections of one block in their order after it', () => {
    const entry = entryOf('It is 130 and 145.');
    applyCorrections(entry, [fix('130', { correction: 'first' }), fix('145', { correction: 'second' })]);
    const texts = entry.answers[0]!.body.slice(1).map((node) => JSON.stringify(node));
    expect(texts[0]).toContain('first');
    expect(texts[1]).toContain('second');
  });

  it.each([
    ['no time', 'Nothing to see.', 0],
    ['twice in one paragraph', 'It is 130, really 130.', 2],
  ])('stops, naming the record, when the quote is found %s', (_, markdown, times) => {
    let error: unknown;
    try {
      applyCorrections(entryOf(markdown), [fix('130')]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ file: 'content/corrections/review/x.yaml', line: 7 });
    expect((error as IngestError).reason).toContain(`found ${times} times in /questions/exit-codes/`);
  });

  it('counts the quote over every section of a merged entry', () => {
    expect(() => applyCorrections(entryOf('It is 130.', 'Also 130.'), [fix('130')])).toThrow(/found 2 times/);
  });

  it('refuses replace outside code', () => {
    expect(() => applyCorrections(entryOf('It is 130.'), [fix('130', { replace: '143' })])).toThrow(/not in a code block/);
  });
});
