/**
 * Our answers (content/answers/): every entry has one, each has the shape a
 * strong candidate's answer has, was reviewed a second time, and every example
 * in it goes through a real parser (Dockerfile, Compose schema, shell, JSON, YAML).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswerFiles } from '../../src/answers/check-answer-files.ts';
import { contentDir, ourQuestions } from '../helpers/content.ts';

const answersDir = join(contentDir, 'answers');
const files = readdirSync(answersDir)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => ({ file: `content/answers/${name}`, text: readFileSync(join(answersDir, name), 'utf8') }));
const results = await checkAnswerFiles(files);

describe('our answers', () => {
  it.each(results.map((result) => [result.file, result]))('%s: shape, links and every example parse', (_, result) => {
    expect(result.problems).toEqual([]);
  });

  it.each(results.map((result) => [result.file, result]))('%s: checked against the docs and reviewed a second time', (_, result) => {
    expect(result.parsed?.fields.docs.length).toBeGreaterThan(0);
    expect(result.parsed?.fields.review, 'a second review, by someone who did not write it').toBeDefined();
  });

  it('every entry of ours opens with our answer (a reader\'s notes show their own text)', () => {
    const answered = new Set(results.map((result) => result.parsed?.slug));
    expect(ourQuestions.filter((entry) => !answered.has(entry.id)).map((entry) => entry.path)).toEqual([]);
  });

  it('the examples include every kind the checker parses, so none of the parsers is idle', () => {
    const languages = new Set(results.flatMap((result) => result.parsed?.code.map((example) => example.lang) ?? []));
    for (const lang of ['dockerfile', 'yaml', 'bash', 'console']) expect(languages).toContain(lang);
  });
});
