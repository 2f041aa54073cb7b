/**
 * Mends words that the export split with a stray space ("Dock er", "wil l"),
 * only where that is certain: the joined word occurs elsewhere in the
 * document, and one of the two pieces never occurs on its own.
 */
import type { CleanLine } from './page-furniture.ts';

const MIN_OCCURRENCES = 3;

export function mendSplitWords(lines: CleanLine[]): { lines: CleanLine[]; count: number } {
  const frequency = new Map<string, number>();
  for (const line of lines) for (const word of line.text.toLowerCase().match(/[a-z]+/g) ?? []) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const seen = (word: string) => frequency.get(word.toLowerCase()) ?? 0;

  let count = 0;
  const mended = lines.map((line) => {
    const text = line.text.replace(/\b([A-Za-z]+) ([a-z]+)\b/g, (pair, left: string, right: string) => {
      const joined = `${left}${right}`;
      const certain = seen(joined) >= MIN_OCCURRENCES && (seen(left) <= 1 || seen(right) <= 1) && left.length + right.length > 3;
      if (!certain) return pair;
      count++;
      return joined;
    });
    return text === line.text ? line : { ...line, text };
  });
  return { lines: mended, count };
}
