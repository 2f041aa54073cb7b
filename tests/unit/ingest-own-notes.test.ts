/**
 * Bring your own notes: a document without `reviewed` in sources.json gets a
 * report of every problem, by file and line, in one run, and changes none of
 * our pages. First step by step on small inputs, then end to end: the real
 * content/ plus a reader's notes (tests/fixtures/user-notes/), in a scratch copy.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/emit/cli-files.ts';
import { runIngest, type IngestResult } from '../../src/ingest/index.ts';
import { questionLikeLines } from '../../src/ingest/steps/question-lines.ts';
import { inputWith, projectRoot } from '../helpers/ingest-input.ts';

const NOTES = join(projectRoot, 'tests/fixtures/user-notes');

/** One reader's document (not reviewed), ingested alone. */
function ingestNotes(text: string, extra: Record<string, unknown> = {}) {
  return runIngest(inputWith([{ source: { file: 'notes.md', entryDepth: 2, ...extra }, bytes: text }]));
}
const warningsOf = (result: IngestResult) => result.reports.flatMap((report) => report.warnings);
const entryFile = (result: IngestResult, slug: string) => [...result.files].find(([path]) => path.endsWith(`/${slug}.mdx`))?.[1];
const topicOf = (result: IngestResult, slug: string) => /^topic: (.*)$/m.exec(entryFile(result, slug) ?? '')?.[1];

describe("a reader's notes warn where ours stop", () => {
  it('a question with no answer is left out, with a warning on its line', () => {
    const result = ingestNotes('# N\n\n## What is Docker?\n\n## What is an image?\n\nA template for containers.\n');
    expect(warningsOf(result)).toContainEqual(expect.stringMatching(/^line 3: "What is Docker\?" has no answer, so it is not published/));
    expect(entryFile(result, 'docker')).toBeUndefined();
    expect(entryFile(result, 'image')).toBeDefined();
  });

  it('an answer that is only a link to another site is left out, with a warning', () => {
    const result = ingestNotes('# N\n\n## What is a layer?\n\nSee [this page](https://docs.docker.com/get-started/).\n\n## What is an image?\n\nA template.\n');
    expect(warningsOf(result)).toContainEqual(expect.stringMatching(/^line 3: the answer to "What is a layer\?" is only a link to another site/));
    expect(entryFile(result, 'layer')).toBeUndefined();
  });

  it('a link inside a real answer is kept', () => {
    const result = ingestNotes('# N\n\n## What is a layer?\n\nOne step of a build, stored once and shared; [more](https://docs.docker.com/get-started/).\n');
    expect(entryFile(result, 'layer')).toBeDefined();
  });

  it('two questions that would share a URL: the second gets -2 and a warning naming the first', () => {
    const result = ingestNotes('# T\n\n## What are bind mounts?\n\nA host folder in the container.\n\n## Bind mounts — when should I use them?\n\nFor code you edit on the host.\n');
    expect(warningsOf(result)).toContainEqual(expect.stringMatching(/^line 7: "Bind mounts — when should I use them\?" would get the same URL \(\/questions\/bind-mounts\/\) as "What are bind mounts\?" \(doc-0, line 3\), so it is published as \/questions\/bind-mounts-2\//));
    expect(entryFile(result, 'bind-mounts')).toContain('A host folder in the container.');
    expect(entryFile(result, 'bind-mounts-2')).toContain('For code you edit on the host.');
  });

  it('no short answer to be found: the start of the answer, and a warning', () => {
    const result = ingestNotes('# N\n\n## What is a registry?\n\n> A server that stores images and hands them out by name.\n');
    expect(warningsOf(result)).toContainEqual(expect.stringMatching(/^line 3: "What is a registry\?" yields no short answer/));
    expect(entryFile(result, 'registry')).toMatch(/^summary: A server that stores images and hands them out by name\.$/m);
  });

  it('the same question twice in one document, curly quotes, case and punctuation aside, is one entry', () => {
    const result = ingestNotes("# N\n\n## What's a container image?\n\nA template.\n\n## What’s a Container Image\n\nLayers and settings.\n");
    const page = entryFile(result, 'container-image')!;
    expect(page).toContain('A template.');
    expect(page).toContain('Layers and settings.');
    expect([...result.files.keys()].filter((path) => path.startsWith('questions/'))).toHaveLength(1);
  });

  it('far fewer entries than question-like lines: a warning naming both counts and the first line missed', () => {
    const result = ingestNotes('# Cards\n\nQ: What is a volume?\nA: Storage.\n\nQ: What is a network?\nA: A link.\n\n## Extra question?\n\nText.\n\n1. **What is swarm?** Orchestration.\n');
    expect(warningsOf(result)).toContainEqual(expect.stringMatching(/^line 3: 4 lines look like questions .* but only 1 entries were cut/));
  });

  it('counts questions by "?", "Q:" and numbered bold lines, outside code', () => {
    expect(questionLikeLines('Why?\nQ: what\nq1. next\n3. **Bold** one\nplain\n```\nIn code?\n```\n  Indented? \n')).toEqual([1, 2, 3, 4, 9]);
  });

  it('the same input from a reviewed document still stops', () => {
    expect(() => ingestNotes('# N\n\n## What is Docker?\n\n## What is an image?\n\nA template.\n', { reviewed: true })).toThrow(/has no answer/);
  });
});

describe('topics: Dockerfile words count as instructions only', () => {
  const result = ingestNotes(
    '# N\n\n## How is a container different from a process?\n\nIt is a process with its own view of the system.\n\n' +
      '## How is ADD different from COPY?\n\nBoth put files into the image.\n\n## How do I copy files out of a running container?\n\nWith docker cp.\n\n' +
      '## What does `copy` do?\n\nIt copies files from the build context.\n',
  );
  it('"different from" and "copy files" are plain English (both went to dockerfile before)', () => {
    expect(topicOf(result, 'container-different-from-process')).toBe('fundamentals');
    expect(topicOf(result, 'copy-files-out-of-running-container')).toBe('fundamentals');
  });
  it('upper case or code is the instruction', () => {
    expect(topicOf(result, 'add-different-from-copy')).toBe('dockerfile');
    expect(topicOf(result, 'copy-do')).toBe('dockerfile');
  });
});

describe('end to end: our content plus a reader\'s notes, in a scratch copy', () => {
  let content: string;
  let run: { status: number | null; stdout: string; stderr: string };
  let baseline: IngestResult;

  /** Generated files of the scratch copy, by path relative to content/. */
  const written = (dir: string) =>
    Object.fromEntries(
      readdirSync(join(content, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => [relative(content, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
    );

  beforeAll(async () => {
    baseline = runIngest(readInputs(join(projectRoot, 'content')));
    content = mkdtempSync(join(tmpdir(), 'ingest-own-notes-'));
    for (const dir of ['sources', 'corrections', 'answers', 'survey', 'topics', 'questions', 'urls']) cpSync(join(projectRoot, 'content', dir), join(content, dir), { recursive: true });
    for (const name of ['my-notes.md', 'flashcards.md']) cpSync(join(NOTES, name), join(content, 'sources', name));
    const list = JSON.parse(readFileSync(join(content, 'sources/sources.json'), 'utf8')) as object[];
    list.push(
      { id: 'my-notes', file: 'my-notes.md', title: 'My Docker interview notes', label: 'My notes', format: 'markdown', entryDepth: 2 },
      { id: 'flashcards', file: 'flashcards.md', title: 'Flashcards', label: 'Flashcards', format: 'markdown', entryDepth: 2 },
    );
    writeFileSync(join(content, 'sources/sources.json'), JSON.stringify(list, null, 2));
    mkdirSync(join(content, 'questions'), { recursive: true });
    run = await new Promise((resolve) => {
      const child = spawn(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'src/ingest/cli.ts'), `--content=${content}`]);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  }, 120_000);
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  it('finishes in one run, exit 0, and writes', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Wrote \d+ files/);
  });

  it('the report lists each problem of the notes under their file, with its line', () => {
    const section = run.stdout.slice(run.stdout.indexOf('content/sources/my-notes.md (your notes: not reviewed)'));
    const notes = section.slice(0, section.indexOf('content/sources/flashcards.md'));
    const lines = notes.split('\n').slice(1).filter(Boolean);
    expect(lines).toEqual([
      expect.stringMatching(/^ {2}line 5: "What is Docker\?" would get the same URL \(\/questions\/docker\/\) as "What is Docker\?" \(course-guide, line \d+\), so it is published as \/questions\/docker-2\//),
      expect.stringMatching(/^ {2}line 21: "How do I cap the memory a container may use\?" has no answer/),
      expect.stringMatching(/^ {2}line 23: the answer to "Where can I read about storage drivers\?" is only a link/),
      expect.stringMatching(/^ {2}line 35: "Bind mounts — when should I use them\?" would get the same URL \(\/questions\/bind-mounts\/\) as "What are bind mounts\?" \(my-notes, line 31\)/),
    ]);
    expect(section).toMatch(/content\/sources\/flashcards\.md \(your notes: not reviewed\)\n {2}line 3: 4 lines look like questions/);
  });

  it('the notes become their own entries: duplicates merged, topics by the question', () => {
    const pages = written('questions');
    const theirs = Object.entries(pages).filter(([, text]) => /source: my-notes/.test(text));
    expect(theirs.map(([path]) => path).sort()).toEqual([
      'questions/dockerfile/add-different-from-copy.mdx',
      'questions/fundamentals/container-different-from-virtual-machine.mdx',
      'questions/fundamentals/docker-2.mdx',
      'questions/images/container-image.mdx',
      'questions/storage/bind-mounts-2.mdx',
      'questions/storage/bind-mounts.mdx',
    ]);
    // "What's a container image?" and "What’s a Container Image" are one entry with both answers.
    expect(pages['questions/images/container-image.mdx']).toContain('A read-only template');
    expect(pages['questions/images/container-image.mdx']).toContain('a frozen file system');
  });

  it('every page of ours, every topic and the URL ledger are byte for byte what they are without the notes', () => {
    const ours = [...baseline.files].filter(([path]) => path.startsWith('questions/') || path.startsWith('topics/') || path.startsWith('urls/'));
    expect(ours.length).toBeGreaterThan(150);
    const now = { ...written('questions'), ...written('topics'), ...written('urls') };
    const changed = ours.filter(([path, text]) => now[path] !== text).map(([path]) => path);
    expect(changed).toEqual([]);
  });
});
