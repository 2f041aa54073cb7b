/**
 * Over the built site: each correction shows as a "Correction" callout right
 * after the text it corrects, with the docs page linked; mended code shows
 * what the source had. The callout text is inside the indexed answer.
 */
import { HTMLElement, parse, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/dist.ts';
import { entryOf, normalise, reviews } from '../helpers/reviews.ts';

const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'PRE', 'DIV', 'TABLE', 'UL', 'OL', 'BLOCKQUOTE']);

/**
 * The text the callout follows: the block just before it (other callouts
 * and pointers skipped), or, in a tight list item that has no <p>, the item's own text.
 */
function textBefore(callout: HTMLElement): string {
  const siblings: Node[] = callout.parentNode!.childNodes;
  let text = '';
  for (let index = siblings.indexOf(callout) - 1; index >= 0; index--) {
    const node = siblings[index]!;
    if (node instanceof HTMLElement && (node.classList.contains('correction') || node.classList.contains('see-correction'))) continue;
    if (node instanceof HTMLElement && BLOCK.has(node.tagName)) return text.trim() ? text : plain(node);
    text = plain(node) + text;
  }
  return text;
}

/** Text as shown, code included (the default parse keeps <pre> content as raw HTML). */
const plain = (node: Node) => parse(node.toString(), { blockTextElements: {} }).text;

// Pointers (sameAs) show no callout of their own; tests/content/review.test.ts checks where they stand.
const fixes = reviews.flatMap((review) => review.corrections.flatMap((fix) => ('correction' in fix ? [{ id: entryOf(review).id, fix }] : [])));

describe('correction callouts on the built pages', () => {
  it.each(fixes.map(({ id, fix }) => [`${id}: ${fix.quote.slice(0, 50)}`, id, fix]))('%s', (_, id, fix) => {
    const html = page(`questions/${id}/`);
    const callouts = html.querySelectorAll('[data-pagefind-body] .correction').filter((callout) => normalise(callout.text).includes(normalise(fix.correction)));
    expect(callouts).toHaveLength(1);
    const callout = callouts[0]!;
    expect(callout.getAttribute('role')).toBe('note');
    expect(callout.querySelector('.correction-label')?.text.trim()).toBe('Correction');
    expect(callout.querySelector('.correction-docs a')?.getAttribute('href')).toBe(fix.docs);
    expect(normalise(textBefore(callout))).toContain(normalise(fix.replace ?? fix.quote));
    if (fix.replace) expect(normalise(callout.querySelector('.correction-was code')?.text ?? '')).toBe(normalise(fix.quote));
  });
});
