/**
 * emit: entries become MDX files that compile, show their text literally,
 * carry the generated mark and valid YAML frontmatter.
 */
import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import type { Blockquote, Heading, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCorrections } from '../../src/ingest/corrections.ts';
import { emit, GENERATED_MARK, MD_MARKER, MDX_MARKER } from '../../src/ingest/emit.ts';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { parseSourceList } from '../../src/ingest/source-list.ts';
import type { Entry } from '../../src/ingest/types.ts';
import { renderMdx as render, tagsOf, textOf } from '../helpers/mdx.ts';

const content = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
const sources = parseSourceList(content('sources/sources.json'));
const sourceById = (id: string) => sources.find((source) => source.id === id)!;
const topics = parseCorrections({ 'topics.yaml': content('corrections/topics.yaml') }).topics;

/** "---\n<yaml>---\n\n<body>" split into parsed frontmatter and the MDX body. */
function split(file: string): { frontmatter: Record<string, unknown>; yamlText: string; body: string } {
  const match = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(file);
  expect(match, 'the file starts with a frontmatter block').not.toBeNull();
  return { yamlText: match![1]!, frontmatter: parseYaml(match![1]!) as Record<string, unknown>, body: match![2]! };
}

const text = (value: string): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value }] });
const heading = (depth: Heading['depth'], value: string): Heading => ({ type: 'heading', depth, children: [{ type: 'text', value }] });

function entry(overrides: Partial<Entry> = {}): Entry {
  return {
    slug: 'check-container-exit-code',
    title: 'How do you check why a container exited?',
    kind: 'question',
    topic: 'troubleshooting',
    order: 1,
    summary: 'Read the logs and the exit code.',
    level: 'basic',
    tags: ['docker logs', 'docker inspect'],
    aliases: [],
    related: [],
    sources: [{ source: 'qa-doc', locator: 'Q10', line: 140, heading: '10. So many times what happens' }],
    answers: [{ source: sourceById('qa-doc'), body: [text('An answer.')] }],
    ...overrides,
  };
}

function fileFor(one: Entry): string {
  const files = emit([one], topics);
  const file = files.get(`questions/${one.topic}/${one.slug}.mdx`);
  expect(file, 'the entry is written to questions/<topic>/<slug>.mdx').toBeDefined();
  return file!;
}

/** Text that MDX reads as JSX or expressions when written unescaped (cut from 002, 000 and 003). */
const AWKWARD = [
  // 002 line 4685, as plain text
  'Check the container logs (docker logs <container_id>) for error messages.',
  // Go templates as in 002 line 4625 and 003 Q11
  "Print one field with docker inspect --format '{{.State.Health.Status}}' or names with docker ps --format {{.Names}}.",
  // a shell variable, as in 000 Q31's RUN line
  'The value of ${VAR} is set with --build-arg VAR=1, and ENV duration=${duration} keeps it.',
  // raw HTML the pipeline turned into text
  'A page that echoes <script>alert(1)</script> is unsafe.',
  'Angle brackets in prose: a < b and c > d, and a lone { brace.',
];

/** The [depth, text] of every heading in the MDX body written for an entry. */
function headingsOf(written: Parameters<typeof fileFor>[0]): [number, string][] {
  const headings: [number, string][] = [];
  visit(parseMarkdown(split(fileFor(written)).body, 'out.md'), 'heading', (node: Heading) => void headings.push([node.depth, toString(node)]));
  return headings;
}

describe('emit', () => {
  it('serialises text with <container_id>, {{.Names}}, ${VAR} and <script> so that MDX compiles', async () => {
    const { body } = split(fileFor(entry({ answers: [{ source: sourceById('course-guide'), body: AWKWARD.map(text) }] })));
    await expect(compile(body)).resolves.toBeDefined();
  });

  it('renders that text literally, and makes no <script> element of it', async () => {
    const { body } = split(fileFor(entry({ answers: [{ source: sourceById('course-guide'), body: AWKWARD.map(text) }] })));
    const rendered = await render(body);
    const shown = textOf(rendered);
    for (const line of AWKWARD) expect(shown).toContain(line);
    expect(tagsOf(rendered)).not.toContain('script');
    expect(tagsOf(rendered)).not.toContain('container_id');
  });

  it('writes lines that start with import or export as text, in every block, so nothing runs', async () => {
    const esm = ["import cp from 'node:child_process'", "export const ran = globalThis.__esmRan = true", 'export default function Page() {}'];
    const paragraph = (value: string): RootContent => text(`${value}\n${value}`);
    const body: RootContent[] = [
      ...esm.map(paragraph),
      { type: 'list', ordered: false, spread: false, children: esm.map((value) => ({ type: 'listItem', spread: false, children: [text(value)] as ListItem['children'] })) },
      { type: 'blockquote', children: esm.map(text) as Blockquote['children'] },
      heading(3, esm[0]!),
    ];
    const written = split(fileFor(entry({ answers: [{ source: sourceById('qa-doc'), body }] }))).body;
    const shown = textOf(await render(written));
    for (const line of esm) expect(shown).toContain(line);
    expect((globalThis as { __esmRan?: boolean }).__esmRan).toBeUndefined();
  });

  it('keeps the same text literal in inline code and code blocks', async () => {
    const body: RootContent[] = [
      { type: 'paragraph', children: [{ type: 'text', value: 'Run ' }, { type: 'inlineCode', value: 'docker ps --format "{{.Names}}" <container_id>' }, { type: 'text', value: '.' }] },
      { type: 'code', lang: 'bash', value: 'docker build --build-arg VAR=${VAR} .\necho "<script>"' },
    ];
    const rendered = await render(split(fileFor(entry({ answers: [{ source: sourceById('qa-doc'), body }] }))).body);
    const shown = textOf(rendered);
    expect(shown).toContain('docker ps --format "{{.Names}}" <container_id>');
    expect(shown).toContain('docker build --build-arg VAR=${VAR} .\necho "<script>"');
    expect(tagsOf(rendered)).toEqual(expect.arrayContaining(['code', 'pre']));
  });

  it('marks every generated file with GENERATED_MARK right after the frontmatter', () => {
    const files = emit([entry()], topics);
    const mdx = files.get('questions/troubleshooting/check-container-exit-code.mdx')!;
    expect(split(mdx).body.startsWith(`\n${MDX_MARKER}\n`)).toBe(true);
    expect(MDX_MARKER).toContain(GENERATED_MARK);
    for (const topic of topics) {
      const md = files.get(`topics/${topic.slug}.md`);
      expect(md, `topics/${topic.slug}.md is written`).toBeDefined();
      expect(split(md!).body.startsWith(`\n${MD_MARKER}\n`)).toBe(true);
    }
    expect(MD_MARKER).toContain(GENERATED_MARK);
  });

  it('hides the mark from the rendered page (an MDX comment)', async () => {
    const rendered = await render(split(fileFor(entry())).body);
    expect(textOf(rendered)).not.toContain('Generated by');
    expect(textOf(rendered)).toContain('An answer.');
  });

  it('reads a merged entry answer first: the first answer under "Answer", the other under "Another source", inner headings nested below', () => {
    const qaAnswer = parseMarkdown('The answer in short.\n\n## Steps\n\nDo this.\n\n### Detail\n\nAnd that.', 'test.md').children;
    const guideAnswer: RootContent[] = [heading(2, 'Visual Comparison'), text('A diagram.'), heading(2, 'Key Differences Table'), text('A table.')];
    const merged = entry({
      sources: [
        { source: 'qa-doc', locator: 'Q4', line: 92, heading: '4. What is a Docker image' },
        { source: 'qa-doc-mojibake', locator: 'Q4', line: 92, heading: '4. What is a Docker image', copy: true },
        { source: 'images-guide', locator: 'Q2', line: 94, heading: 'Q2: What is a Docker container?' },
      ],
      answers: [
        { source: sourceById('qa-doc'), body: qaAnswer },
        { source: sourceById('images-guide'), body: guideAnswer },
      ],
    });
    expect(headingsOf(merged)).toEqual([
      [2, 'Answer'],
      [3, 'Steps'],
      [4, 'Detail'],
      [2, 'Another source'],
      [3, 'Images & Containers guide'],
      [4, 'Visual Comparison'],
      [4, 'Key Differences Table'],
    ]);
  });

  it('tells apart two answers from the same source by their own titles, under "Other sources" after the answer', () => {
    const guide = sourceById('course-guide');
    const merged = entry({
      answers: [
        { source: guide, title: 'Dangling Images', body: [text('A note.')] },
        { source: guide, title: 'What are dangling images?', body: [text('An answer.')] },
        { source: sourceById('qa-doc'), title: 'Dangling images', body: [text('Another.')] },
      ],
    });
    const headings: string[] = [];
    visit(parseMarkdown(split(fileFor(merged)).body, 'out.md'), 'heading', (node: Heading) => void headings.push(toString(node)));
    expect(headings).toEqual(['Answer', 'Other sources', 'Docker Guide course notes: What are dangling images?', 'Interview Q&A']);
  });

  it('starts the headings of a single answer at level 2 (the page title is the only h1)', () => {
    const single = entry({ answers: [{ source: sourceById('images-guide'), body: [heading(3, 'Shallow'), text('x'), heading(4, 'Deep'), text('y')] }] });
    expect(headingsOf(single)).toEqual([
      [2, 'Shallow'],
      [3, 'Deep'],
    ]);
  });

  it('keeps numbered steps siblings when a label elsewhere in the answer sits a level higher (002 "What happens on docker run")', () => {
    const steps = ['Image Search/Download', 'Container Creation', 'Container Filesystem'];
    const body = [...steps.flatMap((step) => [heading(3, step), text('A step.')]), heading(2, 'Summary of Key Steps'), text('All of them.')];
    const merged = entry({ answers: [{ source: sourceById('course-guide'), body }, { source: sourceById('qa-doc'), body: [text('Other.')] }] });
    expect(headingsOf(merged)).toEqual([[2, 'Answer'], ...steps.map((step) => [3, step]), [3, 'Summary of Key Steps'], [2, 'Another source'], [3, 'Interview Q&A']]);
  });

  it('nests a heading under the nearest shallower one before it, one level down', () => {
    const body = [heading(2, 'Types'), heading(4, 'Named'), text('x'), heading(4, 'Anonymous'), text('y'), heading(2, 'Commands'), text('z')];
    expect(headingsOf(entry({ answers: [{ source: sourceById('images-guide'), body }] }))).toEqual([
      [2, 'Types'],
      [3, 'Named'],
      [3, 'Anonymous'],
      [2, 'Commands'],
    ]);
  });

  it('never lets a heading skip a level below the one before it', () => {
    const body = [heading(4, 'Deep first'), text('x'), heading(3, 'Shallow'), text('y'), heading(6, 'Far down'), text('z')];
    const single = entry({ answers: [{ source: sourceById('images-guide'), body }] });
    expect(headingsOf(single)).toEqual([
      [2, 'Deep first'],
      [2, 'Shallow'],
      [3, 'Far down'],
    ]);
  });

  it('does not change the answer it was given', () => {
    const body = [heading(3, 'Steps'), text('Do this.')];
    fileFor(entry({ answers: [{ source: sourceById('qa-doc'), body }] }));
    expect((body[0] as Heading).depth).toBe(3);
  });

  it('writes frontmatter that parses back as YAML, keeping a title with ": " and quotes intact', () => {
    const title = 'Scenario: the "latest" tag isn\'t what you think — what happened?';
    const summary = 'Copy the build argument into ENV (ENV duration=${duration}); use {{.Names}} with --format: "quoted" and \'single\'.';
    const written = entry({
      title,
      summary,
      aliases: ['What is the difference between CMD and ENTRYPOINT?', 'Diff b/w CMD and Entrypoint: which wins?'],
      tags: ['docker ps', 'ENTRYPOINT'],
      related: ['cmd-vs-entrypoint'],
      sources: [
        { source: 'qa-doc', locator: 'Q31', line: 444, heading: '31. What is ARG?' },
        { source: 'qa-doc', locator: 'Q31 (second)', line: 465, heading: '31. Diff b/w ENV vs ARG?' },
        { source: 'qa-doc-mojibake', locator: 'Q31', line: 444, heading: '31. What is ARG?', copy: true },
      ],
    });
    const { frontmatter } = split(fileFor(written));
    expect(frontmatter).toEqual({
      title,
      kind: 'question',
      topic: 'troubleshooting',
      order: 1,
      summary,
      level: 'basic',
      tags: ['docker ps', 'ENTRYPOINT'],
      aliases: ['What is the difference between CMD and ENTRYPOINT?', 'Diff b/w CMD and Entrypoint: which wins?'],
      related: ['cmd-vs-entrypoint'],
      sources: [
        { source: 'qa-doc', locator: 'Q31', line: 444, heading: '31. What is ARG?' },
        { source: 'qa-doc', locator: 'Q31 (second)', line: 465, heading: '31. Diff b/w ENV vs ARG?' },
        { source: 'qa-doc-mojibake', locator: 'Q31', line: 444, heading: '31. What is ARG?', copy: true },
      ],
    });
  });

  it('keeps a long summary on one logical value (no folding that changes it)', () => {
    const summary = `${'word '.repeat(60)}end: with a colon`;
    expect(split(fileFor(entry({ summary }))).frontmatter.summary).toBe(summary);
  });

  it('shows a reworded scenario as asked, in a blockquote before the answer', async () => {
    const scenario = 'Let\'s say there\'s a Docker container and you have installed Jenkins on it… what went wrong over here?';
    const rendered = await render(split(fileFor(entry({ scenario }))).body);
    expect(tagsOf(rendered)[0]).toBe('blockquote');
    expect(textOf(rendered)).toContain(`As asked: ${scenario}`);
  });

  it('writes topic files with their title, description and order, and the overview as the body', () => {
    const networking = topics.find((topic) => topic.slug === 'networking')!;
    const file = emit([], topics).get('topics/networking.md')!;
    const { frontmatter, body } = split(file);
    expect(frontmatter).toEqual({ title: networking.title, description: networking.description, order: networking.order });
    expect(body).toContain(networking.overview.trim());
  });
});
