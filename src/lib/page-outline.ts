/**
 * The "On this page" of an entry: its sections (Answer, Key points, Follow-up
 * questions, From the sources) and the answer's own sub-headings. Headings
 * inside the folded source text are left out, so the outline stays short;
 * when the sources are the whole page (no answer of ours yet), they stay in.
 */
import type { MarkdownHeading } from 'astro';

export const FROM_SOURCES_ID = 'from-the-sources';

export function pageOutline(headings: MarkdownHeading[], hasOurAnswer: boolean): MarkdownHeading[] {
  const sources = headings.findIndex((heading) => heading.slug === FROM_SOURCES_ID);
  return headings.filter((heading, index) => heading.depth === 2 || (heading.depth === 3 && (!hasOurAnswer || sources < 0 || index < sources)));
}
