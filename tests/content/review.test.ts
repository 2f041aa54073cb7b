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
import { questions } from '../helpers/content.ts';
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
  it('every entry has a review record with our short answer, and its page shows it', () => {
    for (const entry of questions) {
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

  const callouts = fixes.filter(({ fix }) => 'correction' in fix);
  const pointers = fixes.filter(({ fix }) => 'sameAs' in fix);

  it.each(callouts.map(({ review, fix }) => [`${entryOf(review).id}: ${fix.quote.slice(0, 50)}`, review, fix]))('%s: the callout follows the text it corrects', (_, review, fix) => {
    const tree = parseMdxBody(entryOf(review).body);
    const found: { callout: MdxJsxFlowElement; before: string }[] = [];
    visit(tree, 'mdxJsxFlowElement', (node, index, parent) => {
      if (node.name !== 'Correction' || normalise(toString(node)) !== normalise(fix.correction)) return;
      // Callouts after the same block stand together: the block is the nearest sibling that is not one.
      const siblings = (parent as Parent).children as RootContent[];
      let at = index! - 1;
      while (at >= 0 && siblings[at]!.type === 'mdxJsxFlowElement') at--;
      found.push({ callout: node, before: normalise(toString(siblings[at]!)) });
    });
    expect(found, 'exactly one callout with this correction').toHaveLength(1);
    const { callout, before } = found[0]!;
    expect(callout.attributes).toContainEqual(expect.objectContaining({ name: 'docs', value: fix.docs }));
    expect(before).toContain(normalise(fix.replace ?? fix.quote));
  });

  it.each(pointers.map(({ review, fix }) => [`${entryOf(review).id}: ${fix.quote.slice(0, 50)}`, review, fix]))('%s: a repeat points back to the callout it repeats', (_, review, fix) => {
    const tree = parseMdxBody(entryOf(review).body);
    // The callout the pointer names: the one correcting the quote given as sameAs.
    const ids: string[] = [];
    const found: { pointer: MdxJsxFlowElement; before: string }[] = [];
    visit(tree, 'mdxJsxFlowElement', (node, index, parent) => {
      const attribute = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const target = fixes.find((other) => entryOf(other.review) === entryOf(review) && 'correction' in other.fix && normalise(other.fix.quote) === normalise(fix.sameAs));
      if (node.name === 'Correction' && target && normalise(toString(node)) === normalise(target.fix.correction)) ids.push(String(attribute('id')));
      if (node.name !== 'SeeCorrection' || attribute('quote') !== normalise(fix.sameAs)) return;
      const siblings = (parent as Parent).children as RootContent[];
      let at = index! - 1;
      while (at >= 0 && siblings[at]!.type === 'mdxJsxFlowElement') at--;
      const before = normalise(toString(siblings[at]!));
      if (before.includes(normalise(fix.quote))) found.push({ pointer: node, before });
    });
    expect(ids, 'exactly one callout corrects the quote the repeat names').toHaveLength(1);
    expect(found, 'exactly one pointer after the repeated text').toHaveLength(1);
    expect(found[0]!.pointer.attributes).toContainEqual(expect.objectContaining({ name: 'to', value: ids[0] }));
  });
});
