/**
 * Wraps every highlighted code block in a figure whose caption names the
 * language and holds a copy button. The button starts hidden: without
 * JavaScript it could do nothing, so the copy script reveals it.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const BOX_DRAWING = /[\u2500-\u257F]|^\s*[+|][-+|]/m;

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

export function rehypeCodeFigure() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const language = String(node.properties['dataLanguage'] ?? 'text');
      const label = language === 'text' && BOX_DRAWING.test(toString(node)) ? 'Diagram' : (LABELS[language] ?? language);
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['code'] },
        children: [
          {
            type: 'element',
            tagName: 'figcaption',
            // The label and button are chrome: keep them out of search excerpts.
            properties: { dataPagefindIgnore: '' },
            children: [
              { type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: label }] },
              { type: 'element', tagName: 'button', properties: { type: 'button', hidden: true, dataCopy: '' }, children: [{ type: 'text', value: 'Copy' }] },
            ],
          },
          // A diagram's box-drawing rules would read as noise in an excerpt.
          label === 'Diagram' ? { ...node, properties: { ...node.properties, dataPagefindIgnore: '' } } : node,
        ],
      };
      parent.children[index] = figure;
    });
  };
}
