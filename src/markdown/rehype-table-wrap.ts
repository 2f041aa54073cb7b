/**
 * Puts every table in a box that scrolls sideways, so a wide table never
 * breaks a narrow page. The box is focusable (and labelled) so that keyboard
 * users can scroll it too. Each box is a landmark, so on a page with several
 * tables (merged entries have one per source) the labels are numbered to
 * stay unique.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeTableWrap() {
  return (tree: Root) => {
    let tables = 0;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'table') tables++;
    });
    let seen = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      seen++;
      const label = tables > 1 ? `Table ${seen} of ${tables} (scrolls sideways)` : 'Table (scrolls sideways)';
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: label },
        children: [node],
      };
    });
  };
}
