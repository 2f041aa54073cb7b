/**
 * How likely two entries are to be one question, for the duplicate review
 * (content/corrections/merges.yaml). Two signals, each 0..1:
 *
 * - title: shared key terms of the two titles (and "also asked as" phrasings),
 *   as a Jaccard overlap, so "CMD vs ENTRYPOINT" meets "When should you use
 *   CMD, and when ENTRYPOINT?";
 * - body: cosine of the entries' words weighted by rarity (TF-IDF), so two
 *   answers about the same commands and ideas meet whatever their titles say.
 *
 * An entry pair is a candidate when either signal reaches its threshold.
 * The review decides every candidate; the content test fails on an
 * undecided one, so a new source's entries get reviewed too.
 */

export interface Comparable {
  id: string;
  titles: string[];
  body: string;
}

export interface PairScore {
  a: string;
  b: string;
  title: number;
  body: number;
}

/** Candidate thresholds: chosen so every pair a reader could take for one question is above one of them. */
export const TITLE_THRESHOLD = 0.33;
export const BODY_THRESHOLD = 0.25;

const STOP_WORDS = new Set(
  ('a about above after again all also am an and any are as at be because been before being below between both but by can could did do does ' +
    'doing down during each else even every few for from further had has have having here how however i if in into is it its itself just ' +
    'let like may me might more most much must my no nor not now of off often on once one only or other our out over own same see shall ' +
    'should so some such than that the their them then there these they this those through to too under until up use used uses using very ' +
    'was we well were what when where whether which while who whom why will with within without would yes you your docker explain describe ' +
    'tell example examples e g eg etc way ways thing things get gets make makes made need needs want new also instead first second instruction command commands')
    .split(' '),
);

/** Same-meaning words reduced to one term. */
const SYNONYMS: Record<string, string> = {
  differ: 'diff', different: 'diff', difference: 'diff', differences: 'diff', vs: 'diff', versus: 'diff', compare: 'diff', comparison: 'diff',
  containers: 'container', images: 'image', vms: 'vm', dockerfiles: 'dockerfile', volumes: 'volume', networks: 'network', networking: 'network',
  secure: 'security', securing: 'security', troubleshooting: 'troubleshoot', debug: 'troubleshoot', debugging: 'troubleshoot',
  crash: 'fail', crashes: 'fail', crashing: 'fail', fails: 'fail', failing: 'fail', failed: 'fail', failure: 'fail',
  lifecycle: 'lifecycle', life: 'lifecycle', cycle: 'lifecycle', kinds: 'type', types: 'type', kind: 'type',
};

/**
 * Lower-case terms of a text, stop words out, plural "s" off. A word in
 * capitals is a Dockerfile instruction and always counts ("FROM", "ADD").
 */
export function terms(text: string): string[] {
  return text
    .replace(/docker\s+file/gi, 'dockerfile')
    .replace(/virtual\s+machines?/gi, 'vm')
    .split(/[^A-Za-z0-9-]+/)
    .map((word) => word.replace(/^-+|(?<!-)-+$/g, ''))
    .filter((word) => word.length > 1 && (/^[A-Z]{2,}$/.test(word) || !STOP_WORDS.has(word.toLowerCase())))
    .map((word) => word.toLowerCase())
    .map((word) => SYNONYMS[word] ?? word.replace(/(?<=\w{3})s$/, ''));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The best overlap between any phrasing of one entry and any phrasing of the other. */
export function titleSimilarity(a: string[], b: string[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, jaccard(new Set(terms(x)), new Set(terms(y))));
  return best;
}

type Vector = Map<string, number>;

function tfidfVectors(bodies: string[]): Vector[] {
  const counts = bodies.map((body) => {
    const count = new Map<string, number>();
    for (const term of terms(body)) count.set(term, (count.get(term) ?? 0) + 1);
    return count;
  });
  const documentFrequency = new Map<string, number>();
  for (const count of counts) for (const term of count.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return counts.map((count) => {
    const vector: Vector = new Map();
    let norm = 0;
    for (const [term, n] of count) {
      const weight = (1 + Math.log(n)) * Math.log(bodies.length / documentFrequency.get(term)!);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

/** Every pair of entries with both scores. */
export function scorePairs(entries: Comparable[]): PairScore[] {
  const vectors = tfidfVectors(entries.map((entry) => entry.body));
  const pairs: PairScore[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      pairs.push({
        a: entries[i]!.id,
        b: entries[j]!.id,
        title: titleSimilarity(entries[i]!.titles, entries[j]!.titles),
        body: cosine(vectors[i]!, vectors[j]!),
      });
    }
  }
  return pairs;
}

export function isCandidate(pair: PairScore): boolean {
  return pair.title >= TITLE_THRESHOLD || pair.body >= BODY_THRESHOLD;
}
