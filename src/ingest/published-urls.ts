/**
 * Step: keep every published question URL working. The ledger
 * (content/urls/published.json) remembers each slug the site has served and
 * the source headings (addresses) its entry held. When a slug is renamed or
 * its entry merged into another, the old slug is kept and points at the live
 * entry that now holds its first address; the build turns that into redirects
 * for every host (astro.config.mjs, scripts/generate-headers.ts).
 */
import { IngestError } from './errors.ts';
import { GENERATED_MARK } from './emit.ts';
import type { Entry } from './types.ts';

export const LEDGER_PATH = 'urls/published.json';
const LEDGER_FILE = `content/${LEDGER_PATH}`;

export interface PublishedUrl {
  /** Addresses ("<source id>:<heading line>") of the entry when the slug was last live. */
  at: string[];
  /** Set when the slug no longer names a live entry: the slug that now holds its first address. */
  movedTo?: string;
}

export type Ledger = Record<string, PublishedUrl>;

interface LedgerFile {
  questions: Ledger;
}

const COMMENT = `${GENERATED_MARK} Every question URL the site has published; a slug whose entry moved redirects to it. The one hand edit allowed: delete a slug to retire its URL for good.`;

/** Where an entry comes from: its source headings, or for an entry of our own its answer file ("ours:<slug>"). */
export function addressesOf(entry: Pick<Entry, 'slug' | 'sources'>): string[] {
  if (entry.sources.length === 0) return [`ours:${entry.slug}`];
  return entry.sources.map((source) => `${source.source}:${source.line}`);
}

/** Reads the committed ledger; an absent ledger is an empty one (a new site). */
export function parseLedger(text: string | undefined): Ledger {
  if (text === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new IngestError(LEDGER_FILE, undefined, `is not valid JSON (${(error as Error).message}); restore it from git`);
  }
  const questions = (parsed as Partial<LedgerFile> | null)?.questions;
  if (!questions || typeof questions !== 'object') throw new IngestError(LEDGER_FILE, undefined, 'has no "questions" object; restore it from git');
  for (const [slug, record] of Object.entries(questions)) {
    if (!Array.isArray(record?.at) || record.at.some((address) => typeof address !== 'string')) {
      throw new IngestError(LEDGER_FILE, lineOf(text, slug), `"${slug}" needs "at": a list of addresses`);
    }
  }
  return questions;
}

/**
 * The ledger after this ingest: live slugs record their entry's addresses now,
 * and every slug that is no longer live points at the entry holding its first
 * address. A published URL whose headings reach no entry, or a slug reused by a
 * different entry, is an error: either would break links people have saved.
 */
export function updateLedger(previous: Ledger, entries: Pick<Entry, 'slug' | 'sources'>[], ledgerText?: string): Ledger {
  const next: Ledger = {};
  const liveByAddress = new Map<string, string>();
  for (const entry of entries) for (const address of addressesOf(entry)) liveByAddress.set(address, entry.slug);

  for (const entry of entries) {
    const before = previous[entry.slug];
    const addresses = addressesOf(entry);
    if (before && !before.at.some((address) => addresses.includes(address))) {
      throw new IngestError(
        LEDGER_FILE,
        lineOf(ledgerText, entry.slug),
        `/questions/${entry.slug}/ was published for ${before.at.join(', ')}, but the entry now at that URL holds ${addresses.join(', ')}; give the new entry another slug in content/corrections/entries.yaml`,
      );
    }
    next[entry.slug] = { at: addresses };
  }

  for (const [slug, record] of Object.entries(previous)) {
    if (next[slug]) continue;
    const target = record.at.map((address) => liveByAddress.get(address)).find((live) => live !== undefined);
    if (!target) {
      throw new IngestError(
        LEDGER_FILE,
        lineOf(ledgerText, slug),
        `/questions/${slug}/ was published, but none of its source headings (${record.at.join(', ')}) reaches an entry any more; if the URL should go, delete "${slug}" from the ledger`,
      );
    }
    next[slug] = { at: record.at, movedTo: target };
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}

/** Old slug to live slug, for every slug that moved. */
export function movedSlugs(ledger: Ledger): Map<string, string> {
  return new Map(Object.entries(ledger).flatMap(([slug, record]) => (record.movedTo ? [[slug, record.movedTo] as const] : [])));
}

/** One slug a line, so a diff shows exactly which URLs moved. */
export function formatLedger(ledger: Ledger): string {
  const lines = Object.entries(ledger).map(([slug, record]) => `    ${JSON.stringify(slug)}: ${JSON.stringify(record)}`);
  return `{\n  "$comment": ${JSON.stringify(COMMENT)},\n  "questions": {\n${lines.join(',\n')}\n  }\n}\n`;
}

function lineOf(text: string | undefined, slug: string): number | undefined {
  if (text === undefined) return undefined;
  const index = text.indexOf(`"${slug}":`);
  return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}
