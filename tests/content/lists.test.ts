/**
 * Lists read as their author numbered them: an ordered list that does not
 * start at 1 is the continuation of the numbered list just before it (the
 * same numbering going on after a note), never a stray restart or a jump;
 * and "Example:" never hangs at the end of a bullet.
 */
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../helpers/mdx.ts';
import { ourQuestions } from '../helpers/content.ts';

// List numbering is our editing of the sources; a reader's notes keep theirs.
const trees = ourQuestions.map((entry) => ({ id: entry.id, tree: parseMdxBody(entry.body) }));

describe('lists', () => {
  it('every numbered list starts at 1, or goes on from the numbered list before it at the same level', () => {
    const wrong: string[] = [];
    for (const { id, tree } of trees) {
      visit(tree, 'list', (list: List, index, parent) => {
        if (!list.ordered || (list.start ?? 1) === 1 || index === undefined || !parent) return;
        const before = (parent.children as RootContent[]).slice(0, index).findLast((node): node is List => node.type === 'list' && node.ordered === true);
        const previousEnd = before ? (before.start ?? 1) + before.children.length - 1 : undefined;
        if (previousEnd !== list.start! - 1) wrong.push(`${id}: a list starts at ${list.start} after ${previousEnd ?? 'no numbered list'}: "${toString(list.children[0]!).slice(0, 50)}"`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('no bullet ends in a dangling "Example:"', () => {
    const dangling: string[] = [];
    for (const { id, tree } of trees) {
      visit(tree, 'listItem', (item) => {
        const first = item.children[0];
        if (first?.type === 'paragraph' && /\S\s+Example:$/.test(toString(first).trim())) dangling.push(`${id}: ${toString(first).slice(-60)}`);
      });
    }
    expect(dangling).toEqual([]);
  });
});
