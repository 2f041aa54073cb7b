/** "On this page" lists our answer's sections, not the headings inside the folded sources. */
import type { MarkdownHeading } from 'astro';
import { describe, expect, it } from 'vitest';
import { pageOutline } from '../../src/lib/page-outline.ts';

const heading = (depth: number, slug: string): MarkdownHeading => ({ depth, slug, text: slug });
const page = [heading(2, 'answer'), heading(3, 'why'), heading(2, 'key-points'), heading(2, 'follow-up-questions'), heading(2, 'from-the-sources'), heading(3, 'steps'), heading(4, 'detail')];

describe('pageOutline', () => {
  it('keeps the sections and the answer\'s sub-headings, and leaves out those inside the sources', () => {
    expect(pageOutline(page, true).map((item) => item.slug)).toEqual(['answer', 'why', 'key-points', 'follow-up-questions', 'from-the-sources']);
  });

  it('keeps the sources\' headings when the sources are the whole page (no answer of ours yet)', () => {
    const sourcesOnly = [heading(2, 'from-the-sources'), heading(3, 'steps'), heading(4, 'detail')];
    expect(pageOutline(sourcesOnly, false).map((item) => item.slug)).toEqual(['from-the-sources', 'steps']);
  });
});
