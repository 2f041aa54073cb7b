/**
 * The checks every answer file must pass, shared by the content tests and
 * scripts/check-answers.ts: its shape (parse-answer.ts), its examples
 * (check-examples.ts), and that the entry it answers and the entries its
 * follow-ups link exist.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../ingest/errors.ts';
import { checkExample } from './check-examples.ts';
import { parseAnswer, type ParsedAnswer } from './parse-answer.ts';

export interface AnswerFileResult {
  file: string;
  parsed?: ParsedAnswer;
  problems: string[];
  summary: string;
}

/** Slugs of the entries in content/questions (file names), for links and for the entry an answer belongs to. */
export function sourcedEntrySlugs(questionsDir = 'content/questions'): Set<string> {
  const slugs = new Set<string>();
  for (const topic of readdirSync(questionsDir, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const name of readdirSync(join(questionsDir, topic.name))) if (name.endsWith('.mdx')) slugs.add(name.slice(0, -'.mdx'.length));
  }
  return slugs;
}

export async function checkAnswerFiles(files: { file: string; text: string }[], entries = sourcedEntrySlugs()): Promise<AnswerFileResult[]> {
  const results: AnswerFileResult[] = files.map(({ file, text }) => {
    try {
      return { file, parsed: parseAnswer(text, file), problems: [], summary: '' };
    } catch (error) {
      if (error instanceof IngestError) return { file, problems: [error.message], summary: '' };
      throw error;
    }
  });
  // Entries of our own count as entries for links, including ones in files not checked this time.
  const known = new Set([...entries, ...results.flatMap((result) => (result.parsed?.fields.title ? [result.parsed.slug] : []))]);
  for (const result of results) {
    const parsed = result.parsed;
    if (!parsed) continue;
    if (!parsed.fields.title && !known.has(parsed.slug)) {
      result.problems.push(`${parsed.file}:1: no entry has the slug "${parsed.slug}": name the file after an entry in content/questions, or give it a title to make it an entry of our own`);
    }
    for (const followUp of parsed.followUps) {
      if (followUp.slug && !known.has(followUp.slug) && !ownEntryOnDisk(followUp.slug)) result.problems.push(`${parsed.file}:${followUp.line}: the follow-up links "${followUp.slug}", which is no entry`);
      if (followUp.slug === parsed.slug) result.problems.push(`${parsed.file}:${followUp.line}: a follow-up links its own entry`);
    }
    for (const example of parsed.code) {
      const problem = await checkExample(example);
      if (problem) result.problems.push(`${parsed.file}:${example.line}: ${example.lang} example: ${problem}`);
    }
    result.summary = `${parsed.words} words, ${parsed.keyPoints.length} key points, ${parsed.followUps.length} follow-ups, ${parsed.code.length} examples${parsed.fields.review ? ', reviewed' : ''}`;
  }
  return results;
}

/** An entry of our own written in a file that this run did not check. */
function ownEntryOnDisk(slug: string): boolean {
  try {
    return readdirSync('content/answers').includes(`${slug}.md`);
  } catch {
    return false;
  }
}
