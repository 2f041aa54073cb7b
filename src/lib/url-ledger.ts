/**
 * Reading the URL ledger (content/urls/published.json), for the ingest that
 * keeps it (src/ingest/review/published-urls.ts) and for the build and
 * `npm run headers`, which turn its moved slugs into pages and redirects
 * (deploy/redirects.ts). People may edit it by hand, and every key and
 * `movedTo` ends up in a path of Astro's pages and of the nginx, Netlify and
 * Vercel redirects. So each must be a slug: a key such as `..`, `.*`, one with
 * braces or a newline could otherwise reroute the site or write configuration
 * of its own.
 */

export const LEDGER_FILE = 'content/urls/published.json';

/** A question slug: lower-case letters, digits and "-" (as content/corrections/entries.yaml allows). */
export const SLUG = /^[a-z0-9-]+$/;

export interface PublishedUrl {
  /** Addresses ("<source id>:<heading line>") of the entry when the slug was last live. */
  at: string[];
  /** Set when the slug no longer names a live entry: the slug that now holds its first address. */
  movedTo?: string;
}

export type Ledger = Record<string, PublishedUrl>;

/** What is wrong with the ledger, and on which line of it. */
export class LedgerError extends Error {
  constructor(
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${LEDGER_FILE}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'LedgerError';
  }
}

const NOT_A_SLUG = 'lower-case letters, digits and "-" only';

/** The ledger's questions, every key and `movedTo` checked to be a slug; throws LedgerError. */
export function readLedger(text: string): Ledger {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new LedgerError(undefined, `is not valid JSON (${(error as Error).message}); restore it from git`);
  }
  const questions = (parsed as { questions?: unknown } | null)?.questions;
  if (!questions || typeof questions !== 'object' || Array.isArray(questions)) throw new LedgerError(undefined, 'has no "questions" object; restore it from git');
  for (const [slug, record] of Object.entries(questions as Record<string, unknown>)) {
    const line = () => ledgerLine(text, slug);
    if (!SLUG.test(slug)) throw new LedgerError(line(), `${JSON.stringify(slug)} is not a slug (${NOT_A_SLUG}); delete it or restore the ledger from git`);
    const { at, movedTo } = (record ?? {}) as Partial<Record<keyof PublishedUrl, unknown>>;
    if (!Array.isArray(at) || at.some((address) => typeof address !== 'string')) throw new LedgerError(line(), `"${slug}" needs "at": a list of addresses`);
    if (movedTo !== undefined && (typeof movedTo !== 'string' || !SLUG.test(movedTo))) {
      throw new LedgerError(line(), `"${slug}" moves to ${JSON.stringify(movedTo)}, which is not a slug (${NOT_A_SLUG}); run npm run ingest to set it again`);
    }
  }
  return questions as Ledger;
}

/** The 1-based line where `slug` is a key of the ledger's text, if it is written plainly there. */
export function ledgerLine(text: string | undefined, slug: string): number | undefined {
  if (text === undefined) return undefined;
  const quoted = JSON.stringify(slug);
  for (let index = text.indexOf(quoted); index >= 0; index = text.indexOf(quoted, index + 1)) {
    let next = index + quoted.length;
    while (/\s/.test(text[next] ?? '')) next++;
    if (text[next] === ':') return text.slice(0, index).split('\n').length;
  }
  return undefined;
}
