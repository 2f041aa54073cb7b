/**
 * Typo distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost one (optimal string alignment), so
 * "netwrok" is one slip from "network".
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many slips a word of `length` letters may hold and still be recognised. */
export function slipsForLength(length: number): number {
  return length <= 4 ? 1 : 2;
}

export const allowedSlips = (word: string): number => slipsForLength(word.length);

/**
 * The vocabulary word nearest to `word`, or undefined when none is within
 * the allowed slips. The vocabulary lists the most widely used words first:
 * on a tie the earlier word wins, and when `word` is in it (a typo in the
 * sources), only words used more widely than it count. A word sharing the
 * first letter wins a tie too, since first letters are rarely mistyped.
 */
export function nearest(word: string, vocabulary: string[]): string | undefined {
  // A word the site uses ("canary", on one page) is only taken for a slip of one letter,
  // never two: "carry" is more common but is not what was meant.
  const limit = vocabulary.includes(word) ? Math.min(1, allowedSlips(word)) : allowedSlips(word);
  let found: string | undefined;
  let foundCost = Infinity;
  for (const candidate of vocabulary) {
    if (candidate === word) break;
    const distance = editDistance(word, candidate, limit);
    if (distance > limit) continue;
    const cost = distance * 2 + (candidate[0] === word[0] ? 0 : 1);
    if (cost < foundCost) {
      found = candidate;
      foundCost = cost;
    }
  }
  return found;
}
