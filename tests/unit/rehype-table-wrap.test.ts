import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeTableWrap } from '../../src/markdown/rehype-table-wrap.ts';

const table = (): Element => ({ type: 'element', tagName: 'table', properties: {}, children: [] });
const labels = (tree: Root) => tree.children.map((node) => (node as Element).properties['ariaLabel']);

describe('rehype-table-wrap', () => {
  it('labels the scroll box of a lone table plainly', () => {
    const tree: Root = { type: 'root', children: [table()] };
    rehypeTableWrap()(tree);
    expect(labels(tree)).toEqual(['Table (scrolls sideways)']);
  });

  it('numbers the labels when a page has several tables, so each landmark is unique', () => {
    const tree: Root = { type: 'root', children: [table(), table()] };
    rehypeTableWrap()(tree);
    expect(labels(tree)).toEqual(['Table 1 of 2 (scrolls sideways)', 'Table 2 of 2 (scrolls sideways)']);
  });
});
