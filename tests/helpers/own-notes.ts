/** Runs the whole ingest over one of the own-notes fixtures (tests/fixtures/own-notes/<shape>/). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runIngest } from '../../src/ingest/index.ts';
import type { SourceConfig } from '../../src/ingest/types.ts';
import { inputWith } from './ingest-input.ts';

export const OWN_NOTES = join(import.meta.dirname, '..', 'fixtures', 'own-notes');

export interface OwnEntry {
  title: string;
  level: string;
  topic: string;
  /** The MDX after the frontmatter. */
  body: string;
}

/** Ingests `<shape>/<file>` (a file, or a folder of .md files) listed with `source`'s settings; `format` left out means auto. */
export function ingestOwn(path: string, source: Partial<SourceConfig> = {}) {
  const full = join(OWN_NOTES, path);
  const name = path.split('/').at(-1)!;
  const documents = statSync(full).isDirectory()
    ? readdirSync(full).map((file) => ({ source: { file: `${name}/${file}` }, bytes: readFileSync(join(full, file)) }))
    : [{ source: { file: name }, bytes: readFileSync(full) }];
  const input = inputWith([{ source: { file: name }, bytes: new Uint8Array() }]);
  const list = JSON.parse(input.sourceList) as Record<string, unknown>[];
  delete list[0]!.format;
  Object.assign(list[0]!, source);
  input.sourceList = JSON.stringify(list);
  input.sources = new Map(documents.map((document) => [document.source.file, document.bytes]));
  const result = runIngest(input);
  const entries: OwnEntry[] = [...result.files]
    .filter(([file]) => file.startsWith('questions/'))
    .map(([, text]) => {
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const meta = parseYaml(front) as Record<string, string>;
      return { title: meta.title!, level: meta.level!, topic: meta.topic!, body };
    });
  return { entries, report: result.reports[0]!, summary: result.summary };
}
