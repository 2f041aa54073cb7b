/**
 * dedupe: copies and questions asked by several sources become one entry.
 * Entries are cut from the real 000, 001, 003 and 004 the way the pipeline
 * cuts them (decode, repair, parse, segment, structure, clean the title).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../src/ingest/steps/clean-title.ts';
import type { MergeCorrection } from '../../src/ingest/review/corrections.ts';
import { decodeSource } from '../../src/ingest/steps/decode.ts';
import { dedupe, SAME_QUESTION_THRESHOLD, type Group, type Prepared } from '../../src/ingest/steps/dedupe.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { formatOf } from '../../src/ingest/formats/index.ts';
import { removeDebris } from '../../src/ingest/steps/remove-debris.ts';
import { repairMojibake } from '../../src/ingest/steps/repair-mojibake.ts';
import { segment } from '../../src/ingest/steps/segment.ts';
import { parseSourceList } from '../../src/ingest/review/source-list.ts';
import { structureAnswer } from '../../src/ingest/steps/structure.ts';
import { titleSimilarity, titleTerms } from '../../src/ingest/steps/title-terms.ts';

const content = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url));
const sources = parseSourceList(content('sources/sources.json').toString('utf8'));
const sourceById = (id: string) => sources.find((source) => source.id === id)!;

function prepare(id: string): Prepared[] {
  const source = sourceById(id);
  const file = `content/sources/${source.file}`;
  const text = repairMojibake(decodeSource(content(`sources/${source.file}`), file).text).text;
  const format = formatOf(source);
  const { tree } = format.parse(text, { file, layout: [] });
  removeDebris(tree);
  return segment(tree, source, source.entryDepth ?? format.entryDepth, file).entries.map((raw) => {
    const { body, summary } = structureAnswer(raw.body);
    const { title, scenario } = cleanTitle(raw.heading);
    return { address: `${id}:${raw.line}`, raw, title, scenario, body, summary };
  });
}

const qaDoc = prepare('qa-doc');
const qaDocCopy = prepare('qa-doc-mojibake');
const imagesGuide = prepare('images-guide');
const runFlow = prepare('docker-run-flow');
const all = [...qaDoc, ...qaDocCopy, ...imagesGuide, ...runFlow];

const groupOf = (groups: Group[], address: string) => groups.find((group) => group.members.some((member) => member.address === address))!;
const addresses = (group: Group) => group.members.map((member) => member.address);
const titleAt = (address: string) => all.find((entry) => entry.address === address)!.title;

/** A hand-made entry of `sourceId`, with a one-paragraph answer. */
function entry(sourceId: string, line: number, title: string, answer = `An answer to: ${title}`): Prepared {
  const source = sourceById(sourceId);
  return {
    address: `${sourceId}:${line}`,
    raw: { source, heading: title, sourceHeading: title, line, locator: `line ${line}`, body: [] },
    title,
    scenario: false,
    body: [{ type: 'paragraph', children: [{ type: 'text', value: answer }] }],
  };
}

describe('the entries under test', () => {
  it('are the real questions', () => {
    expect(titleAt('qa-doc:92')).toBe('What is a Docker image and how is it different from Docker container?');
    expect(titleAt('images-guide:94')).toBe('What is a Docker container? How does it differ from an image?');
    expect(titleAt('images-guide:634')).toBe('What is the difference between image layers and container layers?');
    expect(titleAt('images-guide:971')).toBe('What happens when you run docker run? Explain step-by-step.');
    expect(runFlow).toHaveLength(1);
    expect(runFlow[0]!.address).toBe('docker-run-flow:1');
  });
});

describe('dedupe', () => {
  it('makes a word-for-word copy from another source one group, the copy marked in `copies` (001 repeats 000)', () => {
    const groups = dedupe([...qaDoc, ...qaDocCopy], []);
    expect(qaDocCopy.length).toBe(qaDoc.length);
    expect(groups).toHaveLength(qaDoc.length);
    for (const group of groups) {
      const [primary, copy] = group.members;
      expect(group.members).toHaveLength(2);
      expect(primary!.raw.source.id).toBe('qa-doc');
      expect(copy!.raw.source.id).toBe('qa-doc-mojibake');
      expect(copy!.raw.line).toBe(primary!.raw.line);
      expect([...group.copies]).toEqual([copy!.address]);
    }
  });

  it('does not call an entry a copy when only its title is the same', () => {
    const a = entry('qa-doc', 10, 'What is ARG?', 'ARG is a build-time variable.');
    const b = entry('images-guide', 20, 'What is ARG?', 'ARG sets a value used only while building.');
    const groups = dedupe([a, b], []);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.copies.size).toBe(0);
  });

  it('merges "What is a Docker image and how is it different from Docker container?" (000) with "What is a Docker container? How does it differ from an image?" (003)', () => {
    const group = groupOf(dedupe(all, []), 'qa-doc:92');
    expect(addresses(group)).toEqual(['qa-doc:92', 'qa-doc-mojibake:92', 'images-guide:94']);
    expect([...group.copies]).toEqual(['qa-doc-mojibake:92']);
  });

  it('does not merge "What is the difference between image layers and container layers?" with them', () => {
    const groups = dedupe(all, []);
    const layers = groupOf(groups, 'images-guide:634');
    expect(addresses(layers)).toEqual(['images-guide:634']);
    expect(groupOf(groups, 'qa-doc:92')).not.toBe(layers);
  });

  it('lets a `different` correction forbid a merge the heuristic would make (without the copy)', () => {
    const entries = [...qaDoc, ...imagesGuide];
    expect(addresses(groupOf(dedupe(entries, []), 'qa-doc:92'))).toContain('images-guide:94');
    const merges: MergeCorrection[] = [{ different: ['qa-doc:92', 'images-guide:94'], reason: 'test' }];
    const groups = dedupe(entries, merges);
    expect(addresses(groupOf(groups, 'qa-doc:92'))).toEqual(['qa-doc:92']);
    expect(addresses(groupOf(groups, 'images-guide:94'))).toEqual(['images-guide:94']);
  });

  // Regression (was a bug): `different` only forbids the listed pairs, but
  // 001's copy of qa-doc:92 is already in qa-doc:92's group and is not listed,
  // so the heuristic joins the copy (qa-doc-mojibake:92) with images-guide:94
  // and the forbidden pair ends up in one group anyway. With every source in
  // the ingest (001 always is), a `different` between a qa-doc entry and
  // another source's entry has no effect.
  it('keeps a `different` correction when the entry also has a word-for-word copy (000 + 001 + 003)', () => {
    const merges: MergeCorrection[] = [{ different: ['qa-doc:92', 'images-guide:94'], reason: 'test' }];
    const groups = dedupe(all, merges);
    expect(addresses(groupOf(groups, 'images-guide:94'))).toEqual(['images-guide:94']);
  });

  it('lets a `same` correction force a merge the heuristic would not make (003 Q9 and 004, as in merges.yaml)', () => {
    expect(groupOf(dedupe(all, []), 'images-guide:971').members).toHaveLength(1);
    const merges: MergeCorrection[] = [{ same: ['images-guide:971', 'docker-run-flow:1'], reason: 'test' }];
    const group = groupOf(dedupe(all, merges), 'images-guide:971');
    expect(addresses(group)).toEqual(['images-guide:971', 'docker-run-flow:1']);
    expect(group.copies.size).toBe(0);
  });

  it('keeps the first source as the primary of a forced merge whatever the order in the correction', () => {
    const merges: MergeCorrection[] = [{ same: ['docker-run-flow:1', 'images-guide:971'], reason: 'test' }];
    const group = groupOf(dedupe(all, merges), 'images-guide:971');
    expect(group.members[0]!.address).toBe('images-guide:971');
  });

  const unknownAddresses: [string, MergeCorrection][] = [
    ['same', { same: ['qa-doc:92', 'qa-doc:93'], reason: 'test' }],
    ['different', { different: ['no-such-source:1', 'qa-doc:92'], reason: 'test' }],
  ];
  it.each(unknownAddresses)('rejects an unknown address in a `%s` correction, naming merges.yaml', (_, merge) => {
    const run = () => dedupe(all, [merge]);
    expect(run).toThrow(IngestError);
    expect(run).toThrow(/^content\/corrections\/merges\.yaml: .*(qa-doc:93|no-such-source:1)/);
  });

  it('never merges two entries of one source by their titles alone', () => {
    const a = entry('qa-doc', 10, 'What is a Docker image and how is it different from Docker container?');
    const b = entry('qa-doc', 20, 'What is a Docker container? How does it differ from an image?');
    expect(titleSimilarity(a.title, b.title)).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    expect(dedupe([a, b], [])).toHaveLength(2);
  });

  it('does not bring two entries of one source together through a third source', () => {
    const a = entry('qa-doc', 10, 'What is a Docker image and how is it different from Docker container?');
    const b = entry('images-guide', 30, 'What is a Docker container? How does it differ from an image?');
    const c = entry('qa-doc', 20, 'How does a Docker container differ from an image?');
    const groups = dedupe([a, b, c], []);
    for (const group of groups) {
      const ids = group.members.map((member) => member.raw.source.id);
      expect(new Set(ids).size, `group ${addresses(group).join(', ')}`).toBe(ids.length);
    }
    expect(addresses(groupOf(groups, 'images-guide:30'))).toHaveLength(2);
  });
});

describe('titleTerms and titleSimilarity', () => {
  it('reduces two phrasings of "CMD vs ENTRYPOINT" to the same terms', () => {
    expect([...titleTerms('What is the difference between CMD and ENTRYPOINT?')].sort()).toEqual(['cmd', 'diff', 'entrypoint']);
    expect([...titleTerms('How does CMD differ from ENTRYPOINT?')].sort()).toEqual(['cmd', 'diff', 'entrypoint']);
  });

  it('scores the image/container phrasings as the same question and the layers question below the threshold', () => {
    const image = 'What is a Docker image and how is it different from Docker container?';
    const container = 'What is a Docker container? How does it differ from an image?';
    const layers = 'What is the difference between image layers and container layers?';
    expect(titleSimilarity(image, container)).toBeGreaterThanOrEqual(SAME_QUESTION_THRESHOLD);
    expect(titleSimilarity(image, layers)).toBeLessThan(SAME_QUESTION_THRESHOLD);
    expect(titleSimilarity(container, layers)).toBeLessThan(SAME_QUESTION_THRESHOLD);
  });

  it('is 0 for a title made only of stop words', () => {
    expect(titleSimilarity('What is it?', 'What is it?')).toBe(0);
  });
});
