/** Builds an ingest input around synthetic source documents, with the real topic list. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
