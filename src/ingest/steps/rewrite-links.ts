/**
 * Step: make links safe and useful on our site. Links into a chat website or
 * to in-document anchors (the site has its own structure) keep their text and
 * lose the link; links to localhost become code, since they only name an
 * address on the reader's own machine. Raw HTML is shown as text, never run.
 */
import type { Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export interface LinkReport {
  rewritten: number;
  rawHtml: { line: number; html: string }[];
}

const CHAT_HOSTS = /^https?:\/\/(claude\.ai|chat\.openai\.com|chatgpt\.com|gemini\.google\.com|bard\.google\.com|copilot\.microsoft\.com)(?=[:/?#]|$)/i;
/** Addresses that would run code when followed. */
const UNSAFE_SCHEME = /^\s*(javascript|vbscript|data):/i;
const FLOW_PARENTS = new Set(['root', 'listItem', 'blockquote', 'footnoteDefinition']);
const LOCAL_ADDRESS = /^https?:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0)(?=[:/?#]|$)/i;

export function rewriteLinks(tree: Root): LinkReport {
  const report: LinkReport = { rewritten: 0, rawHtml: [] };

  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'html') {
      report.rawHtml.push({ line: node.position?.start.line ?? 0, html: node.value });
      // In flow position (a block of its own) the text needs a paragraph around it to be phrasing content.
      const text = { type: 'text' as const, value: node.value };
      const asText: RootContent = FLOW_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text] } : text;
      parent.children.splice(index, 1, asText as never);
      return SKIP;
    }
    if (node.type !== 'link') return;
    if (UNSAFE_SCHEME.test(node.url)) {
      report.rawHtml.push({ line: node.position?.start.line ?? 0, html: `link to ${node.url.slice(0, 40)}` });
      parent.children.splice(index, 1, ...(node.children as never[]));
      report.rewritten++;
      return [SKIP, index];
    }
    if (CHAT_HOSTS.test(node.url) || node.url.startsWith('#')) {
      parent.children.splice(index, 1, ...(node.children as never[]));
      report.rewritten++;
      return [SKIP, index];
    }
    if (LOCAL_ADDRESS.test(node.url)) {
      parent.children.splice(index, 1, { type: 'inlineCode', value: node.url } as never);
      report.rewritten++;
      return SKIP;
    }
    return undefined;
  });
  return report;
}
