/** The committed content, read once per test file. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './ingest-input.ts';
import { splitFrontmatter } from './mdx.ts';

export const contentDir = join(projectRoot, 'content');

export interface ContentFile {
  path: string;
  id: string;
  text: string;
  data: Record<string, unknown>;
  body: string;
}

function read(dir: string, extension: string): ContentFile[] {
  return readdirSync(join(contentDir, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const text = readFileSync(path, 'utf8');
      return { path: relative(projectRoot, path), id: entry.name.slice(0, -extension.length), text, ...splitFrontmatter(text) };
    });
}

export const questions = read('questions', '.mdx');
export const topics = read('topics', '.md');

/**
 * The documents our editorial rules cover: sources.json records with
 * `"reviewed": true`. A reader's own notes leave it out, and their entries are
 * held to the correctness tests only (markup, links, pages, search).
 */
export const reviewedSources: ReadonlySet<string> = new Set(
  (JSON.parse(readFileSync(join(contentDir, 'sources', 'sources.json'), 'utf8')) as { id: string; reviewed?: boolean }[])
    .filter((source) => source.reviewed === true)
    .map((source) => source.id),
);

/** An entry of ours: one of its sources is reviewed, or it has none (an entry of our own, content/answers/). */
export function isOurs(data: { sources?: unknown }): boolean {
  const sources = (data.sources as { source: string }[] | undefined) ?? [];
  return sources.length === 0 || sources.some((ref) => reviewedSources.has(ref.source));
}

/** The entries our editorial rules apply to (review records, merge decisions, our answers, style). */
export const ourQuestions = questions.filter((file) => isOurs(file.data));

/** Code blocks of a markdown body: their info string and content. */
export function codeBlocks(body: string): { lang: string; value: string; line: number }[] {
  const blocks: { lang: string; value: string; line: number }[] = [];
  let open: { fence: string; indent: string; lang: string; lines: string[]; line: number } | undefined;
  body.split('\n').forEach((line, index) => {
    if (!open) {
      const start = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
      if (start) open = { indent: start[1]!, fence: start[2]!, lang: start[3]!.trim(), lines: [], line: index + 1 };
      return;
    }
    if (line.trim().startsWith(open.fence) && line.trim().replace(/[`~]/g, '') === '') {
      blocks.push({ lang: open.lang, value: open.lines.join('\n'), line: open.line });
      open = undefined;
    } else open.lines.push(line.slice(open.indent.length));
  });
  return blocks;
}
