/** What the ingest did to each source, printed after every run. */
import type { BoxRepairReport } from '../steps/align-boxes.ts';
import type { DebrisCount } from '../steps/remove-debris.ts';
import type { FenceReport } from '../steps/fence-code.ts';
import type { CodeRepairReport } from '../steps/repair-code.ts';

export interface SourceReport {
  source: string;
  file: string;
  entriesMade: number;
  duplicatesMerged: number;
  copyOf?: string;
  /** The format read, and why: "details, detected: 42 <details> blocks with a <summary>". */
  format?: string;
  charactersRepaired: number;
  lostBytesRestored: number;
  normalised: string[];
  codeBlocks: FenceReport;
  /** Word-processor damage undone inside code. */
  codeRepairs: CodeRepairReport;
  /** Box diagrams: right edges moved onto their corner's column, emoji taken out of boxes. */
  boxes: BoxRepairReport;
  linksRewritten: number;
  debrisRemoved: DebrisCount;
  /** "line N: what is wrong and what to do", printed grouped by file after every run. */
  warnings: string[];
  /** The document is one of ours (sources.json `reviewed`); false for a reader's own notes. */
  reviewed: boolean;
}

export function newSourceReport(source: string, file: string, reviewed = true): SourceReport {
  return {
    source, file, reviewed, entriesMade: 0, duplicatesMerged: 0, charactersRepaired: 0, lostBytesRestored: 0, normalised: [],
    codeBlocks: { byLanguage: {}, changed: 0 }, codeRepairs: { dashes: 0, quotes: 0, capitals: 0 }, boxes: { edges: 0, emoji: 0 }, linksRewritten: 0, debrisRemoved: {}, warnings: [],
  };
}

export interface Totals {
  entries: number;
  topics: number;
  /** Entries whose short answer is ours (content/corrections/review). */
  reviewed: number;
  /** Entries whose short answer is still derived from their first paragraph. */
  derivedSummaries: number;
  corrections: number;
  /** Entries with our answer (content/answers/), and of those the entries of our own. */
  answered: number;
  ours: number;
}

export function formatReport(reports: SourceReport[], totals: Totals): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`${r.source} (${r.file})`);
    if (r.format) lines.push(`  format                  ${r.format}`);
    lines.push(`  entries made            ${r.entriesMade}${r.copyOf ? ` (a second copy of ${r.copyOf}: recorded in its entries' sources)` : ''}`);
    lines.push(`  duplicates merged       ${r.duplicatesMerged}`);
    lines.push(`  characters repaired     ${r.charactersRepaired}${r.lostBytesRestored ? ` (${r.lostBytesRestored} with a lost byte restored)` : ''}`);
    if (r.normalised.length) lines.push(`  normalised              ${r.normalised.join(', ')}`);
    const languages = Object.entries(r.codeBlocks.byLanguage).map(([language, n]) => `${language} ${n}`).join(', ');
    lines.push(`  code blocks             ${languages || 'none'} (${r.codeBlocks.changed} fenced or relabelled)`);
    const { dashes, quotes, capitals } = r.codeRepairs;
    if (dashes + quotes + capitals > 0) lines.push(`  code repaired           ${dashes} dashes to - or --, ${quotes} curly quotes, ${capitals} capitalised commands`);
    if (r.boxes.edges + r.boxes.emoji > 0) lines.push(`  box diagrams aligned    ${r.boxes.edges} right edges moved, ${r.boxes.emoji} emoji taken out of boxes`);
    lines.push(`  links rewritten         ${r.linksRewritten}`);
    const debris = Object.entries(r.debrisRemoved).map(([kind, n]) => `${kind} ${n}`).join(', ');
    lines.push(`  debris removed          ${debris || 'none'}`);
    if (r.warnings.length) lines.push(`  warnings                ${r.warnings.length} (listed below)`);
  }
  lines.push(`${totals.entries} entries in ${totals.topics} topics`);
  lines.push(`${totals.reviewed} reviewed with our short answer, ${totals.corrections} corrections placed`);
  lines.push(`${totals.answered} open with our answer (${totals.ours} of them entries of our own)${totals.answered < totals.entries ? `; ${totals.entries - totals.answered} show only their sources until content/answers/ has one` : ''}`);
  if (totals.derivedSummaries > 0) lines.push(`${totals.derivedSummaries} entries still use a short answer derived from their first paragraph: review them in content/corrections/review/`);
  lines.push(...formatWarnings(reports));
  return lines.join('\n');
}

/** Every warning of the run, grouped by file, each with its line: one run shows everything to fix. */
export function formatWarnings(reports: SourceReport[]): string[] {
  const withWarnings = reports.filter((r) => r.warnings.length > 0);
  const count = withWarnings.reduce((sum, r) => sum + r.warnings.length, 0);
  if (count === 0) return [];
  const lines = ['', `${count} ${count === 1 ? 'warning' : 'warnings'} (nothing was stopped):`];
  for (const r of withWarnings) {
    lines.push(`content/sources/${r.file}${r.reviewed ? '' : ' (your notes: not reviewed)'}`);
    const lineOf = (warning: string) => Number(/^line (\d+)/.exec(warning)?.[1] ?? Infinity);
    for (const warning of [...r.warnings].sort((a, b) => lineOf(a) - lineOf(b))) lines.push(`  ${warning}`);
  }
  return lines;
}

/** Warnings about documents that are not reviewed: what `npm run ingest -- --strict` fails on. */
export function unreviewedWarnings(reports: SourceReport[]): number {
  return reports.filter((r) => !r.reviewed).reduce((sum, r) => sum + r.warnings.length, 0);
}
