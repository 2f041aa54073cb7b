/**
 * Content is rendered, never trusted: a link whose address would run code
 * (javascript:, vbscript:, data:) keeps its text and loses its address.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const UNSAFE = /^\s*(javascript|vbscript|data):/i;

export function rehypeSafeLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const attribute of ['href', 'src', 'action', 'formAction'] as const) {
        const value = node.properties[attribute];
        if (typeof value === 'string' && UNSAFE.test(value)) delete node.properties[attribute];
      }
    });
  };
}
