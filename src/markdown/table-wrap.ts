/**
 * Puts every table in a box that scrolls sideways, so a wide table never
 * breaks a narrow page. The box is focusable (and labelled) so that keyboard
 * users can scroll it too. Each box is a landmark, so on a page with several
 * tables (merged entries have one per source) the labels are numbered to
 * stay unique. A Sätteri hast plugin (Astro's Markdown processor): a first
 * pass counts the tables, a second wraps them.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

export const tableWrap: HastPluginEntry = () => {
  let tables = 0;
  let seen = 0;
  return [
    defineHastPlugin({
      name: 'table-count',
      element: { filter: ['table'], visit: () => void tables++ },
    }),
    defineHastPlugin({
      name: 'table-wrap',
      element: {
        filter: ['table'],
        visit(node, ctx) {
          seen++;
          const label = tables > 1 ? `Table ${seen} of ${tables} (scrolls sideways)` : 'Table (scrolls sideways)';
          ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['table-wrap'], tabIndex: 0, role: 'region', ariaLabel: label }, children: [] });
        },
      },
    }),
  ];
};
