/**
 * Our editing on top of the transcription: every entry has a short answer we
 * wrote that says something the answer's opening does not, and every
 * correction is in the committed MDX as a callout right after the text it
 * corrects.
 */
import type { Parent, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../helpers/mdx.ts';
import { ourQuestions } from '../helpers/content.ts';
import { addressesOf, entryOf, normalise, reviews } from '../helpers/reviews.ts';

const PREAMBLE = /^(you can follow|you can use the following|here (is|are) (the|some|a few)|the following|follow these|let's|let us|in this (answer|section)|there are (several|many|various) ways)/i;

/** "Docker Health Checks; Kubernetes Probes; Monitoring Tools": capitalised fragments, no sentence. */
const isHeadingList = (text: string) => {
  const parts = text.replace(/[.]$/, '').split(/;\s*/);
  return parts.length >= 3 && parts.every((part) => /^[A-Z]/.test(part) && part.split(' ').length <= 5);
};

/** The first paragraph of the answer a reader sees under the short answer. */
function opening(body: string): string {
  const tree = parseMdxBody(body);
  let first = '';
  visit(tree, 'paragraph', (node, _index, parent) => {
    if (first || parent?.type === 'blockquote' || parent?.type === 'mdxJsxFlowElement') return;
    const text = normalise(toString(node));
    if (!text.startsWith('Short answer:')) first = text;
  });
  return first;
}

describe('short answers', () => {
  it('every entry from the sources has a review record with our short answer, and its page shows it', () => {
    // An entry of our own carries its short answer in its answer file (content/answers/); a reader's notes have no review.
    for (const entry of ourQuestions.filter((question) => addressesOf(question).length > 0)) {
      // A merged entry shows its first source's short answer (the others keep their corrections).
      const review = addressesOf(entry)
        .map((address) => reviews.find((candidate) => candidate.at === address && candidate.summary !== undefined))
        .find((candidate) => candidate !== undefined);
      expect(review, `${entry.path} has no record in content/corrections/review/`).toBeDefined();
      expect(entry.data['summary']).toBe(normalise(review!.summary!));
    }
  });

  it.each(reviews.filter((review) => review.summary !== undefined).map((review) => [entryOf(review).id, review]))('%s: one to three sentences, at most 50 words, not the opening of the answer, not a preamble or a list of headings', (_, review) => {
    const summary = normalise(review.summary!);
    expect(summary.split(' ').length).toBeLessThanOrEqual(50);
    expect(summary.split(/(?<=[.?!])\s+(?=[A-Z])/).length).toBeLessThanOrEqual(3);
    expect(summary).toMatch(/[.?!)]$/);
    expect(summary).not.toMatch(PREAMBLE);
    expect(isHeadingList(summary), 'a list of headings').toBe(false);
    const start = opening(entryOf(review).body).toLowerCase();
    expect(start.startsWith(summary.slice(0, 40).toLowerCase()), 'the short answer repeats the first sentence below it').toBe(false);
    expect(start.length > 0 && summary.toLowerCase().startsWith(start.slice(0, 40)), `the short answer opens like the answer below it: "${start.slice(0, 60)}"`).toBe(false);
  });
});

describe('corrections', () => {
  const fixes = reviews.flatMap((review) => review.corrections.map((fix) => ({ review, fix })));

  it('there are corrections to check', () => {
    expect(fixes.length).toBeGreaterThan(100);
  });

  /** The callouts (or pointers) on a page that match, each with the text of the block it follows. */
  function placed(body: string, matches: (node: MdxJsxFlowElement) => boolean): { node: MdxJsxFlowElement; before: string }[] {
    const found: { node: MdxJsxFlowElement; before: string }[] = [];
    visit(parseMdxBody(body), 'mdxJsxFlowElement', (node, index, parent) => {
      if (!matches(node)) return;
      // Callouts after the same block stand together: the block is the nearest sibling that is not one.
      const siblings = (parent as Parent).children as RootContent[];
      let at = index! - 1;
      while (at >= 0 && siblings[at]!.type === 'mdxJsxFlowElement') at--;
      found.push({ node, before: normalise(toString(siblings[at]!)) });
    });
    return found;
  }
  const attribute = (node: MdxJsxFlowElement, name: string) => node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name)?.value;

  const callouts = fixes.flatMap(({ review, fix }) => ('correction' in fix ? [{ review, fix }] : []));
  it.each(callouts.map(({ review, fix }) => [`${entryOf(review).id}: ${fix.quote.slice(0, 50)}`, review, fix]))('%s: the callout follows the text it corrects', (_, review, fix) => {
    const found = placed(entryOf(review).body, (node) => node.name === 'Correction' && normalise(toString(node)) === normalise(fix.correction));
    expect(found, 'exactly one callout with this correction').toHaveLength(1);
    const { node: callout, before } = found[0]!;
    expect(callout.attributes).toContainEqual(expect.objectContaining({ name: 'docs', value: fix.docs }));
    expect(before).toContain(normalise(fix.replace ?? fix.quote));
  });

  const pointers = fixes.flatMap(({ review, fix }) => ('sameAs' in fix ? [{ review, fix }] : []));
  it.each(pointers.map(({ review, fix }) => [`${entryOf(review).id}: ${fix.quote.slice(0, 50)}`, review, fix]))('%s: a pointer to the earlier callout follows the repeated mistake', (_, review, fix) => {
    const body = entryOf(review).body;
    const found = placed(body, (node) => node.name === 'SeeCorrection' && attribute(node, 'quote') === normalise(fix.sameAs)).filter(({ before }) => before.includes(normalise(fix.quote)));
    expect(found, 'exactly one pointer after the quoted text').toHaveLength(1);
    const target = attribute(found[0]!.node, 'to');
    const callout = placed(body, (node) => node.name === 'Correction' && attribute(node, 'id') === target);
    expect(callout, 'the pointer leads to a callout on the page').toHaveLength(1);
    expect(callout[0]!.before).toContain(normalise(fix.sameAs));
  });
});
