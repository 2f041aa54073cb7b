/** The committed review records (content/corrections/review/*.yaml), each with the entry it belongs to. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorrections, type Review } from '../../src/ingest/review/corrections.ts';
import { questions, type ContentFile } from './content.ts';
import { projectRoot } from './ingest-input.ts';

const folder = join(projectRoot, 'content/corrections');
const texts: Record<string, string> = { 'topics.yaml': readFileSync(join(folder, 'topics.yaml'), 'utf8') };
for (const name of readdirSync(join(folder, 'review'))) texts[`review/${name}`] = readFileSync(join(folder, 'review', name), 'utf8');

export const reviews: Review[] = parseCorrections(texts).reviews;

/** The addresses ("source:line") of an entry's sources. */
export function addressesOf(entry: ContentFile): string[] {
  return ((entry.data['sources'] as { source: string; line: number }[] | undefined) ?? []).map((source) => `${source.source}:${source.line}`);
}

export function entryOf(review: Review): ContentFile {
  const entry = questions.find((candidate) => addressesOf(candidate).includes(review.at));
  if (!entry) throw new Error(`${review.file}: no entry has the source ${review.at}`);
  return entry;
}

/** White space folded, as a reader sees text. */
export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
