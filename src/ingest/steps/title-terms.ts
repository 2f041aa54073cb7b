/**
 * What a question is about, as a set of normalised terms, so that two
 * phrasings of one question can be recognised: "Diff b/w CMD and Entrypoint"
 * and "How does CMD differ from ENTRYPOINT?" both become {diff, cmd, entrypoint}.
 */
const SYNONYMS: Record<string, string> = {
  differ: 'diff', different: 'diff', difference: 'diff', differences: 'diff', vs: 'diff', versus: 'diff', compare: 'diff', comparison: 'diff',
  modify: 'modify', change: 'modify', changes: 'modify', edit: 'modify', alter: 'modify', update: 'modify',
  containers: 'container', images: 'image', vms: 'vm', machine: 'vm', virtual: 'vm',
  dockerfiles: 'dockerfile', file: 'file', stopping: 'stop', killing: 'kill', running: 'run', runs: 'run',
  happens: 'happen', happened: 'happen', volumes: 'volume', networks: 'network', networking: 'network',
  secure: 'security', securing: 'security', optimize: 'optimise', optimizing: 'optimise', optimising: 'optimise', optimization: 'optimise',
  troubleshoot: 'troubleshoot', troubleshooting: 'troubleshoot', debug: 'troubleshoot', lifecycle: 'lifecycle', life: 'lifecycle', cycle: 'lifecycle',
};
const STOP_WORDS = new Set(
  ('what is are was were the a an of in on and or how do does did you your can could would will should i we it its this that these those ' +
    'to for with from by be been being when which why where who explain describe tell me about some any give example examples docker ' +
    'between there their them they using use used existing exist make makes made into inside one another each its let say so then if ' +
    'step by end all list mean means meant understand know work works purpose role main key common detail detailed briefly').split(' '),
);

export function titleTerms(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/docker\s+file/g, 'dockerfile')
    .replace(/virtual\s+machines?/g, 'vm')
    .split(/[^a-z0-9-]+/)
    .filter(Boolean);
  const terms = new Set<string>();
  for (const word of words) {
    const term = SYNONYMS[word] ?? word.replace(/(?<=\w{3})s$/, '');
    if (!STOP_WORDS.has(term) && !STOP_WORDS.has(word)) terms.add(term);
  }
  return terms;
}

/** Jaccard similarity of two term sets (0 when either is empty). */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * How alike two question titles are: the better of comparing the whole titles
 * and comparing their first sentences ("Can you modify a Docker image? What
 * happens when…" is first of all "Can you modify a Docker image?").
 */
export function titleSimilarity(a: string, b: string): number {
  const first = (text: string) => text.split(/(?<=[?.!])\s+|(?<!\s)\s+[—–]\s+/)[0] ?? text;
  return Math.max(overlap(titleTerms(a), titleTerms(b)), overlap(titleTerms(first(a)), titleTerms(first(b))));
}
