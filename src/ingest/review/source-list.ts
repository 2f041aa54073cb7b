/** content/sources/sources.json: what each raw document is and how to read it. */
import { z } from 'zod';
import { lineAt } from './corrections.ts';
import { IngestError } from '../errors.ts';
import { SOURCE_FORMATS, type SourceConfig } from '../types.ts';

const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by "-"'),
    file: z.string().min(1),
    title: z.string().min(1),
    label: z.string().min(1),
    format: z.enum([...SOURCE_FORMATS, 'auto']).optional(),
    entryDepth: z.number().int().min(1).max(6).optional(),
    reviewed: z.boolean().optional(),
    notes: z.string().optional(),
  })
  .strict();

export function parseSourceList(text: string, file = 'content/sources/sources.json'): SourceConfig[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new IngestError(file, jsonErrorLine(text), `is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = z.array(sourceSchema).min(1).safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new IngestError(file, lineAt(text, issue.path as (string | number)[]), `invalid record at ${issue.path.join('.')}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const [index, source] of result.data.entries()) {
    if (ids.has(source.id)) throw new IngestError(file, lineAt(text, [index, 'id']), `the id "${source.id}" is used twice`);
    ids.add(source.id);
  }
  return result.data as SourceConfig[];
}

/**
 * The line of a JSON syntax error. Node 20's JSON.parse does not give a
 * position, so find the shortest prefix that fails for a reason other than
 * ending too early: its last character is the culprit.
 */
function jsonErrorLine(text: string): number | undefined {
  for (let end = 1; end <= text.length; end++) {
    try {
      JSON.parse(text.slice(0, end));
    } catch (error) {
      const message = (error as Error).message;
      const position = /at position (\d+)/.exec(message)?.[1];
      const endedEarly = /end of (JSON|data)/i.test(message) || (position !== undefined && Number(position) >= end);
      if (endedEarly) continue;
      return text.slice(0, end).split('\n').length;
    }
  }
  return undefined;
}
