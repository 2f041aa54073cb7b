/**
 * Slugs: short, readable, stable. Made from the heuristically cleaned title
 * (never from a reviewed rewording, so rewording a title keeps its URL) or
 * pinned in content/corrections/entries.yaml.
 */
const LEADING_QUESTION = /^(whats|hows|whos|what|how|why|when|which|where|who|can|could|would|will|should|do|does|did|is|are|have|has|explain|describe|tell me|tell)\b(\s+(is|are|do|does|you|the|a|an|i|we|me|about|happens?))*\s+/i;
const DROPPED = new Set(['a', 'an', 'the', 'your', 'you', 'i', 'we', 'me', 'my', 'our', 'its', 'it']);
const MAX_LENGTH = 64;

export function slugify(title: string): string {
  // The first clause names the question: "What is X, and how does it…?" is about X.
  const firstClause = title.split(/[?!]\s|\.\s|,\s+and\s|\s[—–]\s/)[0]!;
  const words = firstClause
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(LEADING_QUESTION, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !DROPPED.has(word));
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  return slug || 'entry';
}
