/**
 * Step: related entries, for "see also" on each page: the entries whose titles
 * and tags overlap most with this one's, without being the same question.
 */
import { overlap, titleTerms } from './title-terms.ts';
import type { Entry } from '../types.ts';

const MAX_RELATED = 4;
const MIN_SCORE = 0.2;

export function findRelated(entries: Entry[]): Map<string, string[]> {
  const terms = new Map(entries.map((entry) => [entry.slug, titleTerms([entry.title, ...entry.aliases].join(' '))]));
  const tags = new Map(entries.map((entry) => [entry.slug, new Set(entry.tags)]));
  const related = new Map<string, string[]>();
  for (const entry of entries) {
    const scored = entries
      .filter((other) => other !== entry)
      .map((other) => ({
        slug: other.slug,
        score:
          0.6 * overlap(terms.get(entry.slug)!, terms.get(other.slug)!) +
          0.3 * overlap(tags.get(entry.slug)!, tags.get(other.slug)!) +
          (other.topic === entry.topic ? 0.1 : 0),
      }))
      .filter(({ score }) => score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
    related.set(entry.slug, scored.slice(0, MAX_RELATED).map(({ slug }) => slug));
  }
  return related;
}
