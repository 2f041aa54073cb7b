/**
 * Puts every table in a box that scrolls sideways, so a wide table never
 * breaks a narrow page. The box is focusable (and labelled) so that keyboard
 * users can scroll it too.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeTableWrap() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: 'Table (scrolls sideways)' },
        children: [node],
      };
    });
  };
}
