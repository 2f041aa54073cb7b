/**
 * Run after `pagefind` (part of `npm run build`):
 *
 *   tsx src/search-index/cli.ts [site folder, default dist]
 *
 * Splits each language's word index into small chunks (split-chunks.ts says
 * why). New files get new names; pagefind-entry.json, which tells the browser
 * which meta file to load, is replaced in one rename; only then are the old
 * files removed. A failure part-way leaves the old, working index in place.
 * Beside the index it writes vocabulary-<language>.txt, the words the dialog
 * corrects typos to, and common-words-<language>.json, the words on nearly
 * every page, which the dialog leaves out of a query that has others.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nameFragmentsByPlace, type NamedFragments } from './fragment-names.ts';
import { IndexFormatError } from './pagefind-format.ts';
import { splitIndex } from './split-index.ts';
import { fragmentText, vocabulary } from './vocabulary.ts';

interface Entry {
  languages: Record<string, { hash: string }>;
}

const pagefindDir = join(resolve(process.argv[2] ?? 'dist'), 'pagefind');
const entryFile = join(pagefindDir, 'pagefind-entry.json');
const metaFile = (hash: string) => join(pagefindDir, `pagefind.${hash}.pf_meta`);
const chunkFile = (hash: string) => join(pagefindDir, 'index', `${hash}.pf_index`);
const fragmentFile = (name: string) => join(pagefindDir, 'fragment', `${name}.pf_fragment`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const largest = (sizes: number[]) => kb(Math.max(0, ...sizes));

function readExisting(file: string): Buffer {
  if (!existsSync(file)) throw new IndexFormatError(file, 'missing (run pagefind first)');
  return readFileSync(file);
}

function readEntry(): Entry {
  try {
    return JSON.parse(readExisting(entryFile).toString('utf8')) as Entry;
  } catch (error) {
    if (error instanceof SyntaxError) throw new IndexFormatError(entryFile, `not JSON: ${error.message}`);
    throw error;
  }
}

/**
 * The words typos are corrected to, from each page's fragment. Made before
 * the index is switched, so a fragment it cannot read stops the run while
 * the old index is still in place; written after (its name is fixed, so the
 * dialog can find it).
 */
function vocabularyOf({ fragments, replaced }: NamedFragments): string {
  // An error names the file as it is on disk now, under its old name.
  return vocabulary([...fragments.values()].map((bytes, place) => fragmentText(bytes, `fragment/${replaced[place]}.pf_fragment`)));
}

/** Files this run added, removed again if it fails, so a failure leaves the folder as it was. */
const created: string[] = [];
const kept = new Set<string>();

/**
 * Writes a file named by its content. One that exists already has that
 * content (a second run), so it is left alone: the live index is never
 * rewritten in place.
 */
function writeNew(file: string, bytes: Uint8Array): void {
  kept.add(file);
  if (existsSync(file)) {
    if (!readFileSync(file).equals(bytes)) throw new IndexFormatError(file, 'exists with other content under the same hash');
    return;
  }
  created.push(file);
  writeFileSync(file, bytes);
}

try {
  const entry = readEntry();
  const stale: string[] = [];
  const everywhere = new Map<string, string[]>();
  const vocabularies = new Map<string, string>();
  for (const [language, index] of Object.entries(entry.languages)) {
    const result = splitIndex(index.hash, readExisting(metaFile(index.hash)), (hash) => readExisting(chunkFile(hash)));
    for (const [hash, bytes] of result.chunks) writeNew(chunkFile(hash), bytes);
    const named = nameFragmentsByPlace(language, result.meta, `pagefind.${index.hash}.pf_meta`, (name) => readExisting(fragmentFile(name)));
    for (const [name, bytes] of named.fragments) writeNew(fragmentFile(name), bytes);
    writeNew(metaFile(named.metaHash), named.meta);
    stale.push(metaFile(index.hash), ...result.replaced.map(chunkFile), ...named.replaced.map(fragmentFile));
    index.hash = named.metaHash;
    everywhere.set(language, result.everywhere);
    vocabularies.set(language, vocabularyOf(named));
    console.log(
      `search index (${language}): ${result.before.length} chunks, largest ${largest(result.before)}` +
        ` -> ${result.after.length} chunks, largest ${largest(result.after)} (gzip);` +
        ` ${result.capped} very common words keep fewer positions (${result.dropped} dropped)`,
    );
  }
  for (const [language, words] of everywhere) writeFileSync(join(pagefindDir, `common-words-${language}.json`), JSON.stringify(words));
  created.push(`${entryFile}.tmp`);
  writeFileSync(`${entryFile}.tmp`, JSON.stringify(entry));
  renameSync(`${entryFile}.tmp`, entryFile);
  created.length = 0;
  for (const [language, words] of vocabularies) writeFileSync(join(pagefindDir, `vocabulary-${language}.txt`), words);
  for (const file of stale) if (!kept.has(file)) rmSync(file, { force: true });
} catch (error) {
  for (const file of created) rmSync(file, { force: true });
  if (error instanceof IndexFormatError) {
    const missing = error.problem.startsWith('missing');
    console.error(
      `Splitting the search index stopped; the index in ${pagefindDir} is unchanged.\n` +
        `${resolve(pagefindDir, error.file)}: ${error.problem}` +
        (missing ? '' : '\n(src/search-index/ reads the index format of Pagefind 1.6; a newer Pagefind may need it updated.)'),
    );
    process.exit(1);
  }
  throw error;
}
