/**
 * Step: our reviewed answers (content/answers/, format in its README.md) join
 * the entries. An answer named after an entry's slug opens that entry's page;
 * an answer with a title is an entry of its own, with no source. Links inside
 * an answer and its follow-ups name entries by slug; each must exist.
 */
import type { TopicConfig } from './corrections.ts';
import { IngestError } from '../errors.ts';
import { parseAnswer, type ParsedAnswer } from '../../answers/parse-answer.ts';
import type { Entry } from '../types.ts';
import { visit } from 'unist-util-visit';

/** Every answer file, by the slug it is named after. */
export function parseAnswers(texts: Record<string, string>): Map<string, ParsedAnswer> {
  const answers = new Map<string, ParsedAnswer>();
  for (const [file, text] of Object.entries(texts).sort(([a], [b]) => a.localeCompare(b))) {
    const answer = parseAnswer(text, file);
    answers.set(answer.slug, answer);
  }
  return answers;
}

/** The entries our answers make on their own (those with a title). */
export function ownEntries(answers: Map<string, ParsedAnswer>, topics: TopicConfig[]): Entry[] {
  const entries: Entry[] = [];
  for (const answer of answers.values()) {
    const fields = answer.fields;
    if (fields.title === undefined) continue;
    if (!topics.some((topic) => topic.slug === fields.topic)) {
      throw new IngestError(answer.file, 1, `topic "${fields.topic}" is not in content/corrections/topics.yaml (${topics.map((topic) => topic.slug).join(', ')})`);
    }
    entries.push({
      slug: answer.slug,
      title: fields.title,
      kind: fields.kind!,
      topic: fields.topic!,
      order: 0,
      summary: fields.summary!.trim(),
      level: fields.level!,
      tags: fields.tags ?? [],
      aliases: fields.aliases ?? [],
      related: [],
      sources: [],
      answers: [],
      reviewed: true,
      ours: answer,
      asked: 0,
    });
  }
  return entries;
}

/**
 * Gives each entry from the sources its answer, and checks that every answer
 * found its entry and that every entry an answer links exists.
 */
export function attachAnswers(entries: Entry[], answers: Map<string, ParsedAnswer>): void {
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  for (const answer of answers.values()) {
    const entry = bySlug.get(answer.slug);
    if (!entry) throw new IngestError(answer.file, 1, `no entry has the slug "${answer.slug}": name the file after an entry's URL, or give it a title to make it an entry of its own`);
    if (answer.fields.title === undefined && entry.sources.length === 0) continue;
    if (answer.fields.title !== undefined && entry.ours !== answer) {
      throw new IngestError(answer.file, 1, `"${answer.slug}" is already the URL of an entry from the sources; an entry of our own needs a slug of its own`);
    }
    entry.ours = answer;
    // Phrasings candidates use, beside the ones the sources asked.
    if (entry.sources.length > 0) entry.aliases = [...new Set([...entry.aliases, ...(answer.fields.aliases ?? [])])].filter((alias) => alias !== entry.title);
    for (const followUp of answer.followUps) {
      if (followUp.slug !== undefined && !bySlug.has(followUp.slug)) throw new IngestError(answer.file, followUp.line, `the follow-up links "${followUp.slug}", which is no entry`);
    }
    for (const node of answer.answer) {
      visit(node, 'link', (link) => {
        if (/^[a-z0-9-]+$/.test(link.url) && !bySlug.has(link.url)) {
          throw new IngestError(answer.file, answer.bodyLine + (link.position?.start.line ?? 1) - 1, `the answer links "${link.url}", which is no entry`);
        }
      });
    }
  }
}
