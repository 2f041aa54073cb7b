/** Builds an ingest input around synthetic source documents, with the real topic list. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../../src/ingest/errors.ts';
import type { IngestInput } from '../../src/ingest/index.ts';
import type { SourceConfig } from '../../src/ingest/types.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const realTopics = readFileSync(join(projectRoot, 'content/corrections/topics.yaml'), 'utf8');

export function inputWith(documents: { source: Partial<SourceConfig> & { file: string }; bytes: Uint8Array | string }[], corrections: Record<string, string> = {}): IngestInput {
  const sourceList = documents.map(({ source }, index) => ({
    id: `doc-${index}`,
    title: `Document ${index}`,
    label: `Document ${index}`,
    format: 'markdown',
    ...source,
  }));
  return {
    sourceList: JSON.stringify(sourceList),
    sources: new Map(documents.map(({ source, bytes }) => [source.file, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes])),
    corrections: { 'topics.yaml': realTopics, ...corrections },
  };
}

/** The IngestError `run` throws; any other error, or none, fails the test. */
export function errorOf(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError, but nothing was thrown');
}
