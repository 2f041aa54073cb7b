/**
 * The ingest owns only what it generated, writes atomically, and --check
 * names every file that differs. Run against a scratch copy of content/.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compare, existingOutput, readInputs, writeAtomically } from '../../src/ingest/emit/cli-files.ts';
import { MDX_MARKER } from '../../src/ingest/emit/emit.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { projectRoot } from '../helpers/ingest-input.ts';

let content: string;

beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'ingest-content-'));
  mkdirSync(join(content, 'questions', 'images'), { recursive: true });
  mkdirSync(join(content, 'topics'), { recursive: true });
  writeFileSync(join(content, 'topics', 'images.md'), `---\ntitle: Images\n---\n\n${MDX_MARKER}\n`);
  writeFileSync(join(content, 'questions', 'images', 'old.mdx'), `---\ntitle: Old\n---\n\n${MDX_MARKER}\n\nStale.\n`);
  writeFileSync(join(content, 'questions', 'images', 'mine.mdx'), '---\ntitle: Written by hand\n---\n\nMy own answer.\n');
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

/** Every file under a folder with its contents, for before/after comparisons. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  }
  return files;
}

describe('ownership', () => {
  it('tells generated files from hand-written ones by the mark', () => {
    const { generated, handWritten } = existingOutput(content);
    expect([...generated.keys()].sort()).toEqual(['questions/images/old.mdx', 'topics/images.md']);
    expect(handWritten).toEqual(['questions/images/mine.mdx']);
  });
});

describe('writeAtomically', () => {
  it('replaces generated files, removes stale ones and keeps hand-written ones untouched', () => {
    const files = new Map([
      ['topics/images.md', `---\ntitle: Images\n---\n\n${MDX_MARKER}\n\nNew overview.\n`],
      ['questions/images/new.mdx', `---\ntitle: New\n---\n\n${MDX_MARKER}\n\nFresh.\n`],
    ]);
    writeAtomically(content, files);
    const after = snapshot(content);
    expect(Object.keys(after).sort()).toEqual(['questions/images/mine.mdx', 'questions/images/new.mdx', 'topics/images.md']);
    expect(after['questions/images/mine.mdx']).toBe('---\ntitle: Written by hand\n---\n\nMy own answer.\n');
    expect(after['topics/images.md']).toContain('New overview.');
  });

  it('refuses to overwrite a hand-written file and leaves content/ exactly as it was', () => {
    const before = snapshot(content);
    const files = new Map([
      ['questions/images/other.mdx', `${MDX_MARKER}\n`],
      ['questions/images/mine.mdx', `${MDX_MARKER}\n`],
    ]);
    expect(() => writeAtomically(content, files)).toThrow(IngestError);
    expect(snapshot(content)).toEqual(before);
    expect(readdirSync(content).filter((name) => name.startsWith('.ingest'))).toEqual([]);
  });
});

describe('compare (npm run ingest -- --check)', () => {
  it('names changed, missing and stale files', () => {
    const files = new Map([
      ['topics/images.md', 'different'],
      ['questions/images/new.mdx', 'new'],
    ]);
    expect(compare(content, files)).toEqual([
      'changed  content/topics/images.md',
      'missing  content/questions/images/new.mdx',
      'stale    content/questions/images/old.mdx',
    ]);
  });

  it('is silent when the committed content is what the ingest makes', () => {
    expect(compare(content, existingOutput(content).generated)).toEqual([]);
  });
});

describe('a directory where a file is expected', () => {
  const minimal = () => {
    mkdirSync(join(content, 'sources'), { recursive: true });
    writeFileSync(join(content, 'sources', 'sources.json'), '[]');
  };
  const errorOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error;
    }
    throw new Error('expected an error');
  };

  for (const [path, prepare] of [
    ['content/sources/sources.json', () => mkdirSync(join(content, 'sources', 'sources.json'), { recursive: true })],
    ['content/corrections/entries.yaml', () => (minimal(), mkdirSync(join(content, 'corrections', 'entries.yaml'), { recursive: true }))],
    ['content/corrections/review/images.yaml', () => (minimal(), mkdirSync(join(content, 'corrections', 'review', 'images.yaml'), { recursive: true }))],
    ['content/answers/cmd-vs-entrypoint.md', () => (minimal(), mkdirSync(join(content, 'answers', 'cmd-vs-entrypoint.md'), { recursive: true }))],
    ['content/urls/published.json', () => (minimal(), mkdirSync(join(content, 'urls', 'published.json'), { recursive: true }))],
  ] as const) {
    it(`${path} is named, not an EISDIR`, () => {
      prepare();
      const error = errorOf(() => readInputs(content));
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).message).toBe(`${path}: is a directory where a file is expected; move the folder away`);
    });
  }
});

describe('npm run ingest, end to end on a scratch copy', () => {
  /** The ingest in a child process, awaited, so the test worker stays responsive while it runs. */
  const run = (args: string[]) =>
    new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'src/ingest/cli.ts'), `--content=${content}`, ...args]);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.resume();
      child.on('close', (status) => resolve({ status, stderr }));
    });

  beforeEach(() => {
    rmSync(content, { recursive: true, force: true });
    mkdirSync(content);
    for (const dir of ['sources', 'corrections', 'answers', 'survey', 'topics', 'questions', 'urls']) cpSync(join(projectRoot, 'content', dir), join(content, dir), { recursive: true });
  });

  it('a broken source stops the ingest with file and line, and nothing is written', async () => {
    writeFileSync(join(content, 'sources', '004_bb4bf25717b52521.txt'), new Uint8Array([0x57, 0x68, 0x61, 0x74, 0x3f, 0x0a, 0xff, 0x0a]));
    const before = snapshot(content);
    const result = await run([]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/sources/004_bb4bf25717b52521.txt:2: the file is not valid UTF-8');
    expect(snapshot(content)).toEqual(before);
  });

  it('a missing sources.json is named, with no stack trace, and nothing is written', async () => {
    rmSync(join(content, 'sources', 'sources.json'));
    const before = snapshot(content);
    const result = await run([]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('ingest stopped, nothing was written: content/sources/sources.json: is missing: it lists the source documents to ingest (see "Adding a source document" in the README)');
    expect(snapshot(content)).toEqual(before);
  });

  it('a directory named sources.json is named, with no stack trace, and nothing is written', async () => {
    rmSync(join(content, 'sources', 'sources.json'));
    mkdirSync(join(content, 'sources', 'sources.json'));
    const before = snapshot(content);
    const result = await run([]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('ingest stopped, nothing was written: content/sources/sources.json: is a directory where a file is expected; move the folder away');
    expect(snapshot(content)).toEqual(before);
  });

  it('a file in content/sources that sources.json does not list is an error, not silently skipped', async () => {
    writeFileSync(join(content, 'sources', 'new-notes.txt'), '# Notes\n\n## 1. What is Docker?\n\nA platform.\n');
    writeFileSync(join(content, 'sources', '.gitkeep'), '');
    const result = await run(['--check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/sources/new-notes.txt: is not listed in content/sources/sources.json');
  });

  it('--check fails naming an edited generated file, and passes on the committed content', async () => {
    expect((await run(['--check'])).status).toBe(0);
    const target = join(content, 'questions', 'dockerfile', 'cmd-vs-entrypoint.mdx');
    expect(existsSync(target)).toBe(true);
    writeFileSync(target, readFileSync(target, 'utf8').replace('title:', 'title: Edited'));
    const result = await run(['--check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('changed  content/questions/dockerfile/cmd-vs-entrypoint.mdx');
  }, 180_000);
});
