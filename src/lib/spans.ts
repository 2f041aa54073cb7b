/**
 * Removes bracketed and quoted spans ("[…]", "“…”", "<…>") from a text, in
 * linear time. It does what a replace with /\[[^\]]*\]|“[^”]*”/g and '' does:
 * left to right, each opening mark up to the next closing mark goes. The
 * regex is quadratic on many opening marks with no closing one ("((((…"): each
 * scans to the end of the text. Here a mark whose closing mark is not found
 * once is never looked for again, since none follows.
 */
export function removeSpans(text: string, closingOf: Readonly<Record<string, string>>): string {
  const unclosed = new Set<string>();
  let kept = '';
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const closing = closingOf[text[at]!];
    if (closing === undefined || unclosed.has(closing)) continue;
    const end = text.indexOf(closing, at + 1);
    if (end === -1) {
      unclosed.add(closing);
      continue;
    }
    kept += text.slice(from, at);
    from = end + 1;
    at = end;
  }
  return kept + text.slice(from);
}
