/**
 * format "auto" (or none): which shape a reader's own notes have. Every
 * reader that can be detected counts the questions it would find; the one
 * finding most wins, and the report says which and why ("details (42
 * <details> blocks with a <summary>)"). Headings that read as no question
 * (study notes) count only when no other shape finds any.
 *
 * A source whose listed format finds nothing while another would (a CSV
 * listed as markdown) gets a warning naming the format that fits.
 */
import { IngestError } from '../errors.ts';
import type { SourceFormat } from '../types.ts';
import { parseBoldList } from './bold-list.ts';
import { csvShape, readRecords } from './csv.ts';
import { countDetails } from './details.ts';
import { countFolderFiles, isPackedFolder } from './folder.ts';
import { questionLevel } from './heading-levels.ts';
import { countQaPairs } from './qa-lines.ts';

export interface Detection {
  format: SourceFormat;
  /** Questions this reader would find. */
  questions: number;
  /** Said in the report: what was counted. */
  why: string;
  /** Headings that are not questions: a shape of last resort. */
  weak?: boolean;
}

/** The shapes auto-detection tries, the more specific first (ties go to the earlier). */
export const DETECTABLE: SourceFormat[] = ['folder', 'details', 'csv', 'qa-lines', 'bold-list', 'markdown'];

export function detect(format: SourceFormat, text: string, file: string): Detection {
  const found = (questions: number, why: string, weak = false): Detection => ({ format, questions, why, ...(weak ? { weak } : {}) });
  switch (format) {
    case 'folder': {
      const n = isPackedFolder(text) ? countFolderFiles(text) : 0;
      return found(n, `a folder of ${n} .md files, one question each`);
    }
    case 'details': {
      const n = countDetails(text);
      return found(n, `${n} <details> blocks with a <summary>`);
    }
    case 'csv':
      return detectCsv(text, file);
    case 'qa-lines': {
      const n = countQaPairs(text);
      return found(n, `${n} "Q:" lines each answered by an "A:" line`);
    }
    case 'bold-list': {
      let n = 0;
      try {
        n = parseBoldList(text, file).questions;
      } catch {
        n = 0;
      }
      return found(n, `${n} list items or paragraphs opening with a bold question`);
    }
    case 'markdown': {
      const level = questionLevel(text);
      if (!level) return found(0, 'no headings');
      const hashes = '#'.repeat(level.depth);
      if (level.questions === 0) return found(level.headings, `${level.headings} "${hashes}" headings, none of them phrased as a question`, true);
      return found(level.questions, `${level.questions} of the ${level.headings} "${hashes}" headings read as questions`);
    }
    default:
      return found(0, `${format} is never detected; name it in sources.json`);
  }
}

/** The best shape for the text: most questions, a weak one only when nothing else finds any. */
export function bestDetection(text: string, file: string): Detection {
  const all = DETECTABLE.map((format) => detect(format, text, file));
  const strong = all.filter((detection) => detection.questions > 0 && !detection.weak);
  const pool = strong.length > 0 ? strong : all.filter((detection) => detection.questions > 0);
  if (pool.length === 0) return { format: 'markdown', questions: 0, why: 'no question shape found: no headings, Q:/A: lines, bold questions, <details> blocks or table rows' };
  return pool.reduce((best, detection) => (detection.questions > best.questions ? detection : best));
}

/** Rows of a table: every row (nearly) the same number of fields, two or more. */
function detectCsv(text: string, file: string): Detection {
  const none: Detection = { format: 'csv', questions: 0, why: 'no table rows' };
  try {
    const shape = csvShape(text, file);
    const rows = shape.records.length + (shape.headerRow ? 1 : 0);
    if (rows < 2 && !shape.anki) return none;
    if (!shape.anki && (shape.consistent / rows < 0.9 || looksLikeMarkdown(text))) return none;
    return { format: 'csv', questions: shape.records.length, why: shape.why };
  } catch (error) {
    if (!(error instanceof IngestError) || error.line === undefined) return none;
    // A broken quote: the rows before it decide, and reading as csv then names the line.
    const before = text.split('\n').slice(0, error.line - 1).join('\n');
    for (const separator of ['\t', ',', ';']) {
      try {
        const records = readRecords(before, separator, file);
        const width = records[0]?.fields.length ?? 0;
        if (width >= 2 && records.length >= 2 && records.every((record) => record.fields.length === width)) {
          return { format: 'csv', questions: records.length, why: `${records.length} table rows before a broken quote on line ${error.line}` };
        }
      } catch {
        // not this separator
      }
    }
    return none;
  }
}

/** Headings or fences at line starts outside quotes: markdown, whatever its commas. */
function looksLikeMarkdown(text: string): boolean {
  return /^(#{1,6}\s|```)/m.test(text) && !/^"/m.test(text);
}
