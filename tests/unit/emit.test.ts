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
import { parseCorrections } from '../../src/ingest/review/corrections.ts';
import { emit, GENERATED_MARK, MD_MARKER, MDX_MARKER } from '../../src/ingest/emit/emit.ts';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { parseSourceList } from '../../src/ingest/review/source-list.ts';
import type { Entry } from '../../src/ingest/types.ts';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { parseAnswer, type ParsedAnswer } from '../../src/answers/parse-answer.ts';
import { parseMdxBody, renderMdx as render, tagsOf, textOf } from '../helpers/mdx.ts';

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
    asked: 0,
    ...overrides,
  };
}

/** The label of every source fold in the MDX body written for an entry, in order. */
function foldsOf(written: Entry): string[] {
  const labels: string[] = [];
  visit(parseMdxBody(split(fileFor(written)).body), 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name === 'SourceFold') labels.push(String(node.attributes.find((attribute) => 'name' in attribute && attribute.name === 'label')?.value));
  });
  return labels;
}

/** An answer of ours as the parser gives it (content/answers/README.md). */
function ours(extra = ''): ParsedAnswer {
  const prose = Array.from({ length: 130 }, () => 'word').join(' ');
  const text = `---\nchecked: 2026-12-07\ndocs:\n  - https://docs.docker.com/engine/\n---\n\nSay this first. ${prose} See [the other entry](cmd-vs-entrypoint).${extra}\n\n## Key points\n\n- One.\n- Two.\n- Three.\n\n## Follow-ups\n\n- [How do you override it?](override-default-cmd)\n- What else would you check?\n`;
  return parseAnswer(text, 'content/answers/check-container-exit-code.md');
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
  visit(parseMdxBody(split(fileFor(written)).body), 'heading', (node: Heading) => void headings.push([node.depth, toString(node)]));
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

  it('folds each source under "From the sources", its headings nested below, one fold per document', () => {
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
      [2, 'From the sources'],
      [3, 'Steps'],
      [4, 'Detail'],
      [3, 'Visual Comparison'],
      [3, 'Key Differences Table'],
    ]);
    expect(foldsOf(merged)).toEqual([sourceById('qa-doc').title, sourceById('images-guide').title]);
  });

  it('keeps two sections of the same document in one fold, each under its own title', () => {
    const guide = sourceById('course-guide');
    const merged = entry({
      answers: [
        { source: guide, title: 'Dangling Images', body: [text('A note.')] },
        { source: guide, title: 'What are dangling images?', body: [text('An answer.')] },
        { source: sourceById('qa-doc'), title: 'Dangling images', body: [text('Another.')] },
      ],
    });
    expect(headingsOf(merged).map(([, title]) => title)).toEqual(['From the sources', 'Dangling Images', 'What are dangling images?']);
    expect(foldsOf(merged)).toEqual([guide.title, sourceById('qa-doc').title]);
  });

  it('starts the headings of a source at level 3, under "From the sources" (the page title is the only h1)', () => {
    const single = entry({ answers: [{ source: sourceById('images-guide'), body: [heading(3, 'Shallow'), text('x'), heading(4, 'Deep'), text('y')] }] });
    expect(headingsOf(single)).toEqual([
      [2, 'From the sources'],
      [3, 'Shallow'],
      [4, 'Deep'],
    ]);
  });

  it('keeps numbered steps siblings when a label elsewhere in the answer sits a level higher (002 "What happens on docker run")', () => {
    const steps = ['Image Search/Download', 'Container Creation', 'Container Filesystem'];
    const body = [...steps.flatMap((step) => [heading(3, step), text('A step.')]), heading(2, 'Summary of Key Steps'), text('All of them.')];
    const merged = entry({ answers: [{ source: sourceById('course-guide'), body }, { source: sourceById('qa-doc'), body: [text('Other.')] }] });
    expect(headingsOf(merged)).toEqual([[2, 'From the sources'], ...steps.map((step) => [3, step]), [3, 'Summary of Key Steps']]);
  });

  it('nests a heading under the nearest shallower one before it, one level down', () => {
    const body = [heading(2, 'Types'), heading(4, 'Named'), text('x'), heading(4, 'Anonymous'), text('y'), heading(2, 'Commands'), text('z')];
    expect(headingsOf(entry({ answers: [{ source: sourceById('images-guide'), body }] }))).toEqual([
      [2, 'From the sources'],
      [3, 'Types'],
      [4, 'Named'],
      [4, 'Anonymous'],
      [3, 'Commands'],
    ]);
  });

  it('never lets a heading skip a level below the one before it', () => {
    const body = [heading(4, 'Deep first'), text('x'), heading(3, 'Shallow'), text('y'), heading(6, 'Far down'), text('z')];
    const single = entry({ answers: [{ source: sourceById('images-guide'), body }] });
    expect(headingsOf(single)).toEqual([
      [2, 'From the sources'],
      [3, 'Deep first'],
      [3, 'Shallow'],
      [4, 'Far down'],
    ]);
  });

  it('opens with our answer, its key points and follow-ups, entries linked by URL, then the sources folded', async () => {
    const written = entry({ ours: ours() });
    expect(headingsOf(written).map(([depth, title]) => `${depth} ${title}`)).toEqual(['2 Answer', '2 Key points', '2 Follow-up questions', '2 From the sources']);
    const body = split(fileFor(written)).body;
    expect(body.indexOf('<OurAnswer>')).toBeLessThan(body.indexOf('<SourceFold'));
    expect(body).toContain('](/questions/cmd-vs-entrypoint/)');
    expect(body).toContain('[How do you override it?](/questions/override-default-cmd/)');
    expect(foldsOf(written)).toHaveLength(1);
    expect(body).not.toMatch(/<SourceFold[^>]* open/);
    expect(textOf(await render(body))).toContain('What else would you check?');
  });

  it('shows the sources unfolded while an entry has no answer of ours, and no sources for an entry of our own', () => {
    expect(split(fileFor(entry())).body).toMatch(/<SourceFold[^>]* open/);
    const own = entry({ sources: [], answers: [], ours: ours() });
    expect(split(fileFor(own)).body).not.toContain('FromSources');
  });

  it('records where our answer was checked, in the frontmatter', () => {
    expect(split(fileFor(entry({ ours: ours() }))).frontmatter['answer']).toEqual({ checked: '2026-12-07', docs: ['https://docs.docker.com/engine/'] });
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
      asked: 0,
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

  it('shows a reworded scenario as asked, in a blockquote at the top of the sources', async () => {
    const scenario = 'Let\'s say there\'s a Docker container and you have installed Jenkins on it… what went wrong over here?';
    const rendered = await render(split(fileFor(entry({ scenario }))).body);
    // First in the first fold, right under "From the sources".
    expect(tagsOf(rendered).slice(0, 2)).toEqual(['h2', 'blockquote']);
    expect(textOf(rendered)).toContain(`As asked: ${scenario}`);
  });

  it('writes topic files with their title, description, order and overview as fields (the overview is shown as text)', () => {
    const networking = topics.find((topic) => topic.slug === 'networking')!;
    const file = emit([], topics).get('topics/networking.md')!;
    const { frontmatter, body } = split(file);
    expect(frontmatter).toEqual({ title: networking.title, description: networking.description, order: networking.order, overview: networking.overview.trim() });
    expect(body.trim()).toBe(MD_MARKER);
  });
});
