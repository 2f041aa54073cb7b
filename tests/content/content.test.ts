/**
 * Checks over the committed content/: what a reader would see if the ingest
 * had gone wrong. Expectations about the sources are derived from the raw
 * files directly, not from the pipeline's own code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compare, readInputs } from '../../src/ingest/emit/cli-files.ts';
import { runIngest } from '../../src/ingest/index.ts';
import { MOJIBAKE_SIGNATURE } from '../../src/ingest/steps/repair-mojibake.ts';
import { questionSchema, topicSchema } from '../../src/schemas/content.ts';
import { codeBlocks, contentDir, isOurs, questions, topics } from '../helpers/content.ts';
import { compileContentFile } from '../helpers/mdx.ts';

const topicIds = new Set(topics.map((topic) => topic.id));
const questionIds = new Set(questions.map((question) => question.id));
const references = (collection: 'topics' | 'questions') =>
  z.string().refine((id) => (collection === 'topics' ? topicIds : questionIds).has(id), { message: `no such ${collection} entry` });
const schema = questionSchema(references);
type Question = z.infer<typeof schema>;
// Files that fail the schema are reported by the schema test below; the rest feed the other checks.
const parsed = new Map(questions.flatMap((file) => {
  const result = schema.safeParse(file.data);
  return result.success ? [[file.id, result.data as Question] as const] : [];
}));
const rawSource = (file: string) => readFileSync(join(contentDir, 'sources', file), 'utf8');

describe('schemas', () => {
  it.each(topics.map((t) => [t.path, t]))('%s is a valid topic', (_, topic) => {
    expect(() => topicSchema.parse(topic.data)).not.toThrow();
  });
  it.each(questions.map((q) => [q.path, q]))('%s is a valid entry', (_, question) => {
    const result = schema.safeParse(question.data);
    expect(result.success, result.error?.message).toBe(true);
  });
  it('has 10 to 16 topics, each holding entries', () => {
    expect(topics.length).toBeGreaterThanOrEqual(10);
    expect(topics.length).toBeLessThanOrEqual(16);
    const used = new Set([...parsed.values()].map((entry) => entry.topic));
    expect(used.size).toBeGreaterThanOrEqual(10);
  });
  it('gives every entry a unique id (the URL), and at most six tags (none where it writes no command)', () => {
    expect(questionIds.size).toBe(questions.length);
    for (const [id, entry] of parsed) expect(entry.tags.length, id).toBeLessThanOrEqual(6);
    expect([...parsed.values()].filter((entry) => entry.tags.length > 0).length).toBeGreaterThan(questions.length / 2);
  });
});

describe('every question of the sources is an entry', () => {
  const headingLines = (file: string, pattern: RegExp) =>
    rawSource(file)
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [index + 1] : []));
  const refs = [...parsed.values()].flatMap((entry) => entry.sources.map((ref) => `${ref.source}:${ref.line}`));

  it.each([
    ['qa-doc', '000_8c57ad0391467279.txt', /^## \d+\. /, 36],
    ['qa-doc-mojibake', '001_10e08a4fde064a4e.txt', /^## \d+\. /, 36],
    ['images-guide', '003_33d02d657b68ee83.txt', /^### Q\d+:/, 12],
    ['docker-run-flow', '004_bb4bf25717b52521.txt', /^What happens/, 1],
  ] as const)('%s: all %s questions', (source, file, pattern, count) => {
    const lines = headingLines(file, pattern);
    expect(lines).toHaveLength(count);
    for (const line of lines) expect(refs, `${source}:${line}`).toContain(`${source}:${line}`);
  });

  it('the mojibake copy adds no entry of its own, only its name as a copy', () => {
    for (const entry of parsed.values()) {
      expect(entry.sources[0]?.source).not.toBe('qa-doc-mojibake');
      for (const ref of entry.sources) if (ref.source === 'qa-doc-mojibake') expect(ref.copy).toBe(true);
    }
  });
});

describe('clean text', () => {
  const generated = [...questions, ...topics];
  it('no mojibake signature anywhere', () => {
    for (const file of generated) expect(MOJIBAKE_SIGNATURE.test(file.text), file.path).toBe(false);
  });
  it('no debris: tables of contents, chat links or leftovers, answer labels, heading anchors', () => {
    const debris = [/table of contents/i, /claude\.ai|chatgpt\.com|chat\.openai/i, /would you like me to continue/i, /continuing in next part/i, /\*\*Answer:\*\*/, /\{#[\w-]+\}/];
    for (const file of questions) for (const pattern of debris) expect(file.body, `${file.path} ${pattern}`).not.toMatch(pattern);
  });
  it('titles a reader would ask: no filler, numbering, emoji or shorthand (ours: a reader\'s notes keep their wording)', () => {
    for (const [id, entry] of [...parsed].filter(([, entry]) => isOurs(entry))) {
      expect(entry.title, id).not.toMatch(/\b(um|uh|okay so)\b|\bdiff b\/w\b|^\s*(Q?\d+[.:])|\p{Extended_Pictographic}/iu);
      expect(entry.title, id).not.toMatch(/\b(\w+) \1\b/i);
    }
  });
  it('no emoji in headings or the source headings an entry lists: without an emoji font they show as a box', () => {
    const emoji = /\p{Emoji_Presentation}|\P{White_Space}\uFE0F/u;
    for (const [id, entry] of parsed) for (const source of entry.sources) expect(source.heading, id).not.toMatch(emoji);
    for (const file of questions) for (const line of file.body.split('\n')) if (/^\s*#{1,6} /.test(line)) expect(line, file.path).not.toMatch(emoji);
  });
  it('every entry has an answer (of ours, more than a line)', () => {
    for (const file of questions) {
      const answer = file.body.replace(/\{\/\*[\s\S]*?\*\/\}/, '').trim();
      expect(answer.length, file.path).toBeGreaterThan(isOurs(file.data) ? 40 : 0);
    }
  });
});

describe('code', () => {
  const known = new Set(['bash', 'console', 'dockerfile', 'yaml', 'json', 'ini', 'text', 'python', 'javascript', 'go']);
  it('every code block names its language', () => {
    for (const file of questions) for (const block of codeBlocks(file.body)) expect(known, `${file.path}:${block.line}`).toContain(block.lang);
  });
  it('console blocks hold a prompt; bash blocks do not', () => {
    for (const file of questions) {
      for (const block of codeBlocks(file.body)) {
        if (block.lang === 'console') expect(block.value, file.path).toMatch(/^\s*(\$|\S+@\S+[#$]) /m);
        if (block.lang === 'bash') expect(block.value, file.path).not.toMatch(/^\s*\$ /m);
      }
    }
  });
});

describe('MDX', () => {
  it.each(questions.map((q) => [q.path, q]))('%s compiles', async (_, file) => {
    await expect(compileContentFile(file.text)).resolves.toBeTypeOf('string');
  });
});

describe('npm run ingest -- --check', () => {
  it('the committed content is exactly what the ingest produces', () => {
    const { files } = runIngest(readInputs(contentDir));
    expect(compare(contentDir, files)).toEqual([]);
  });
});
