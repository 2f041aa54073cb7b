/**
 * After Pagefind (src/integrations/post-build.ts runs both): splits each
 * language's word index into small chunks (split-chunks.ts says why). New
 * files get new names; pagefind-entry.json, which tells the browser which
 * meta file to load, is replaced in one rename; only then are the old files
 * removed. A failure part-way leaves the old, working index in place and
 * throws an IndexFormatError naming the file. Beside the index it writes
 * vocabulary-<language>-<length>.txt, the words the dialog corrects typos
 * to (one file per length of the word to correct), and
 * common-words-<language>.json, the words on nearly every page, which the
 * dialog leaves out of a query that has others.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nameFragmentsByPlace, type NamedFragments } from './fragment-names.ts';
import { IndexFormatError } from './pagefind-format.ts';
import { splitIndex } from './split-index.ts';
import { commonWordForms } from './common-words.ts';
import { fragmentParts, vocabulary, vocabularyByLength } from './vocabulary.ts';

interface Entry {
  languages: Record<string, { hash: string }>;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const largest = (sizes: number[]) => kb(Math.max(0, ...sizes));

/** Splits the index in `<dist>/pagefind`; returns one line per language saying what it did. */
export function splitSearchIndex(dist: string): string[] {
  const folder = new IndexFolder(join(resolve(dist), 'pagefind'));
  try {
    return folder.split();
  } catch (error) {
    folder.removeCreated();
    if (error instanceof IndexFormatError) {
      const missing = error.problem.startsWith('missing');
      throw new IndexFormatError(
        resolve(folder.dir, error.file),
        `${error.problem}. Splitting the search index stopped; the index in ${folder.dir} is unchanged.` +
          (missing ? '' : ' (src/search-index/ reads the index format of Pagefind 1.6; a newer Pagefind may need it updated.)'),
      );
    }
    throw error;
  }
}

/** The files of one Pagefind index folder, and the ones this run has added so far. */
class IndexFolder {
  /** Files this run added, removed again if it fails, so a failure leaves the folder as it was. */
  private readonly created: string[] = [];
  private readonly kept = new Set<string>();

  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private get entryFile(): string {
    return join(this.dir, 'pagefind-entry.json');
  }
  private metaFile(hash: string): string {
    return join(this.dir, `pagefind.${hash}.pf_meta`);
  }
  private chunkFile(hash: string): string {
    return join(this.dir, 'index', `${hash}.pf_index`);
  }
  private fragmentFile(name: string): string {
    return join(this.dir, 'fragment', `${name}.pf_fragment`);
  }

  split(): string[] {
    const entry = this.readEntry();
    const report: string[] = [];
    const stale: string[] = [];
    const everywhere = new Map<string, string[]>();
    const vocabularies = new Map<string, string>();
    for (const [language, index] of Object.entries(entry.languages)) {
      const result = splitIndex(index.hash, this.read(this.metaFile(index.hash)), (hash) => this.read(this.chunkFile(hash)));
      for (const [hash, bytes] of result.chunks) this.writeNew(this.chunkFile(hash), bytes);
      const named = nameFragmentsByPlace(language, result.meta, `pagefind.${index.hash}.pf_meta`, (name) => this.read(this.fragmentFile(name)));
      for (const [name, bytes] of named.fragments) this.writeNew(this.fragmentFile(name), bytes);
      this.writeNew(this.metaFile(named.metaHash), named.meta);
      stale.push(this.metaFile(index.hash), ...result.replaced.map((hash) => this.chunkFile(hash)), ...named.replaced.map((name) => this.fragmentFile(name)));
      index.hash = named.metaHash;
      const pages = pagesOf(named);
      everywhere.set(language, commonWordForms(result.everywhere, pages.map((page) => page.text)));
      vocabularies.set(language, vocabulary(pages));
      report.push(
        `search index (${language}): ${result.before.length} chunks, largest ${largest(result.before)}` +
          ` -> ${result.after.length} chunks, largest ${largest(result.after)} (gzip);` +
          ` ${result.capped} very common words keep fewer positions (${result.dropped} dropped)`,
      );
    }
    for (const [language, words] of everywhere) writeFileSync(join(this.dir, `common-words-${language}.json`), JSON.stringify(words));
    // The switch: one rename makes the new index live.
    this.created.push(`${this.entryFile}.tmp`);
    writeFileSync(`${this.entryFile}.tmp`, JSON.stringify(entry));
    renameSync(`${this.entryFile}.tmp`, this.entryFile);
    this.created.length = 0;
    for (const [language, words] of vocabularies) {
      for (const [length, near] of vocabularyByLength(words)) writeFileSync(join(this.dir, `vocabulary-${language}-${length}.txt`), near);
    }
    for (const file of stale) if (!this.kept.has(file)) rmSync(file, { force: true });
    return report;
  }

  removeCreated(): void {
    for (const file of this.created) rmSync(file, { force: true });
  }

  private read(file: string): Buffer {
    if (!existsSync(file)) throw new IndexFormatError(file, 'missing (run pagefind first)');
    return readFileSync(file);
  }

  private readEntry(): Entry {
    try {
      return JSON.parse(this.read(this.entryFile).toString('utf8')) as Entry;
    } catch (error) {
      if (error instanceof SyntaxError) throw new IndexFormatError(this.entryFile, `not JSON: ${error.message}`);
      throw error;
    }
  }

  /**
   * Writes a file named by its content. One that exists already has that
   * content (a second run), so it is left alone: the live index is never
   * rewritten in place.
   */
  private writeNew(file: string, bytes: Uint8Array): void {
    this.kept.add(file);
    if (existsSync(file)) {
      if (!readFileSync(file).equals(bytes)) throw new IndexFormatError(file, 'exists with other content under the same hash');
      return;
    }
    this.created.push(file);
    writeFileSync(file, bytes);
  }
}

/**
 * Each page's indexed text and title, read once from its fragment for the
 * typo vocabulary and the common words. Read before the index is switched, so
 * a fragment that cannot be read stops the run while the old index is still
 * in place; both lists are written after (their names are fixed, so the
 * dialog can find them).
 */
function pagesOf({ fragments, replaced }: NamedFragments): { text: string; title: string }[] {
  // An error names the file as it is on disk now, under its old name.
  return [...fragments.values()].map((bytes, place) => fragmentParts(bytes, `fragment/${replaced[place]}.pf_fragment`));
}
