/**
 * The step the build runs after Pagefind (src/integrations/post-build.ts), on a real folder: it replaces
 * the index with the split one, and on an index it cannot read it stops,
 * naming the file, with every file as Pagefind left it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexFormatError, readPagefindFile } from '../../src/search-index/pagefind-format.ts';
import { splitSearchIndex } from '../../src/search-index/split-search-index.ts';
import { buildPagefindIndex, type PagefindOutput, writeIndexFiles } from '../helpers/pagefind-index.ts';

let files: PagefindOutput;
const folders: string[] = [];

beforeAll(async () => {
  files = await buildPagefindIndex();
}, 60_000);
afterAll(async () => {
  await pagefind.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A site folder holding the Pagefind index, as `pagefind` leaves dist/. */
function siteWithIndex(): { site: string; pagefindDir: string } {
  const site = mkdtempSync(join(tmpdir(), 'split-index-'));
  folders.push(site);
  writeIndexFiles(join(site, 'pagefind'), files);
  return { site, pagefindDir: join(site, 'pagefind') };
}

/** The step run as the build runs it, reported the way a failed build reports it. */
function runSplit(site: string): { status: number; stdout: string; stderr: string } {
  try {
    return { status: 0, stdout: splitSearchIndex(site).join('\n'), stderr: '' };
  } catch (error) {
    if (error instanceof IndexFormatError) return { status: 1, stdout: '', stderr: error.message };
    throw error;
  }
}

/** Every file under a folder with its bytes, to compare before and after. */
function snapshot(folder: string): Map<string, string> {
  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.'));
  return new Map(names.sort().map((name) => [name, readFileSync(join(folder, name)).toString('base64')]));
}

const entryHash = (pagefindDir: string) =>
  (JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } }).languages.en.hash;

describe('splitSearchIndex on a built site', () => {
  it('points pagefind-entry.json at a new meta file and leaves no stale chunk or meta file', () => {
    const { site, pagefindDir } = siteWithIndex();
    const before = entryHash(pagefindDir);
    const run = runSplit(site);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/search index \(en\): \d+ chunks, largest [\d.]+ KB -> \d+ chunks/);

    const after = entryHash(pagefindDir);
    expect(after).not.toBe(before);
    const metaFiles = readdirSync(pagefindDir).filter((name) => name.endsWith('.pf_meta'));
    expect(metaFiles).toEqual([`pagefind.${after}.pf_meta`]);
    const chunkFiles = readdirSync(join(pagefindDir, 'index'));
    const originalChunks = [...files.keys()].filter((path) => path.startsWith('index/'));
    expect(chunkFiles.length).toBeGreaterThan(originalChunks.length);
    expect(chunkFiles.filter((name) => originalChunks.includes(`index/${name}`))).toEqual([]);
    // Fragments are renamed (src/search-index/fragment-names.ts), their bytes kept: exactly one per page, none under an old name.
    const meta = readPagefindFile(readFileSync(join(pagefindDir, `pagefind.${after}.pf_meta`)), 'meta') as [string, [string][]];
    const fragmentFiles = readdirSync(join(pagefindDir, 'fragment')).sort();
    expect(fragmentFiles).toEqual(meta[1].map(([name]) => `${name}.pf_fragment`).sort());
    const originalFragments = [...files.keys()].filter((path) => path.startsWith('fragment/'));
    expect(fragmentFiles).toHaveLength(originalFragments.length);
    expect(fragmentFiles.filter((name) => originalFragments.includes(`fragment/${name}`))).toEqual([]);
    const bytesOf = (paths: string[], read: (path: string) => Uint8Array) => paths.map((path) => Buffer.from(read(path)).toString('base64')).sort();
    expect(bytesOf(fragmentFiles, (name) => readFileSync(join(pagefindDir, 'fragment', name)))).toEqual(bytesOf(originalFragments, (path) => files.get(path)!));
    // The rest of Pagefind's output is untouched.
    expect(readFileSync(join(pagefindDir, 'wasm.en.pagefind'))).toEqual(Buffer.from(files.get('wasm.en.pagefind')!));
  });

  it('running it twice leaves the same files, and does not rewrite the live ones', () => {
    const { site, pagefindDir } = siteWithIndex();
    runSplit(site);
    const once = snapshot(pagefindDir);
    const modified = (name: string) => statSync(join(pagefindDir, name)).mtimeMs;
    const indexFiles = [...once.keys()].filter((name) => /\.pf_(meta|index|fragment)$/.test(name));
    const times = indexFiles.map(modified);
    expect(runSplit(site).status).toBe(0);
    expect(snapshot(pagefindDir)).toEqual(once);
    expect(indexFiles.map(modified)).toEqual(times);
  });

  it.each([
    ['chunk', 'index/'],
    ['fragment', 'fragment/'],
  ])('a damaged %s: exit 1, the file named, every file as it was', (_, folder) => {
    const { site, pagefindDir } = siteWithIndex();
    const damaged = [...files.keys()].find((path) => path.startsWith(folder))!;
    writeFileSync(join(pagefindDir, damaged), 'not a Pagefind file');
    const before = snapshot(pagefindDir);
    const run = runSplit(site);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(join(pagefindDir, damaged));
    expect(run.stderr).toContain('is unchanged');
    expect(snapshot(pagefindDir)).toEqual(before);
  });

  it("a second language that fails after the first was split: the first one's new files are removed again", () => {
    const { site, pagefindDir } = siteWithIndex();
    const entryFile = join(pagefindDir, 'pagefind-entry.json');
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, unknown> };
    entry.languages['fr'] = { hash: 'fr_0000000000', wasm: 'fr', page_count: 1 };
    writeFileSync(entryFile, JSON.stringify(entry));
    const before = snapshot(pagefindDir);
    const run = runSplit(site);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(join(pagefindDir, 'pagefind.fr_0000000000.pf_meta'));
    expect(snapshot(pagefindDir)).toEqual(before);
  });

  it('no index at all: exit 1, naming the missing pagefind-entry.json', () => {
    const site = mkdtempSync(join(tmpdir(), 'split-index-empty-'));
    folders.push(site);
    const run = runSplit(site);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(join(site, 'pagefind', 'pagefind-entry.json'));
    expect(run.stderr).toContain('run pagefind first');
  });
});
