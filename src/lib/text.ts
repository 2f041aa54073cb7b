/** Small text helpers for page metadata. */

/** A description for <meta>: one line, at most `max` characters, cut at a word. */
export function metaDescription(text: string, max = 158): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
