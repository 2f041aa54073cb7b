/**
 * Internal links in content are written from the site root ("/questions/x/");
 * this puts the deployment's base path in front ("/docker-interview/questions/x/"),
 * so content links follow BASE_PATH like every other link.
 * A Sätteri hast plugin (Astro's Markdown processor).
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

export function baseLinks(base: string): HastPluginEntry {
  const prefix = base.replace(/\/?$/, '/');
  if (prefix === '/') return false;
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(prefix)) {
          ctx.setProperty(node, 'href', prefix + href.slice(1));
        }
      },
    },
  });
}
