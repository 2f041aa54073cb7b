/**
 * Content is rendered, never trusted: a link whose address would run code
 * (javascript:, vbscript:, data:) keeps its text and loses its address.
 * A Sätteri hast plugin (Astro's Markdown processor).
 */
import { defineHastPlugin } from 'satteri';

const UNSAFE = /^\s*(javascript|vbscript|data):/i;
const ADDRESSES = ['href', 'src', 'action', 'formAction'] as const;
/** Every element that can carry one of those addresses. */
const ELEMENTS = ['a', 'area', 'img', 'iframe', 'embed', 'object', 'source', 'track', 'video', 'audio', 'input', 'form', 'button', 'link', 'script'];

export const safeLinks = defineHastPlugin({
  name: 'safe-links',
  element: {
    filter: ELEMENTS,
    visit(node, ctx) {
      for (const attribute of ADDRESSES) {
        const value = node.properties?.[attribute];
        if (typeof value === 'string' && UNSAFE.test(value)) ctx.setProperty(node, attribute, null);
      }
    },
  },
});
