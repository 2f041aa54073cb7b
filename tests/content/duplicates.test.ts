/**
 * The duplicate review (content/corrections/merges.yaml): every pair of
 * entries that could be one question has a reviewed decision, and the
 * entries decided to be one question are one page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isCandidate, scorePairs, type Comparable } from '../../src/lib/similarity.ts';
import { contentDir, ourQuestions, questions, type ContentFile } from '../helpers/content.ts';

type Decision = { same: string[]; reason: string } | { different: string[]; reason: string };

const mergesFile = join(contentDir, 'corrections', 'merges.yaml');
const decisions = parse(readFileSync(mergesFile, 'utf8')) as Decision[];
const membersOf = (decision: Decision) => ('same' in decision ? decision.same : decision.different);

/** "source:line" of every source an entry holds, copies included. */
const addressesOf = (entry: ContentFile) => ((entry.data['sources'] as { source: string; line: number }[] | undefined) ?? []).map((source) => `${source.source}:${source.line}`);

/** The sources' text of an entry: the merge decisions are about what the source documents ask. */
const sourceText = (entry: ContentFile) => entry.body.slice(Math.max(0, entry.body.indexOf('<FromSources>')));

function comparable(entry: ContentFile): Comparable {
  const title = String(entry.data['title']);
  const aliases = (entry.data['aliases'] as string[] | undefined) ?? [];
  const tags = (entry.data['tags'] as string[] | undefined) ?? [];
  return { id: entry.id, titles: [title, ...aliases], body: [title, tags.join(' '), sourceText(entry)].join('\n') };
}

/**
 * Entries from our (reviewed) sources; entries of our own were chosen not to repeat them (content/survey/).
 * A reader's notes merge among themselves by their words, never into ours without a record (src/ingest/steps/dedupe.ts).
 */
const fromSources = ourQuestions.filter((entry) => addressesOf(entry).length > 0);

describe('duplicate review', () => {
  it('every candidate pair of entries has a reviewed decision in merges.yaml', () => {
    const byId = new Map(fromSources.map((entry) => [entry.id, entry]));
    const decided = new Set(decisions.flatMap((decision) => membersOf(decision).flatMap((a) => membersOf(decision).map((b) => `${a}|${b}`))));
    const undecided = scorePairs(fromSources.map(comparable))
      .filter(isCandidate)
      .filter((pair) => !addressesOf(byId.get(pair.a)!).some((a) => addressesOf(byId.get(pair.b)!).some((b) => decided.has(`${a}|${b}`))))
      .map((pair) => `${pair.a} (${addressesOf(byId.get(pair.a)!)[0]}) / ${pair.b} (${addressesOf(byId.get(pair.b)!)[0]}): title ${pair.title.toFixed(2)}, body ${pair.body.toFixed(2)}`);
    expect(undecided, 'read each pair and record `same` or `different` with a reason in content/corrections/merges.yaml').toEqual([]);
  });

  it('entries decided to be one question are one page', () => {
    for (const decision of decisions.filter((d): d is Extract<Decision, { same: string[] }> => 'same' in d)) {
      const pages = new Set(decision.same.map((address) => questions.find((entry) => addressesOf(entry).includes(address))?.id));
      expect([...pages], `merges.yaml: same: [${decision.same.join(', ')}]`).toHaveLength(1);
    }
  });

  it('entries decided to be different questions are separate pages', () => {
    for (const decision of decisions.filter((d): d is Extract<Decision, { different: string[] }> => 'different' in d)) {
      const pages = decision.different.map((address) => questions.find((entry) => addressesOf(entry).includes(address))?.id);
      expect(new Set(pages).size, `merges.yaml: different: [${decision.different.join(', ')}] are ${pages.join(', ')}`).toBe(decision.different.length);
    }
  });
});
