/**
 * Marks the searched words in the answer of a page opened from a search
 * result, and scrolls to the first one (unless the link pointed at a section).
 */
import { queryWords } from './search-words';

export function markMatches(query: string): void {
  const root = document.querySelector('[data-pagefind-body]');
  const words = queryWords(query).filter((word) => word.length > 1);
  if (!root || !words.length) return;
  const pattern = matchPattern(words);

  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (!node.parentElement?.closest('[data-pagefind-ignore], script, style')) texts.push(node);
  }
  let first: HTMLElement | undefined;
  for (const text of texts) {
    const value = text.data;
    const matches = [...value.matchAll(pattern)];
    if (!matches.length) continue;
    const pieces: (string | HTMLElement)[] = [];
    let from = 0;
    for (const match of matches) {
      pieces.push(value.slice(from, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      mark.textContent = match[0];
      first ??= mark;
      pieces.push(mark);
      from = match.index + match[0].length;
    }
    pieces.push(value.slice(from));
    text.replaceWith(...pieces);
  }
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}

/**
 * Whole words or their start ("restart" marks "restarting"), longest first.
 * Under the `u` flag only syntax characters may be escaped ("\\-" is an error),
 * so `-`, `=` and `_` from "--rm" or "dangling=true" stay as they are.
 */
export function matchPattern(words: string[]): RegExp {
  const escaped = [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${escaped.join('|')})`, 'giu');
}
