/**
 * Reviewed layout decisions for a page-layout source, from
 * content/corrections/layout.yaml: lines that are (or are not) headings,
 * ranges that are code or a table, examples to move back where they belong,
 * and lines that are debris. Every record must match something; a record that
 * matches nothing is stale and stops the ingest.
 */
import type { LayoutCorrection } from '../../review/corrections.ts';
import { IngestError } from '../../errors.ts';
import type { Block } from './blocks.ts';
import type { CleanLine } from './page-furniture.ts';
import { buildTable } from './tables.ts';

export interface HeadingOverride {
  rank: 2 | 3 | 4 | 'text';
  title?: string;
  kind?: 'note' | 'question';
}

interface Range {
  from: number;
  to: number;
}

export class Layout {
  private readonly used = new Set<LayoutCorrection>();

  constructor(
    private readonly records: LayoutCorrection[],
    private readonly file = 'content/corrections/layout.yaml',
  ) {}

  /** Removes debris lines and moves misplaced examples; moved lines become blocks of their own. */
  arrange(lines: CleanLine[]): CleanLine[] {
    let arranged = lines;
    for (const record of this.records) {
      if (record.as !== 'debris') continue;
      const { from, to } = range(record.lines);
      arranged = arranged.filter((line) => line.no < from || line.no > to);
      this.used.add(record);
    }
    for (const record of this.records) {
      if (record.as !== 'move') continue;
      const { from, to } = range(record.lines);
      const moving = arranged.filter((line) => line.no >= from && line.no <= to);
      const rest = arranged.filter((line) => line.no < from || line.no > to);
      const at = rest.findIndex((line) => line.no === record.after);
      if (moving.length === 0 || at === -1) throw this.stale(record);
      const separator = (no: number): CleanLine => ({ no, text: '', blank: false, spacer: true, pageStart: false, trailingSpace: false, indent: 0, afterPageBreak: false, hardBreak: true });
      arranged = [...rest.slice(0, at + 1), separator(record.after), ...moving, separator(to), ...rest.slice(at + 1)];
      this.used.add(record);
    }
    return arranged;
  }

  headingAt(line: number): HeadingOverride | undefined {
    const record = this.find(line, ['entry', 'section', 'text']);
    if (!record) return undefined;
    if (record.as === 'text') return { rank: 'text' };
    if (record.as === 'entry') return { rank: 2, ...(record.title ? { title: record.title } : {}), ...(record.kind ? { kind: record.kind } : {}) };
    if (record.as === 'section') return { rank: record.depth ?? 3, ...(record.title ? { title: record.title } : {}) };
    return undefined;
  }

  /** Entry and section headings the source lacks, to insert before this line. */
  headingsInsertedBefore(line: number): { rank: 2 | 3 | 4; title: string; kind?: 'note' | 'question' }[] {
    return this.records
      .filter(
        (record): record is Extract<LayoutCorrection, { as: 'insert-entry' | 'insert-section' }> =>
          (record.as === 'insert-entry' || record.as === 'insert-section') && range(record.lines).from === line,
      )
      .map((record) => {
        this.used.add(record);
        if (record.as === 'insert-section') return { rank: record.depth ?? 3, title: record.title };
        return { rank: 2 as const, title: record.title, ...(record.kind ? { kind: record.kind } : {}) };
      });
  }

  codeAt(line: number): (Range & { lang?: string; label?: string }) | undefined {
    const record = this.find(line, ['code']);
    if (record?.as !== 'code') return undefined;
    return { ...range(record.lines), ...(record.lang ? { lang: record.lang } : {}), ...(record.label ? { label: record.label } : {}) };
  }

  tableStartingAt(line: number): (Range & { build: (lines: CleanLine[], index: number) => Block }) | undefined {
    const record = this.find(line, ['table']);
    if (record?.as !== 'table') return undefined;
    const bounds = range(record.lines);
    return {
      ...bounds,
      build: (lines, index) => {
        const inside: CleanLine[] = [];
        for (let j = index; j < lines.length && lines[j]!.no >= bounds.from && lines[j]!.no <= bounds.to; j++) inside.push(lines[j]!);
        try {
          return buildTable(inside, record);
        } catch (error) {
          throw new IngestError(this.file, undefined, `table at ${record.source}:${record.lines}: ${(error as Error).message}`);
        }
      },
    };
  }

  /** Fails on records that never matched a line: they no longer describe the source. */
  assertAllUsed(): void {
    const unused = this.records.find((record) => !this.used.has(record));
    if (unused) throw this.stale(unused);
  }

  /** The record of one of these kinds whose range starts at this line. */
  private find(line: number, kinds: LayoutCorrection['as'][]): LayoutCorrection | undefined {
    const record = this.records.find((candidate) => kinds.includes(candidate.as) && range(candidate.lines).from === line);
    if (record) this.used.add(record);
    return record;
  }

  private stale(record: LayoutCorrection): IngestError {
    return new IngestError(this.file, undefined, `the ${record.as} record for ${record.source}:${record.lines} matches no line of the source`);
  }
}

export function range(lines: number | string): Range {
  if (typeof lines === 'number') return { from: lines, to: lines };
  const [from, to] = lines.split('-').map(Number);
  return { from: from!, to: to ?? from! };
}
