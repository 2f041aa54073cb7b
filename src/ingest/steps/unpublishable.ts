/**
 * Step, for a reader's own notes only: what a heading cut out of them that is
 * no question with its answer, and so is not published (the report says why).
 */
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { RawEntry } from '../types.ts';

/** Why the entry is not published, or undefined when it is fine. */
export function unpublishable(raw: Pick<RawEntry, 'heading' | 'body'>): string | undefined {
  if (onlyOffSiteLinks(raw.body)) return `the answer to "${raw.heading}" is only a link to another site, so it is not published; write the answer in your own words`;
  if (onlyMoreQuestions(raw)) return `"${raw.heading}" is a list of questions with no answers, so it is not published; give each question its own heading and answer`;
  return undefined;
}

/** An answer that is nothing but a link to another site (and a word or two). */
function onlyOffSiteLinks(body: RootContent[]): boolean {
  let links = 0;
  let words = 0;
  let more = false;
  for (const node of body) {
    visit(node, (child) => {
      if (child.type === 'link') {
        if (/^https?:\/\//i.test(child.url)) links++;
        else more = true;
        return SKIP;
      }
      if (child.type === 'code' || child.type === 'inlineCode' || child.type === 'image' || child.type === 'table' || child.type === 'html') {
        more = true;
        return SKIP;
      }
      if (child.type === 'text') words += child.value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
      return undefined;
    });
  }
  return links > 0 && !more && words <= 3;
}

/** "Follow-up Questions:" over a list of questions: a heading that asks nothing, above questions that answer nothing. */
function onlyMoreQuestions({ heading, body }: Pick<RawEntry, 'heading' | 'body'>): boolean {
  if (heading.includes('?')) return false;
  const lists = body.filter((node): node is List => node.type === 'list');
  if (lists.length !== 1 || body.some((node) => node.type !== 'list' && toString(node).trim() !== '')) return false;
  const items = lists[0]!.children.map((item) => toString(item).trim());
  return items.length > 0 && items.every((item) => item.endsWith('?'));
}
