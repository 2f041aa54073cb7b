/**
 * Plain text of mdast, as a reader would read it aloud: line breaks and block
 * boundaries become spaces (mdast-util-to-string glues "end.Next" together).
 */
import type { Nodes } from 'mdast';

export function plainText(node: Nodes | Nodes[]): string {
  const parts: string[] = [];
  const walk = (current: Nodes) => {
    if (current.type === 'text' || current.type === 'inlineCode' || current.type === 'code') parts.push(current.value);
    else if (current.type === 'break') parts.push(' ');
    else if ('children' in current) {
      const block = !isPhrasing(current);
      if (block) parts.push(' ');
      for (const child of current.children) walk(child as Nodes);
      if (block) parts.push(' ');
    }
  };
  for (const one of Array.isArray(node) ? node : [node]) walk(one);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function isPhrasing(node: Nodes): boolean {
  return ['emphasis', 'strong', 'delete', 'link', 'linkReference'].includes(node.type);
}

/** Sentences of a plain text; a full stop inside ".dockerignore" or "e.g." does not end one. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])(?<!\b(?:e\.g|i\.e|etc|vs|Ex)\.)\s+(?=["'(`]?[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}
