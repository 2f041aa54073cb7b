/**
 * Format "csv": one question a row, from a spreadsheet or a flash-card app.
 *
 * - CSV, TSV or semicolon-separated (the separator that gives every row the
 *   same number of fields), fields quoted per RFC 4180 ("" for a quote,
 *   commas and line breaks inside quotes);
 * - columns question, answer and optionally topic, level, tags, in that
 *   order, or named in a header row in any order (detected: a first row of
 *   column names, "Front"/"Back" too);
 * - Anki's "Notes in Plain Text" export: "#separator:tab", "#html:true",
 *   "#tags column:3" (and guid, notetype, deck columns) lines first; fields
 *   may hold HTML, whose <br>, <div> and <p> become line breaks.
 *
 * An answer is read as markdown, so code fences and lists in a cell work.
 * Our own reader rather than a package: RFC 4180 is thirty lines, and an
 * unclosed quote must name the line it opens on.
 */
import type { RootContent } from 'mdast';
import { IngestError } from '../errors.ts';
import type { GivenMeta } from '../types.ts';
import { at, decodeEntities, hasContent, parseFragment, questionHeading, stripTags } from './shared.ts';
import type { Root } from 'mdast';

export interface CsvRecord {
  fields: string[];
  /** The line each field starts on. */
  lines: number[];
}

/** RFC 4180 records, `text` starting on `firstLine`; an unclosed quote stops with its line. */
export function readRecords(text: string, separator: string, file: string, firstLine = 1): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let lines: number[] = [];
  let field = '';
  let line = firstLine;
  let fieldLine = line;
  let i = 0;
  const endField = () => {
    fields.push(field);
    lines.push(fieldLine);
    field = '';
    fieldLine = line;
  };
  const endRecord = () => {
    endField();
    if (fields.length > 1 || fields[0]!.trim() !== '') records.push({ fields, lines });
    fields = [];
    lines = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && field.trim() === '') {
      // A quoted field: up to the quote that no second quote follows.
      const opened = line;
      field = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new IngestError(file, opened, 'the quoted field opened on this line is never closed (a " is missing)');
        const c = text[i]!;
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          if (c === '\n') line++;
          field += c;
          i++;
        }
      }
      continue;
    }
    if (char === separator) endField();
    else if (char === '\n') {
      line++;
      endRecord();
      fieldLine = line;
    } else field += char;
    i++;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

const COLUMN_NAMES: Record<string, keyof Columns> = {
  question: 'question', questions: 'question', q: 'question', front: 'question', prompt: 'question', term: 'question',
  answer: 'answer', answers: 'answer', a: 'answer', back: 'answer', response: 'answer', definition: 'answer',
  topic: 'topic', category: 'topic', section: 'topic', deck: 'topic', subject: 'topic',
  level: 'level', difficulty: 'level',
  tags: 'tags', tag: 'tags', keywords: 'tags',
};

interface Columns {
  question: number;
  answer: number;
  topic?: number;
  level?: number;
  tags?: number;
}

export interface CsvShape {
  separator: string;
  /** Lines before the rows: Anki's "#key:value" header. */
  headerLines: number;
  anki: boolean;
  html: boolean;
  columns: Columns;
  headerRow: boolean;
  records: CsvRecord[];
  /** Rows with the usual number of fields, out of all. */
  consistent: number;
  why: string;
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ' };
const SHOWN: Record<string, string> = { '\t': 'tab', ',': 'comma', ';': 'semicolon', '|': 'pipe', ' ': 'space' };

/** Reads the layout of the file: separator, Anki header, header row, columns. */
export function csvShape(text: string, file: string): CsvShape {
  const lines = text.split('\n');
  const directives = new Map<string, string>();
  let headerLines = 0;
  while (headerLines < lines.length) {
    const directive = /^#([a-z ]+):(.*)$/i.exec(lines[headerLines]!);
    if (!directive) break;
    directives.set(directive[1]!.trim().toLowerCase(), directive[2]!.trim());
    headerLines++;
  }
  const anki = directives.size > 0;
  const body = lines.slice(headerLines).join('\n');
  const named = directives.get('separator');
  const candidates = named !== undefined ? [SEPARATORS[named.toLowerCase()] ?? named] : ['\t', ',', ';'];
  let best: { separator: string; records: CsvRecord[]; consistent: number; width: number } | undefined;
  for (const separator of candidates) {
    const records = readRecords(body, separator, file, headerLines + 1);
    const widths = new Map<number, number>();
    for (const record of records) widths.set(record.fields.length, (widths.get(record.fields.length) ?? 0) + 1);
    const [width, consistent] = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    if (width >= 2 && (!best || consistent > best.consistent)) best = { separator, records, consistent, width };
  }
  if (!best) {
    const separator = candidates[0]!;
    return { separator, headerLines, anki, html: false, columns: { question: 0, answer: 1 }, headerRow: false, records: [], consistent: 0, why: 'no rows of two fields or more' };
  }
  const html = directives.get('html')?.toLowerCase() === 'true';
  let columns: Columns;
  let headerRow = false;
  const first = best.records[0]!.fields.map((name) => name.trim().toLowerCase());
  const byName = first.map((name) => COLUMN_NAMES[name]);
  if (!anki && byName.includes('question') && byName.includes('answer')) {
    headerRow = true;
    columns = { question: byName.indexOf('question'), answer: byName.indexOf('answer') };
    for (const key of ['topic', 'level', 'tags'] as const) if (byName.includes(key)) columns[key] = byName.indexOf(key);
  } else if (anki) {
    // Anki numbers its special columns from 1; the first two others are the front and the back.
    const special = new Map<number, keyof Columns | 'skip'>();
    for (const [key, role] of [['guid column', 'skip'], ['notetype column', 'skip'], ['deck column', 'topic'], ['tags column', 'tags']] as const) {
      const n = Number(directives.get(key));
      if (Number.isInteger(n) && n > 0) special.set(n - 1, role);
    }
    const plain = [...Array(best.width).keys()].filter((index) => !special.has(index));
    columns = { question: plain[0] ?? 0, answer: plain[1] ?? 1 };
    for (const [index, role] of special) if (role === 'topic' || role === 'tags') columns[role] = index;
  } else {
    columns = { question: 0, answer: 1, ...(best.width > 2 ? { topic: 2 } : {}), ...(best.width > 3 ? { level: 3 } : {}), ...(best.width > 4 ? { tags: 4 } : {}) };
  }
  const records = headerRow ? best.records.slice(1) : best.records;
  const kind = anki ? `Anki plain-text export (${[...directives.keys()].map((key) => `#${key}`).join(', ')})` : `${SHOWN[best.separator] ?? best.separator}-separated`;
  const why = `${kind}, ${records.length} rows of ${best.width} fields${headerRow ? ` (header row: ${best.records[0]!.fields.join(', ')})` : ''}`;
  return { separator: best.separator, headerLines, anki, html: html || anki, columns, headerRow, records, consistent: best.consistent, why };
}

export interface Csv {
  tree: Root;
  entryDepth: number;
  questions: number;
  unanswered: number;
  why: string;
}

const ENTRY_DEPTH = 3;

export function parseCsv(text: string, file: string): Csv {
  const shape = csvShape(text, file);
  if (shape.records.length === 0) throw new IngestError(file, undefined, 'holds no rows with a question and an answer');
  const children: RootContent[] = [];
  let section: string | undefined;
  let questions = 0;
  let unanswered = 0;
  const { columns } = shape;
  for (const record of shape.records) {
    const cell = (index: number | undefined) => (index === undefined ? '' : (record.fields[index] ?? '').trim());
    const question = plain(cell(columns.question), shape.html);
    const answer = cell(columns.answer);
    const line = record.lines[columns.question] ?? record.lines[0]!;
    if (question === '' || answer === '') {
      unanswered++;
      continue;
    }
    const topic = plain(cell(columns.topic), shape.html).split('::').at(-1)!.trim();
    const level = cell(columns.level).toLowerCase();
    const tags = cell(columns.tags).split(/[\s,]+/).filter(Boolean);
    const given: GivenMeta = { ...(topic ? { topic } : {}), ...(level ? { level } : {}), ...(tags.length ? { tags } : {}) };
    if (topic && topic !== section) {
      section = topic;
      children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: topic }], position: at(line) });
    }
    const body = parseFragment(shape.html ? htmlLines(answer) : answer, file, record.lines[columns.answer] ?? line);
    if (!hasContent(body)) {
      unanswered++;
      continue;
    }
    children.push(questionHeading(ENTRY_DEPTH, question, line, given), ...body);
    questions++;
  }
  return { tree: { type: 'root', children }, entryDepth: ENTRY_DEPTH, questions, unanswered, why: shape.why };
}

/** A cell as plain text: HTML tags and entities gone, white space single. */
function plain(text: string, html: boolean): string {
  return (html ? decodeEntities(stripTags(text.replace(/<br\s*\/?>/gi, ' '))) : text).replace(/\s+/g, ' ').trim();
}

/** Anki's HTML line structure as markdown lines: <br> a line break, <div>/<p> a paragraph. */
function htmlLines(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '  \n')
    .replace(/<\/?(?:div|p)\b[^<>]*>/gi, '\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
