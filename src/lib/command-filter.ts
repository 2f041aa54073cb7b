/**
 * The commands page's filter box, as pure functions the page script runs:
 * which lines a filter keeps, and in what order the subcommands come, so
 * "logs" shows docker logs before the docker run lines that set a log driver.
 */

/** The words typed in the filter box, lower case. */
export function filterWords(value: string): string[] {
  return value.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether a line is kept: every word is in its text (the line and what its flags do) or in what its subcommand is. */
export function keepsLine(words: string[], lineText: string, commandText: string): boolean {
  const text = `${lineText} ${commandText}`;
  return words.every((word) => text.includes(word));
}

/**
 * Where a subcommand stands among the kept ones (lower first). It comes first
 * when the words name it ("logs" is a word of docker logs), next when they
 * start its words ("prun"), last when they are only in its lines or its
 * description; among those named, the shorter name first (docker logs before
 * docker compose logs). `names` are its spellings: "docker logs", "docker container logs".
 */
export function commandRank(words: string[], names: string[]): number {
  let best = Infinity;
  for (const name of names) {
    const nameWords = name.toLowerCase().split(/\s+/);
    const extra = nameWords.length;
    if (words.every((word) => nameWords.includes(word))) best = Math.min(best, extra);
    else if (words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)))) best = Math.min(best, 100 + extra);
  }
  return Math.min(best, 200);
}
