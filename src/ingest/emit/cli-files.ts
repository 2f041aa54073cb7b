/**
 * The ingest's disk access: reading its inputs, comparing with what is
 * committed, and swapping new content in atomically. The ingest owns only the
 * files that carry its mark; hand-written files are carried over untouched.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { IngestInput } from '../index.ts';
import { GENERATED_MARK, type ContentFiles } from './emit.ts';
import { IngestError } from '../errors.ts';
import { LEDGER_PATH } from '../review/published-urls.ts';
import { SURVEY_PATH } from '../review/survey.ts';

/** The folders under content/ that the ingest writes into. */
const OUTPUT_DIRS = ['topics', 'questions', 'urls'] as const;

export function readInputs(contentDir: string): IngestInput {
  const sourcesDir = join(contentDir, 'sources');
  const correctionsDir = join(contentDir, 'corrections');
  const listFile = join(sourcesDir, 'sources.json');
  if (!existsSync(listFile)) {
    throw new IngestError('content/sources/sources.json', undefined, 'is missing: it lists the source documents to ingest (see "Adding a source document" in the README)');
  }
  const sourceList = readInput(listFile, 'content/sources/sources.json');
  const sources = new Map<string, Uint8Array>();
  for (const entry of readdirSync(sourcesDir, { withFileTypes: true })) {
    // Dotfiles (.gitkeep, editor swap files) are not documents.
    if (entry.isFile() && entry.name !== 'sources.json' && !entry.name.startsWith('.')) sources.set(entry.name, readFileSync(join(sourcesDir, entry.name)));
    // A folder of notes, one question a file (format "folder"): its .md files, as "folder/name.md".
    if (entry.isDirectory() && !entry.name.startsWith('.')) {
      for (const file of readdirSync(join(sourcesDir, entry.name), { withFileTypes: true })) {
        if (file.isFile() && file.name.endsWith('.md') && !file.name.startsWith('.')) sources.set(`${entry.name}/${file.name}`, readFileSync(join(sourcesDir, entry.name, file.name)));
      }
    }
  }
  const corrections: Record<string, string> = {};
  if (existsSync(correctionsDir)) {
    // Top-level records by name ("entries.yaml"); per-topic review files as "review/<name>.yaml".
    for (const name of readdirSync(correctionsDir, { recursive: true, encoding: 'utf8' })) {
      if (name.endsWith('.yaml')) corrections[name.split(sep).join('/')] = readInput(join(correctionsDir, name), `content/corrections/${name.split(sep).join('/')}`);
    }
  }
  const ledgerFile = join(contentDir, LEDGER_PATH);
  const publishedUrls = existsSync(ledgerFile) ? readInput(ledgerFile, `content/${LEDGER_PATH}`) : undefined;
  const surveyFile = join(contentDir, SURVEY_PATH);
  const survey = existsSync(surveyFile) ? readInput(surveyFile, `content/${SURVEY_PATH}`) : undefined;
  return {
    sourceList,
    sources,
    corrections,
    answers: readAnswers(join(contentDir, 'answers')),
    ...(publishedUrls === undefined ? {} : { publishedUrls }),
    ...(survey === undefined ? {} : { survey }),
  };
}

/** A text input, or an IngestError naming it when a directory (or anything but a file) stands at its path. */
function readInput(path: string, shownAs: string): string {
  const stats = statSync(path);
  if (stats.isDirectory()) throw new IngestError(shownAs, undefined, 'is a directory where a file is expected; move the folder away');
  if (!stats.isFile()) throw new IngestError(shownAs, undefined, 'is not a regular file (a pipe or device?); a file is expected here');
  return readFileSync(path, 'utf8');
}

/** Our answers, content/answers/<slug>.md by path ("content/answers/x.md"); README.md describes the format. */
function readAnswers(answersDir: string): Record<string, string> {
  const answers: Record<string, string> = {};
  if (!existsSync(answersDir)) return answers;
  for (const entry of readdirSync(answersDir, { withFileTypes: true })) {
    if (entry.name.endsWith('.md') && entry.name !== 'README.md' && !entry.name.startsWith('.')) {
      answers[`content/answers/${entry.name}`] = readInput(join(answersDir, entry.name), `content/answers/${entry.name}`);
    }
  }
  return answers;
}

/** Files under content/topics and content/questions, by path relative to content/, split by owner. */
export function existingOutput(contentDir: string): { generated: ContentFiles; handWritten: string[] } {
  const generated: ContentFiles = new Map();
  const handWritten: string[] = [];
  for (const dir of OUTPUT_DIRS) {
    for (const path of walk(join(contentDir, dir))) {
      const text = readFileSync(path, 'utf8');
      const rel = relative(contentDir, path);
      if (text.includes(GENERATED_MARK)) generated.set(rel, text);
      else handWritten.push(rel);
    }
  }
  return { generated, handWritten };
}

/** What differs between the committed generated files and `files`: changed, missing and stale paths. */
export function compare(contentDir: string, files: ContentFiles): string[] {
  const { generated } = existingOutput(contentDir);
  const differences: string[] = [];
  for (const [path, text] of files) {
    const committed = generated.get(path);
    if (committed === undefined) differences.push(`missing  content/${path}`);
    else if (committed !== text) differences.push(`changed  content/${path}`);
  }
  for (const path of generated.keys()) if (!files.has(path)) differences.push(`stale    content/${path}`);
  return differences;
}

/**
 * Builds the new topics/ and questions/ in a staging folder (new generated
 * files plus every hand-written file), then swaps the folders in. Until the
 * swap, content/ is untouched; if the swap fails, the old folders go back.
 */
export function writeAtomically(contentDir: string, files: ContentFiles): void {
  const { handWritten } = existingOutput(contentDir);
  const stage = mkdtempSync(join(contentDir, '.ingest-stage-'));
  const backup = mkdtempSync(join(contentDir, '.ingest-old-'));
  try {
    for (const dir of OUTPUT_DIRS) mkdirSync(join(stage, dir), { recursive: true });
    for (const rel of handWritten) {
      mkdirSync(dirname(join(stage, rel)), { recursive: true });
      cpSync(join(contentDir, rel), join(stage, rel));
    }
    for (const [rel, text] of files) {
      if (handWritten.includes(rel)) throw new IngestError(`content/${rel}`, undefined, 'is hand-written; the ingest will not overwrite it (rename it or change the generated slug)');
      mkdirSync(dirname(join(stage, rel)), { recursive: true });
      writeFileSync(join(stage, rel), text);
    }
    swap(contentDir, stage, backup);
  } finally {
    rmSync(stage, { recursive: true, force: true });
    rmSync(backup, { recursive: true, force: true });
  }
}

function swap(contentDir: string, stage: string, backup: string): void {
  const moved: string[] = [];
  try {
    for (const dir of OUTPUT_DIRS) {
      if (existsSync(join(contentDir, dir))) {
        renameSync(join(contentDir, dir), join(backup, dir));
        moved.push(dir);
      }
    }
    for (const dir of OUTPUT_DIRS) renameSync(join(stage, dir), join(contentDir, dir));
  } catch (error) {
    for (const dir of OUTPUT_DIRS) {
      if (moved.includes(dir)) {
        rmSync(join(contentDir, dir), { recursive: true, force: true });
        renameSync(join(backup, dir), join(contentDir, dir));
      }
    }
    throw error;
  }
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
