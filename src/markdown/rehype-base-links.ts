/**
 * Internal links in content are written from the site root ("/questions/x/");
 * this puts the deployment's base path in front ("/docker-interview/questions/x/"),
 * so content links follow BASE_PATH like every other link.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/?$/, '/');
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(base)) {
        node.properties['href'] = base + href.slice(1);
      }
    });
  };
}
