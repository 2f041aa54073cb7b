/**
 * Marks the searched words in the answer of a page opened from a search
 * result, whole words only, and scrolls to the best match (unless the link
 * pointed at a section), opening the source fold it sits in: the block holding the most of the query's words,
 * rare words counting more, so "exit code 137" lands on the 137 row rather
 * than on the first "exit".
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
  const marks: HTMLElement[] = [];
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
      marks.push(mark);
      pieces.push(mark);
      from = match.index + match[0].length;
    }
    pieces.push(value.slice(from));
    text.replaceWith(...pieces);
  }
  const best = bestMatch(marks, words);
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  // A match in a source's folded text is shown: its fold opens (so does the fold a section link points into).
  openFoldsAround(target ?? best);
  if (best && !location.hash) best.scrollIntoView({ block: 'center' });
}

function openFoldsAround(element: Element | null | undefined): void {
  for (let fold = element?.closest('details'); fold; fold = fold.parentElement?.closest('details')) fold.open = true;
}

const BLOCKS = 'p, li, tr, dd, dt, h1, h2, h3, h4, pre, blockquote';

/** The first mark of the block whose marks cover the most query words, each word weighted by how rare it is on the page. */
function bestMatch(marks: HTMLElement[], words: string[]): HTMLElement | undefined {
  const key = (mark: HTMLElement) => queryWordOf(mark.textContent ?? '', words);
  const counts = new Map<string, number>();
  for (const mark of marks) counts.set(key(mark), (counts.get(key(mark)) ?? 0) + 1);
  const blocks = new Map<Element, { first: HTMLElement; words: Set<string> }>();
  for (const mark of marks) {
    const block = mark.closest(BLOCKS) ?? mark;
    const seen = blocks.get(block) ?? { first: mark, words: new Set<string>() };
    seen.words.add(key(mark));
    blocks.set(block, seen);
  }
  let best: HTMLElement | undefined;
  let bestScore = 0;
  for (const { first, words } of blocks.values()) {
    const score = [...words].reduce((sum, word) => sum + 1 / counts.get(word)!, 0);
    if (score > bestScore + 1e-9) {
      best = first;
      bestScore = score;
    }
  }
  return best;
}

/** Which query word a marked word is ("Codes" is "code"): the longest one it starts with. */
function queryWordOf(marked: string, words: string[]): string {
  const lower = marked.toLowerCase();
  return [...words].sort((x, y) => y.length - x.length).find((word) => lower.startsWith(word)) ?? lower;
}

/**
 * Whole words, also when the query holds only their start ("restart" marks
 * all of "restarting", "code" all of "Codes"), longest first.
 * Under the `u` flag only syntax characters may be escaped ("\\-" is an error),
 * so `-`, `=` and `_` from "--rm" or "dangling=true" stay as they are.
 */
export function matchPattern(words: string[]): RegExp {
  const escaped = [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}
