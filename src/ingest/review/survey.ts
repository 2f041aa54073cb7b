/**
 * How many interview-question banks ask each entry's question, from our survey
 * (content/survey/questions.yaml, method in content/survey/README.md): an entry
 * counts each bank once, across every cluster of questions it answers. Practice
 * and topic pages put the most-asked first.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { IngestError } from '../errors.ts';

export const SURVEY_PATH = 'survey/questions.yaml';
const SURVEY_FILE = `content/${SURVEY_PATH}`;

const clusterSchema = z.object({
  question: z.string().min(1),
  banks: z.array(z.string().min(1)),
  entry: z.string().regex(/^[a-z0-9-]+$/).nullable(),
  status: z.enum(['answered', 'partial', 'missing']).optional(),
});

/** Slug to the number of distinct banks asking a question it answers. */
export function askedCounts(text: string | undefined): Map<string, number> {
  if (text === undefined) return new Map();
  const document = parseDocument(text);
  if (document.errors[0]) throw new IngestError(SURVEY_FILE, document.errors[0].linePos?.[0].line, `is not valid YAML: ${document.errors[0].message.split('\n')[0]}`);
  const parsed = z.array(clusterSchema.passthrough()).safeParse(document.toJS({ maxAliasCount: 0 }) ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IngestError(SURVEY_FILE, undefined, `invalid record at ${issue.path.join('.')}: ${issue.message}`);
  }
  const banks = new Map<string, Set<string>>();
  for (const cluster of parsed.data) {
    if (cluster.entry === null) continue;
    const set = banks.get(cluster.entry) ?? new Set<string>();
    for (const bank of cluster.banks) set.add(bank);
    banks.set(cluster.entry, set);
  }
  return new Map([...banks].map(([slug, set]) => [slug, set.size]));
}
