/**
 * corrections: the reviewed decisions in content/corrections/*.yaml are read
 * and checked; a mistake stops the ingest with the file and line named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { errorOf } from '../helpers/ingest-input.ts';
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../src/ingest/review/corrections.ts';

const folder = new URL('../../content/corrections/', import.meta.url);
const committed: Record<string, string> = Object.fromEntries(
  readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [name, readFileSync(new URL(name, folder), 'utf8')]),
);
const topics = committed['topics.yaml']!;

describe('parseCorrections', () => {
  it('parses the committed correction files', () => {
    expect(Object.keys(committed)).toEqual(expect.arrayContaining(['topics.yaml', 'entries.yaml', 'merges.yaml', 'links.yaml']));
    const corrections = parseCorrections(committed);
    expect(corrections.topics.map((topic) => topic.slug)).toContain('networking');
    expect(corrections.entries.find((entry) => entry.at === 'qa-doc:92')).toMatchObject({ slug: 'image-vs-container', topic: 'fundamentals' });
    expect(corrections.merges).toContainEqual(expect.objectContaining({ same: ['images-guide:971', 'docker-run-flow:1'] }));
    expect(corrections.links).toContainEqual(expect.objectContaining({ text: 'see the CLI/daemon question', to: 'question:qa-doc:540' }));
    for (const entry of corrections.entries) expect(entry.reason.length).toBeGreaterThan(0);
  });

  it('names the file and the line of a YAML syntax error', () => {
    const entries = ['- at: qa-doc:48', '  heading: "1. Difference" between', '  reason: text after the closing quote', ''].join('\n');
    const error = errorOf(() => parseCorrections({ 'topics.yaml': topics, 'entries.yaml': entries }));
    expect(error.file).toBe('content/corrections/entries.yaml');
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^content\/corrections\/entries\.yaml:2: is not valid YAML/);
  });

  it('names the line of a key given twice in one record', () => {
    const entries = ['- at: qa-doc:48', '  heading: "1. Difference"', '  heading: "2. Consider"', '  reason: test', ''].join('\n');
    const error = errorOf(() => parseCorrections({ 'topics.yaml': topics, 'entries.yaml': entries }));
    expect(error.file).toBe('content/corrections/entries.yaml');
    expect(error.line).toBe(3);
  });

  it('names the file and the line of bad indentation in merges.yaml', () => {
    const merges = ['- same: [images-guide:971, docker-run-flow:1]', '  reason: ok', '- same: [qa-doc:48, qa-doc-mojibake:48]', '    reason: indented too far', ''].join('\n');
    const error = errorOf(() => parseCorrections({ 'topics.yaml': topics, 'merges.yaml': merges }));
    expect(error.file).toBe('content/corrections/merges.yaml');
    expect(error.line).toBe(4);
  });

  it('names the file and the line of a record that has no `reason`', () => {
    const entries = [
      '# two corrections',
      '- at: qa-doc:48',
      '  heading: "1. Difference between a Docker container"',
      '  slug: container-vs-virtual-machine',
      '  reason: Short, stable URL.',
      '',
      '- at: qa-doc:55',
      '  heading: "2. Consider a real-time scenario"',
      '  slug: start-container-on-host-restart',
      '',
    ].join('\n');
    const error = errorOf(() => parseCorrections({ 'topics.yaml': topics, 'entries.yaml': entries }));
    expect(error.file).toBe('content/corrections/entries.yaml');
    expect(error.line).toBe(7);
    expect(error.message).toContain('reason');
  });

  it('names the line of a field with a bad value', () => {
    const entries = ['- at: qa-doc:48', '  heading: "1. Difference"', '  level: expert', '  reason: test', ''].join('\n');
    const error = errorOf(() => parseCorrections({ 'topics.yaml': topics, 'entries.yaml': entries }));
    expect(error.line).toBe(3);
    expect(error.message).toContain('level');
  });

  it('rejects a field it does not know (a misspelt key is not silently ignored)', () => {
    const entries = ['- at: qa-doc:48', '  heading: "1. Difference"', '  titel: A typo', '  reason: test', ''].join('\n');
    const error = errorOf(() => parseCorrections({ 'topics.yaml': topics, 'entries.yaml': entries }));
    expect(error.file).toBe('content/corrections/entries.yaml');
    expect(error.message).toContain('titel');
  });

  it('reads a section heading inserted into layout.yaml, and refuses one deeper than a sub-section, naming its line', () => {
    const record = (depth: number) => ['- source: course-guide', '  lines: 60', '  as: insert-section', '  title: A lost slide title', `  depth: ${depth}`, '  reason: test', ''].join('\n');
    expect(parseCorrections({ 'topics.yaml': topics, 'layout.yaml': record(4) }).layout).toEqual([
      { source: 'course-guide', lines: 60, as: 'insert-section', title: 'A lost slide title', depth: 4, reason: 'test' },
    ]);
    const error = errorOf(() => parseCorrections({ 'topics.yaml': topics, 'layout.yaml': record(5) }));
    expect(error.file).toBe('content/corrections/layout.yaml');
    expect(error.line).toBe(5);
  });

  it('rejects an address that is not "source-id:line"', () => {
    const merges = ['- same: [qa-doc:48, "course guide line 1218"]', '  reason: test', ''].join('\n');
    const error = errorOf(() => parseCorrections({ 'topics.yaml': topics, 'merges.yaml': merges }));
    expect(error.file).toBe('content/corrections/merges.yaml');
    expect(error.line).toBe(1);
  });

  it('rejects a links.yaml target that is neither a question nor a topic', () => {
    const links = ['- source: docker-run-flow', '  text: see that topic', '  to: page:registries', '  reason: test', ''].join('\n');
    const error = errorOf(() => parseCorrections({ 'topics.yaml': topics, 'links.yaml': links }));
    expect(error.file).toBe('content/corrections/links.yaml');
    expect(error.line).toBe(3);
  });

  it('rejects two corrections of the same entry in entries.yaml', () => {
    const entries = [
      '- at: qa-doc:48',
      '  heading: "1. Difference"',
      '  slug: container-vs-virtual-machine',
      '  reason: Short, stable URL.',
      '- at: qa-doc:48',
      '  heading: "1. Difference"',
      '  level: basic',
      '  reason: Another decision about the same entry.',
      '',
    ].join('\n');
    const error = errorOf(() => parseCorrections({ 'topics.yaml': topics, 'entries.yaml': entries }));
    expect(error.file).toBe('content/corrections/entries.yaml');
    expect(error.message).toContain('qa-doc:48');
  });

  it('rejects a topic defined twice', () => {
    const twice = `${topics}\n${topics.slice(topics.indexOf('- slug: fundamentals'), topics.indexOf('- slug: architecture'))}`;
    const error = errorOf(() => parseCorrections({ 'topics.yaml': twice }));
    expect(error.file).toBe('content/corrections/topics.yaml');
    expect(error.message).toContain('fundamentals');
  });

  it('requires topics.yaml', () => {
    const { 'topics.yaml': _, ...rest } = committed;
    const error = errorOf(() => parseCorrections(rest));
    expect(error.file).toBe('content/corrections/topics.yaml');
  });

  it('rejects an empty topics.yaml', () => {
    const error = errorOf(() => parseCorrections({ 'topics.yaml': '# no topics yet\n' }));
    expect(error.file).toBe('content/corrections/topics.yaml');
  });

  it('treats missing optional files as empty', () => {
    const corrections = parseCorrections({ 'topics.yaml': topics });
    expect(corrections.entries).toEqual([]);
    expect(corrections.merges).toEqual([]);
    expect(corrections.links).toEqual([]);
    expect(corrections.topics.length).toBeGreaterThan(0);
  });

  it('treats an optional file holding only comments as empty', () => {
    const corrections = parseCorrections({ 'topics.yaml': topics, 'merges.yaml': '# nothing merged yet\n' });
    expect(corrections.merges).toEqual([]);
  });

  it('names the folder it was given', () => {
    const error = errorOf(() => parseCorrections({}, 'fixtures/corrections'));
    expect(error.file).toBe('fixtures/corrections/topics.yaml');
  });
});

describe('review records (content/corrections/review/*.yaml)', () => {
  const review = (body: string) => ({ 'topics.yaml': topics, 'review/x.yaml': body });
  const record = (summary: string, docs = 'https://docs.docker.com/engine/') =>
    `- at: qa-doc:1\n  heading: "1. Q"\n  summary: ${summary}\n  corrections:\n    - quote: wrong\n      correction: right\n      docs: ${docs}\n`;

  it('reads a record with the file and lines of it and of each correction', () => {
    const [parsed] = parseCorrections(review(`# header\n${record('A short answer.')}`)).reviews;
    expect(parsed).toMatchObject({ at: 'qa-doc:1', summary: 'A short answer.', file: 'content/corrections/review/x.yaml', line: 2 });
    expect(parsed!.corrections).toEqual([{ quote: 'wrong', correction: 'right', docs: 'https://docs.docker.com/engine/', file: 'content/corrections/review/x.yaml', line: 6 }]);
  });

  it('refuses a short answer over 50 words, naming its line', () => {
    const error = errorOf(() => parseCorrections(review(record(Array(51).fill('word').join(' ')))));
    expect(error).toMatchObject({ file: 'content/corrections/review/x.yaml', line: 3 });
    expect(error.reason).toMatch(/at most 50 words/);
  });

  it('refuses a correction that cites no Docker docs page', () => {
    expect(errorOf(() => parseCorrections(review(record('Fine.', 'https://example.com/')))).reason).toMatch(/docs\.docker\.com/);
  });

  it('refuses the same entry reviewed twice', () => {
    expect(errorOf(() => parseCorrections({ ...review(record('One.')), 'review/y.yaml': record('Two.') })).reason).toMatch(/reviewed twice/);
  });
});
