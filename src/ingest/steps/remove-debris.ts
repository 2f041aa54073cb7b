/**
 * Step: remove what is not content. Tables of contents (the site builds its
 * own), horizontal rules used as question separators, heading anchors such as
 * "{#fundamentals}", and the chat leftovers a copied chat answer ends with.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface DebrisCount {
  [kind: string]: number;
}

const TABLE_OF_CONTENTS = /^(table of )?contents$/i;
/** The lookbehind starts a match only where a run of spaces starts, never again inside it: linear. */
const HEADING_ANCHOR = /(?<!\s)\s*\{#[\w-]+\}\s*$/;
/** Sentences that only a chat assistant writes at the end of an answer. */
const CHAT_LEFTOVER =
  /^\(?(continu(ing|ed) in (the )?next part|would you like me to (continue|proceed|go on)|shall i continue|let me know if you('d| would) like|i can continue with)/i;

export function removeDebris(tree: Root): DebrisCount {
  const removed: DebrisCount = {};
  const count = (kind: string, n = 1) => {
    if (n > 0) removed[kind] = (removed[kind] ?? 0) + n;
  };

  const kept: RootContent[] = [];
  let skippingDepth: number | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (skippingDepth !== undefined && node.depth <= skippingDepth) skippingDepth = undefined;
      if (skippingDepth === undefined && TABLE_OF_CONTENTS.test(toString(node).trim())) {
        skippingDepth = node.depth;
        count('table of contents');
        continue;
      }
    }
    if (skippingDepth !== undefined) continue;
    if (node.type === 'thematicBreak') {
      count('separator lines');
      continue;
    }
    if (node.type === 'heading') count('heading anchors', stripHeadingAnchor(node));
    kept.push(node);
  }

  const leftoverAt = kept.findIndex((node) => node.type === 'paragraph' && CHAT_LEFTOVER.test(toString(node).trim()));
  if (leftoverAt !== -1 && kept.slice(leftoverAt).every((node) => node.type !== 'heading')) {
    count('chat leftovers', kept.length - leftoverAt);
    kept.length = leftoverAt;
  }

  tree.children = kept;
  return removed;
}

/** Removes a trailing "{#id}" from a heading's last text node; returns 1 if it did. */
function stripHeadingAnchor(heading: Heading): number {
  const last = heading.children.at(-1);
  if (last?.type !== 'text' || !HEADING_ANCHOR.test(last.value)) return 0;
  last.value = last.value.replace(HEADING_ANCHOR, '');
  return 1;
}
