/**
 * Format "markdown": documents already written in markdown (000, 001, 003).
 * Parsing is remark's job (within the nesting limit, nesting-limit.ts); we
 * only check that every code fence is closed, since an unclosed fence
 * silently swallows the rest of the document.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { IngestError } from '../errors.ts';
import { parseMarkdownWithinLimits } from './nesting-limit.ts';

export function parseMarkdown(text: string, file: string): Root {
  const tree = parseMarkdownWithinLimits(text, { file });
  assertFencesClosed(tree, text, file);
  return tree;
}

function assertFencesClosed(tree: Root, text: string, file: string): void {
  const lines = text.split('\n');
  visit(tree, 'code', (node) => {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (start === undefined || end === undefined) return;
    // Fences may sit inside blockquotes ("> ```") or list items; look past those markers.
    const unquote = (line: string | undefined) => (line ?? '').replace(/^(\s*>)+/, '').trim();
    const opening = unquote(lines[start - 1]);
    const fence = /^(`{3,}|~{3,})/.exec(opening)?.[1];
    if (!fence) return; // an indented code block has no fence to close
    const closing = unquote(lines[end - 1]);
    const closed = end > start && closing.startsWith(fence[0]!.repeat(fence.length)) && /^(`+|~+)$/.test(closing);
    if (!closed) throw new IngestError(file, start, `the code fence opened here is never closed`);
  });
}
