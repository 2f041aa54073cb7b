/** Real source documents, and small cut-outs of them, for step-by-step unit tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { repairMojibake } from '../../src/ingest/steps/repair-mojibake.ts';
import type { SourceConfig } from '../../src/ingest/types.ts';

const sourcesDir = join(import.meta.dirname, '..', '..', 'content', 'sources');

export const QA_DOC = '000_8c57ad0391467279.txt';
export const IMAGES_GUIDE = '003_33d02d657b68ee83.txt';
export const RUN_FLOW = '004_bb4bf25717b52521.txt';

/** A source exactly as received (all of them are valid UTF-8). */
export function rawSource(file: string): string {
  return readFileSync(join(sourcesDir, file), 'utf8');
}

/** A source after the mojibake repair step, as later steps see it. */
export function repairedSource(file: string): string {
  return repairMojibake(rawSource(file)).text;
}

/**
 * The lines from the first line matching `from` up to (not including) the first
 * later line matching `to`, or to the end of the text when `to` is omitted.
 */
export function cutOut(text: string, from: RegExp, to?: RegExp): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => from.test(line));
  if (start === -1) throw new Error(`no line matches ${from}`);
  const length = to ? lines.slice(start + 1).findIndex((line) => to.test(line)) : -1;
  const end = length === -1 ? lines.length : start + 1 + length;
  if (to && length === -1) throw new Error(`no line after ${from} matches ${to}`);
  return `${lines.slice(start, end).join('\n')}\n`;
}

/** 1-based numbers of the lines matching `pattern`, with their text. */
export function linesMatching(text: string, pattern: RegExp): { line: number; text: string }[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: line }))
    .filter(({ text: line }) => pattern.test(line));
}

export function sourceConfig(file: string, overrides: Partial<SourceConfig> = {}): SourceConfig {
  return { id: 'test-doc', file, title: 'Test document', label: 'Test', format: 'markdown', ...overrides };
}

/** Plain text of each node, for readable assertions. */
export function texts(nodes: RootContent[]): string[] {
  return nodes.map((node) => toString(node));
}
