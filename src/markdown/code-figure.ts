/**
 * Wraps every highlighted code block in a figure whose caption names the
 * language and holds a copy button. The button starts hidden: without
 * JavaScript it could do nothing, so the copy script reveals it.
 * A Sätteri hast plugin (Astro's Markdown processor); it runs after Shiki.
 */
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';

/**
 * Box-drawing characters, or a line that starts with "+-" or "|" after its own indent
 * ([^\S\n\r\u2028\u2029]: "^\s*" would rescan a run of blank lines from each of them, quadratic).
 */
const BOX_DRAWING = /[\u2500-\u257F]|^[^\S\n\r\u2028\u2029]*[+|][-+|]/m;

const LABELS: Record<string, string> = {
  bash: 'Shell',
  console: 'Terminal',
  dockerfile: 'Dockerfile',
  yaml: 'YAML',
  json: 'JSON',
  ini: 'Config',
  text: 'Text',
  python: 'Python',
  javascript: 'JavaScript',
  go: 'Go',
};

export const codeFigure = defineHastPlugin({
  name: 'code-figure',
  element: {
    filter: ['pre'],
    visit(node, ctx) {
      const language = String(node.properties?.['dataLanguage'] ?? 'text');
      const label = language === 'text' && BOX_DRAWING.test(ctx.textContent(node)) ? 'Diagram' : (LABELS[language] ?? language);
      // A diagram's box-drawing rules would read as noise in an excerpt.
      const pre = label === 'Diagram' ? { ...node, properties: { ...node.properties, dataPagefindIgnore: '' } } : node;
      const caption: Element = {
        type: 'element',
        tagName: 'figcaption',
        // The label and button are chrome: keep them out of search excerpts.
        properties: { dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: label }] },
          { type: 'element', tagName: 'button', properties: { type: 'button', hidden: true, dataCopy: '' }, children: [{ type: 'text', value: 'Copy' }] },
        ],
      };
      ctx.replaceNode(node, { type: 'element', tagName: 'figure', properties: { className: ['code'] }, children: [caption, pre] });
    },
  },
});
