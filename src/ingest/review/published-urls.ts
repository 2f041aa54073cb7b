/**
 * Step: keep every published question URL working. The ledger
 * (content/urls/published.json) remembers each slug the site has served and
 * the source headings (addresses) its entry held. When a slug is renamed or
 * its entry merged into another, the old slug is kept and points at the live
 * entry that now holds its first address; the build turns that into redirects
 * for every host (astro.config.mjs, scripts/generate-headers.ts).
 */
import { LEDGER_FILE, LedgerError, ledgerLine as lineOf, readLedger, type Ledger } from '../../lib/url-ledger.ts';
import { IngestError } from '../errors.ts';
import { GENERATED_MARK } from '../emit/emit.ts';
import type { Entry } from '../types.ts';

export type { Ledger, PublishedUrl } from '../../lib/url-ledger.ts';
export const LEDGER_PATH = 'urls/published.json';

const COMMENT = `${GENERATED_MARK} Every question URL the site has published; a slug whose entry moved redirects to it. The one hand edit allowed: delete a slug to retire its URL for good.`;

/** Where an entry comes from: its source headings, or for an entry of our own its answer file ("ours:<slug>"). */
export function addressesOf(entry: Pick<Entry, 'slug' | 'sources'>): string[] {
  if (entry.sources.length === 0) return [`ours:${entry.slug}`];
  return entry.sources.map((source) => `${source.source}:${source.line}`);
}

/**
 * Reads the committed ledger; an absent ledger is an empty one (a new site).
 * A key or `movedTo` that is not a slug stops the ingest (src/lib/url-ledger.ts says why).
 */
export function parseLedger(text: string | undefined): Ledger {
  if (text === undefined) return {};
  try {
    return readLedger(text);
  } catch (error) {
    if (error instanceof LedgerError) throw new IngestError(LEDGER_FILE, error.line, error.reason);
    throw error;
  }
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
