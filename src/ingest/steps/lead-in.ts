/**
 * A short line ending in ":" is either a section title ("Key Features of
 * Volumes:") or a sentence that leads into what follows ("To remove a stopped
 * container, run:", "Think of it like this:", "Or:"). Only titles become
 * headings; a lead-in stays a plain sentence of the text.
 */
const LEAD_WORDS = /^(to|or|and|then|so|think|consider|for example|for instance|in this|this|these|that|here|here's|here’s|once|if|now|below|above|the following|you|we|let's|let us|first|next|finally|also|e\.g\.?|i\.e\.?)\b/i;
/** "…, run:", "you can use:" (lower case: "RUN" alone is the instruction). */
const ENDS_ON_A_VERB = /(?<!docker)\s(run|use|execute|type|enter|do|add|create|see|try)$/;

/** "For a docker run command like:", "Key features of Docker include:": a title never ends on a word that leads into examples. */
const ENDS_ON_A_LINKING_WORD = /\s(like|as|such as|include|includes)$/i;

/** "Again, to skip the prompt": a comma, then the clause that leads on (a list of names has none). */
const CLAUSE_AFTER_COMMA = /,\s+(to|you|we|run|use|consider|then|so|which|here)\b/i;

export function isLeadIn(text: string): boolean {
  const words = text.trim().replace(/(?<![:\s])[:\s]+$/, '');
  return LEAD_WORDS.test(words) || CLAUSE_AFTER_COMMA.test(words) || ENDS_ON_A_VERB.test(words) || ENDS_ON_A_LINKING_WORD.test(words);
}
