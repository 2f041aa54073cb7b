/**
 * Renames every page's fragment file (fragment/<name>.pf_fragment, the text a
 * search result shows) to "<language>_<set>_<place>": its place in the page
 * list, under one digest of every fragment's content. Pure: the caller reads
 * and writes the disk.
 *
 * Why: the meta file lists every page's fragment name, and every first search
 * downloads it. Pagefind names each fragment by seven hex digits of its own
 * hash, which do not compress: 16.6 KB of a 28.5 KB meta file at 30x our
 * content. Names that share a prefix and count up cost a fraction of that.
 *
 * A name still stands for one content forever, because the set digest covers
 * every fragment, so the year-long immutable cache (deploy/headers.ts) and
 * the offline worker's hashed files stay right. The price: a build that
 * changes any page renames every fragment, so a returning reader downloads
 * again the few fragments a search shows, and the offline worker all of them.
 */
import { createHash } from 'node:crypto';
import { type CborValue } from './cbor.ts';
import { contentHash, IndexFormatError, META_HASH_DIGITS, readPagefindFile, writePagefindFile } from './pagefind-format.ts';

export interface NamedFragments {
  /** The new meta file's hash, as pagefind-entry.json names it. */
  metaHash: string;
  meta: Uint8Array;
  /** The fragment files to write, new name -> bytes (the bytes are unchanged). */
  fragments: Map<string, Uint8Array>;
  /** The names they replace. */
  replaced: string[];
}

const PAGES_FIELD = 1;
const SET_DIGITS = 10;

/** One digest of a list of files' contents, in order: a name under it stands for one content. */
export function setDigest(contents: Uint8Array[]): string {
  const set = createHash('sha256');
  for (const bytes of contents) set.update(createHash('sha256').update(bytes).digest());
  return set.digest('hex').slice(0, SET_DIGITS);
}

/** `readFragment(name)` returns the bytes of fragment/<name>.pf_fragment. */
export function nameFragmentsByPlace(
  language: string,
  metaBytes: Uint8Array,
  metaFile: string,
  readFragment: (name: string) => Uint8Array,
): NamedFragments {
  const document = readPagefindFile(metaBytes, metaFile);
  const pages = Array.isArray(document) ? document[PAGES_FIELD] : undefined;
  if (!Array.isArray(document) || !Array.isArray(pages)) throw new IndexFormatError(metaFile, 'expected [version, pages, ...]');
  const names = pages.map((page) => {
    // [fragment name, word count, fragment group]; a group would hold several pages in one file.
    if (!Array.isArray(page) || typeof page[0] !== 'string') throw new IndexFormatError(metaFile, 'expected every page to be [fragment, words, ...]');
    if (page[2]) throw new IndexFormatError(metaFile, `page "${page[0]}" is in a fragment group, which this step does not rename`);
    return page[0];
  });

  const contents = names.map((name) => readFragment(name));
  const prefix = `${language}_${setDigest(contents)}_`;

  const fragments = new Map<string, Uint8Array>();
  const renamed: CborValue[] = pages.map((page, place) => {
    const name = `${prefix}${place.toString(36)}`;
    fragments.set(name, contents[place]!);
    return [name, ...(page as CborValue[]).slice(1)];
  });
  const newDocument = [...document];
  newDocument[PAGES_FIELD] = renamed;
  const meta = writePagefindFile(newDocument);
  return { metaHash: contentHash(language, meta, META_HASH_DIGITS), meta, fragments, replaced: names };
}
