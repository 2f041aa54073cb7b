import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { runIngest } from '../../src/ingest/index.ts';
import { inputWith } from '../helpers/ingest-input.ts';
import { ingestOwn } from '../helpers/own-notes.ts';

describe('folder: one .md file per question, with front matter', () => {
  const { entries, report } = ingestOwn('folder/notes');
  const byTitle = (start: string) => entries.find((entry) => entry.title.startsWith(start))!;

  it('one entry per file, the title from front matter (numbering cleaned)', () => {
    expect(entries.map((entry) => entry.title).sort()).toEqual(['How do I make a container start again after a reboot?', 'What does HEALTHCHECK change?']);
    expect(report.format).toBe('folder, detected: a folder of 2 .md files, one question each');
  });

  it('topic and level from front matter are used (easy is basic)', () => {
    expect(byTitle('How do I make')).toMatchObject({ topic: 'containers', level: 'basic' });
    expect(byTitle('What does HEALTHCHECK').level).toBe('intermediate');
  });

  it('the body is the whole answer, code and sub-headings kept', () => {
    expect(byTitle('How do I make').body).toMatch(/```bash\n\s*docker run -d --restart unless-stopped redis\n\s*```[\s\S]*keeps a container you stopped/);
    expect(byTitle('What does HEALTHCHECK').body).toMatch(/### What it does not do[\s\S]*does not restart/);
  });

  it('a file without a title names the file inside the folder', () => {
    const input = inputWith([{ source: { file: 'notes/a.md', format: 'folder' } as never, bytes: 'Just an answer.\n' }]);
    input.sourceList = JSON.stringify([{ id: 'doc-0', title: 'D', label: 'D', file: 'notes', format: 'folder' }]);
    expect(() => runIngest(input)).toThrow(IngestError);
    expect(() => runIngest(input)).toThrow('content/sources/notes/a.md:1: has no title');
  });
});
