/**
 * Format "folder": one file per question. The source's `file` names a
 * folder under content/sources/ holding `*.md` files, each with front matter:
 *
 *   ---
 *   title: What is a container?
 *   topic: containers        # optional, like level and tags
 *   level: basic
 *   tags: [run, ps]
 *   ---
 *   The answer, in markdown.
 *
 * The ingest reads the files in name order as one text, each opened by a
 * marker line (packFolder), so every entry keeps a line of its own for
 * corrections; errors name the file inside the folder and its own line.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { IngestError } from '../errors.ts';
import type { GivenMeta } from '../types.ts';
import { parseMarkdown } from './markdown.ts';
import { hasContent, questionHeading, shiftLines } from './shared.ts';

/** Opens each file in the packed text; U+001E (record separator) never starts a line of a real note. */
const MARKER = '\u001Efile ';
const ENTRY_DEPTH = 2;

/** The folder's `*.md` files (named "folder/name.md" in `files`), packed into one text, or undefined when it has none. */
export function packFolder(folder: string, files: Map<string, Uint8Array>): Uint8Array | undefined {
  const names = [...files.keys()].filter((name) => name.startsWith(`${folder}/`) && name.endsWith('.md')).sort();
  if (names.length === 0) return undefined;
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const name of names) {
    let bytes = files.get(name)!;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    parts.push(encoder.encode(`${MARKER}${name.slice(folder.length + 1)}\n`), bytes, encoder.encode('\n'));
  }
  const packed = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    packed.set(part, offset);
    offset += part.length;
  }
  return packed;
}

export function isPackedFolder(text: string): boolean {
  return text.startsWith(MARKER);
}

export function countFolderFiles(text: string): number {
  return text.split('\n').filter((line) => line.startsWith(MARKER)).length;
}

export interface Folder {
  tree: Root;
  entryDepth: number;
  questions: number;
  unanswered: number;
}

/** `file` is the folder ("content/sources/my-notes"). */
export function parseFolder(text: string, file: string): Folder {
  const lines = text.split('\n');
  const children: RootContent[] = [];
  let unanswered = 0;
  let questions = 0;
  for (let start = 0; start < lines.length; ) {
    let end = start + 1;
    while (end < lines.length && !lines[end]!.startsWith(MARKER)) end++;
    const name = lines[start]!.slice(MARKER.length);
    const entry = readEntry(lines.slice(start + 1, end), `${file}/${name}`, start + 1);
    if (entry) {
      children.push(entry.heading, ...entry.body);
      questions++;
    } else unanswered++;
    start = end;
  }
  return { tree: { type: 'root', children }, entryDepth: ENTRY_DEPTH, questions, unanswered };
}

/** One file: its lines, its path, and where its first line sits in the packed text (0-based). */
function readEntry(lines: string[], path: string, packedStart: number): { heading: Heading; body: RootContent[] } | undefined {
  let meta: Record<string, unknown> = {};
  let bodyStart = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (close === -1) throw new IngestError(path, 1, 'the front matter opened here is never closed with ---');
    try {
      meta = (parseYaml(lines.slice(1, close).join('\n'), { maxAliasCount: 100 }) as Record<string, unknown> | null) ?? {};
    } catch (error) {
      const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      throw new IngestError(path, line === undefined ? 1 : line + 1, `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    if (typeof meta !== 'object' || Array.isArray(meta)) throw new IngestError(path, 2, 'the front matter must be "key: value" lines');
    bodyStart = close + 1;
  }
  const bodyText = lines.slice(bodyStart).join('\n');
  let body: RootContent[];
  try {
    body = parseMarkdown(bodyText, path).children;
  } catch (error) {
    if (error instanceof IngestError && error.line !== undefined) throw new IngestError(path, error.line + bodyStart, error.reason);
    throw error;
  }
  for (const node of body) shiftLines(node, packedStart + bodyStart);
  // Without a title in the front matter, a first "# heading" is the title.
  let title = typeof meta.title === 'string' || typeof meta.title === 'number' ? String(meta.title).trim() : '';
  const first = body[0];
  if (first?.type === 'heading' && (title === '' || toString(first).trim() === title)) {
    title ||= toString(first).trim();
    body.shift();
  }
  if (title === '') throw new IngestError(path, 1, 'has no title: give it front matter with "title: <the question>"');
  for (const node of body) if (node.type === 'heading' && node.depth <= ENTRY_DEPTH) node.depth = (ENTRY_DEPTH + 1) as Heading['depth'];
  if (!hasContent(body)) return undefined;
  const given: GivenMeta = {};
  if (typeof meta.topic === 'string') given.topic = meta.topic.trim();
  if (typeof meta.level === 'string') given.level = meta.level.trim().toLowerCase();
  const tags = typeof meta.tags === 'string' ? meta.tags.split(/[\s,]+/) : Array.isArray(meta.tags) ? meta.tags.map(String) : [];
  if (tags.filter(Boolean).length > 0) given.tags = tags.filter(Boolean);
  return { heading: questionHeading(ENTRY_DEPTH, title, packedStart + 1, given), body };
}
