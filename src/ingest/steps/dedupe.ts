/**
 * Step: find the entries that are one question. A document that is a second
 * copy of another (001 repaired is 000) contributes nothing but its name; the
 * same question asked in two sources becomes one entry with one answer per
 * source. Titles that mean the same are merged when their terms overlap
 * enough; content/corrections/merges.yaml forces or forbids a merge.
 *
 * A reader's own notes (a source without `reviewed`) never merge into an entry
 * of a reviewed source unless merges.yaml says so: our pages stay as they are.
 * Inside one such source, the same question asked twice (curly quotes, case
 * and punctuation aside) is one entry.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MergeCorrection } from '../review/corrections.ts';
import { IngestError } from '../errors.ts';
import { titleSimilarity } from './title-terms.ts';
import type { RawEntry } from '../types.ts';

/** An entry cut from one source and cleaned, before it meets the other sources. */
export interface Prepared {
  /** "<source id>:<heading line>", how corrections address it. */
  address: string;
  raw: RawEntry;
  title: string;
  scenario: boolean;
  body: RootContent[];
  summary?: string | undefined;
}

/** A merged entry: the first member is the primary; copies only add their name. */
export interface Group {
  members: Prepared[];
  /** Addresses of members whose answer repeats an earlier member's word for word. */
  copies: Set<string>;
}

export const SAME_QUESTION_THRESHOLD = 0.8;

export function dedupe(entries: Prepared[], merges: MergeCorrection[], mergesFile = 'content/corrections/merges.yaml'): Group[] {
  const byAddress = new Map(entries.map((entry) => [entry.address, entry]));
  const parent = new Map(entries.map((entry) => [entry.address, entry.address]));
  const find = (address: string): string => {
    let root = address;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(b), find(a));
  /** Members of a's and b's groups, by source: a heuristic merge never puts two answers of one source together. */
  const sourcesOf = (address: string) => new Set(entries.filter((entry) => find(entry.address) === find(address)).map((entry) => entry.raw.source.id));
  const disjoint = (a: string, b: string) => {
    const left = sourcesOf(a);
    return [...sourcesOf(b)].every((source) => !left.has(source));
  };

  const known = (address: string) => {
    if (!byAddress.has(address)) throw new IngestError(mergesFile, undefined, `no entry starts at "${address}"`);
    return address;
  };
  const forbidden = new Set<string>();
  for (const merge of merges) {
    if ('different' in merge) for (const a of merge.different) for (const b of merge.different) forbidden.add(`${known(a)}|${known(b)}`);
  }

  /** A `different` record forbids joining the two groups, whichever members (copies included) they hold. */
  const forbiddenBetween = (a: string, b: string) => {
    const left = entries.filter((entry) => find(entry.address) === find(a));
    const right = entries.filter((entry) => find(entry.address) === find(b));
    return left.some((x) => right.some((y) => forbidden.has(`${x.address}|${y.address}`)));
  };

  const fingerprints = new Map<string, string>();
  for (const entry of entries) {
    const original = fingerprints.get(fingerprint(entry));
    if (original) union(original, entry.address);
    else fingerprints.set(fingerprint(entry), entry.address);
  }

  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i]!;
      const b = entries[j]!;
      // Heuristics join ours with ours and theirs with theirs; only a merge record crosses over.
      if (isReviewed(a) !== isReviewed(b) || forbiddenBetween(a.address, b.address)) continue;
      if (a.raw.source.id === b.raw.source.id) {
        if (!isReviewed(a) && sameWords(a.title, b.title)) union(a.address, b.address);
        continue;
      }
      if (!isReviewed(a) && sameWords(a.title, b.title)) union(a.address, b.address);
      else if (titleSimilarity(a.title, b.title) >= SAME_QUESTION_THRESHOLD && disjoint(a.address, b.address)) union(a.address, b.address);
    }
  }
  for (const merge of merges) if ('same' in merge) for (const address of merge.same.slice(1)) union(known(merge.same[0]!), known(address));

  const groups = new Map<string, Prepared[]>();
  for (const entry of entries) {
    const root = find(entry.address);
    groups.set(root, [...(groups.get(root) ?? []), entry]);
  }
  return [...groups.values()].map((members) => ({ members, copies: copiesIn(members, fingerprints) }));
}

const isReviewed = (entry: Prepared) => entry.raw.source.reviewed === true;

/**
 * The words of a title, curly quotes, case and punctuation aside: "What's Docker?"
 * and "what’s docker" are one question. Unlike titleTerms it keeps every word, so
 * a title of stop words only ("What is Docker?") still has something to compare.
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const sameWords = (a: string, b: string) => normaliseTitle(a) !== '' && normaliseTitle(a) === normaliseTitle(b);

function copiesIn(members: Prepared[], fingerprints: Map<string, string>): Set<string> {
  const copies = new Set<string>();
  for (const member of members) {
    if (fingerprints.get(fingerprint(member)) !== member.address) copies.add(member.address);
  }
  return copies;
}

/** Title and answer text: equal fingerprints mean one entry copied word for word (ours and a reader's kept apart). */
function fingerprint(entry: Prepared): string {
  return `${isReviewed(entry) ? '' : 'unreviewed\n'}${entry.title}\n${entry.body.map((node) => toString(node)).join('\n')}`;
}
