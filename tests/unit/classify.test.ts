/**
 * classify: an entry is filed under the topic its title is about, using the
 * real topic list of content/corrections/topics.yaml, and gets a level.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseTopic, guessLevel, topicScore, type ClassifyInput } from '../../src/ingest/steps/classify.ts';
import { parseCorrections } from '../../src/ingest/review/corrections.ts';

const topics = parseCorrections({
  'topics.yaml': readFileSync(new URL('../../content/corrections/topics.yaml', import.meta.url), 'utf8'),
}).topics;
const source = (file: string) => readFileSync(new URL(`../../content/sources/${file}`, import.meta.url), 'utf8');
const qaDoc = source('000_8c57ad0391467279.txt');
const courseGuide = source('002_8d63654ea8fce396.txt');
/** Lines `from`..`to` (1-based, inclusive) of a source. */
const lines = (text: string, from: number, to: number) => text.split('\n').slice(from - 1, to).join('\n');

const input = (title: string, body = '', more: Partial<ClassifyInput> = {}): ClassifyInput => ({ title, body, scenario: false, ...more });

describe('chooseTopic with the committed topics', () => {
  it('knows the topics the tests rely on', () => {
    expect(topics.map((topic) => topic.slug)).toEqual(expect.arrayContaining(['networking', 'storage', 'compose', 'dockerfile', 'images', 'architecture']));
  });

  it.each([
    // 000 Q7, cleaned, with its answer
    ['Do you know what are networking modes that Docker has? and also when to use a one?', lines(qaDoc, 116, 121), 'networking'],
    // 000 Q7 as reworded in entries.yaml
    ['What networking modes does Docker have, and when do you use each?', '', 'networking'],
    ['What is the difference between bridge and host network?', '', 'networking'],
    // 000 Q9 with its answer
    ['What do you understand by Docker volumes and why are they important in data persistence?', lines(qaDoc, 135, 137), 'storage'],
    ['What is the difference between a bind mount and a volume?', '', 'storage'],
    // 000 Q3 as reworded, with its answer (which also talks about volumes, ports and networks)
    ['What is the purpose of a Docker Compose file, and where have you used one?', lines(qaDoc, 70, 89), 'compose'],
    // Dockerfile instructions: 000 Q28–Q32
    ['What is the difference between RUN and CMD?', lines(qaDoc, 415, 419), 'dockerfile'],
    ['What is the difference between COPY and ADD?', lines(qaDoc, 424, 428), 'dockerfile'],
    ['What is the difference between CMD and ENTRYPOINT?', lines(qaDoc, 433, 441), 'dockerfile'],
    ['What is ARG?', lines(qaDoc, 446, 462), 'dockerfile'],
    ['What is the difference between ENV and ARG?', lines(qaDoc, 467, 473), 'dockerfile'],
    ['What is a .dockerignore file?', '', 'dockerfile'],
  ])('files "%s" under the expected topic', (title, body, expected) => {
    expect(chooseTopic(input(title, body), topics)).toBe(expected);
  });

  it('matches keywords as whole words: "-p" counts, "report" is not "port"', () => {
    expect(chooseTopic(input('What does -p 8080:80 mean?'), topics)).toBe('networking');
    const report = input('How do you write a report?');
    expect(topicScore(report, topics.find((topic) => topic.slug === 'networking')!)).toBe(0);
  });

  it('uses the group heading when the title names no topic', () => {
    expect(chooseTopic(input('How do you list them all?', '', { section: 'Image Management Questions' }), topics)).toBe('images');
  });

  it('falls back to the first topic when nothing matches', () => {
    expect(chooseTopic(input('Hello there'), topics)).toBe(topics[0]!.slug);
  });

  it('lets the title outweigh an answer that talks about another topic (000 Q7 title, Q21 volumes answer)', () => {
    const volumesAnswer = lines(qaDoc, 312, 316);
    expect(volumesAnswer).toContain('Use Docker volumes to manage persistent data.');
    expect(chooseTopic(input('What networking modes does Docker have?', volumesAnswer), topics)).toBe('networking');
    expect(chooseTopic(input('What is ARG?', volumesAnswer), topics)).toBe('dockerfile');
  });

  it('lets the title outweigh a body that repeats another topic\'s keyword many times', () => {
    const body = 'network '.repeat(200);
    expect(chooseTopic(input('What is the difference between COPY and ADD?', body), topics)).toBe('dockerfile');
  });

  // Regression (was a bug): the body cap is per keyword, not per topic.
  // storage has 14 keywords, so a long answer about volumes scores up to 28
  // (here 18) and outvotes a title that names its own topic once (10 points):
  // "What is ARG?" with the 002 chapter on volumes and bind mounts as its body
  // is filed under storage instead of dockerfile.
  it('lets the title outweigh a long answer about another topic (002 volumes chapter)', () => {
    const chapter = lines(courseGuide, 3440, 3620);
    expect(chapter).toContain('Docker volumes and bind mounts are two types of storage solutions');
    expect(chooseTopic(input('What is ARG?', chapter), topics)).toBe('dockerfile');
  });
});

describe('guessLevel', () => {
  it.each([
    // 002 has these as plain-line headings
    ['Namespaces', 'advanced'],
    ['Cgroups', 'advanced'],
    ['What are Linux namespaces and cgroups?', 'advanced'],
    // 003 Q5
    ['How are Docker image layers stored on disk?', 'advanced'],
    ['What is ARG?', 'basic'],
    ['What is the difference between COPY and ADD?', 'basic'],
    ['What is the difference between CMD and ENTRYPOINT?', 'intermediate'],
  ] as const)('"%s" is %s', (title, level) => {
    expect(guessLevel(input(title))).toBe(level);
  });

  it('makes a scenario intermediate even when its title sounds basic (000 Q26)', () => {
    expect(guessLevel(input('Application Not Accessible from Host', '', { scenario: true }))).toBe('intermediate');
    expect(guessLevel(input('Application Not Accessible from Host'))).toBe('basic');
  });

  it('keeps an advanced title advanced in a scenario', () => {
    expect(guessLevel(input('How do cgroups limit a runaway container?', '', { scenario: true }))).toBe('advanced');
  });

  it('judges by the title, not by namespaces mentioned in the answer (003 Q2)', () => {
    const body = 'Has own filesystem namespace\nHas own network namespace\nHas own process namespace';
    expect(guessLevel(input('What is a Docker container? How does it differ from an image?', body))).toBe('basic');
  });
});
