import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { readRecords } from '../../src/ingest/formats/csv.ts';
import { ingestOwn } from '../helpers/own-notes.ts';
import { inputWith } from '../helpers/ingest-input.ts';
import { runIngest } from '../../src/ingest/index.ts';

describe('csv: CSV with a header row', () => {
  const { entries, report } = ingestOwn('csv/notes.csv');
  const byTitle = (start: string) => entries.find((entry) => entry.title.startsWith(start))!;

  it('one entry per answered row; quoted commas, "" quotes and line breaks read per RFC 4180', () => {
    expect(entries.map((entry) => entry.title).sort()).toEqual([
      'How do I pass a build argument, and where is it visible?',
      'What does the "latest" tag mean?',
      'What is an orphan container?',
    ]);
    expect(report.debrisRemoved['rows without a question or answer']).toBe(1);
    expect(byTitle('How do I pass').body).toMatch(/```bash\n\s*docker build --build-arg VERSION=1\.2 \.\n\s*```/);
  });

  it('detects the header row and the separator, and says so', () => {
    expect(report.format).toBe('csv, detected: comma-separated, 4 rows of 4 fields (header row: question, answer, topic, level)');
  });

  it('topic and level columns are used', () => {
    expect(byTitle('What is an orphan')).toMatchObject({ topic: 'compose', level: 'intermediate' });
    expect(byTitle('How do I pass')).toMatchObject({ topic: 'images', level: 'basic' });
  });
});

describe('csv: TSV without a header, and Anki exports', () => {
  it('a TSV without header: question, answer', () => {
    const { entries, report } = ingestOwn('csv/notes.tsv');
    expect(entries.map((entry) => entry.title).sort()).toEqual(['How do I remove them?', 'What is a dangling image?']);
    expect(report.format).toBe('csv, detected: tab-separated, 2 rows of 2 fields');
  });

  it("Anki's Notes in Plain Text: header lines read, the tags column is not the answer, <br> and <div> become lines", () => {
    const { entries, report } = ingestOwn('csv/anki.txt');
    expect(report.format).toBe('csv, detected: Anki plain-text export (#separator, #html, #tags column), 2 rows of 3 fields');
    const df = entries.find((entry) => entry.title === 'What does docker system df show?')!;
    expect(df.body).toMatch(/build cache\.\\?\n\s*Add/);
    expect(df.body).not.toContain('disk cli');
    const multi = entries.find((entry) => entry.title === 'Why use a multi-stage build?')!;
    expect(multi.body).toMatch(/only what runs the app\.\n\n\s*Compilers stay/);
    expect(multi.body).not.toContain('<div>');
  });

  it('an unclosed quote names the file and the line it opens on', () => {
    const text = 'question,answer\nWhat is A?,It is A.\nWhat is B?,"It is B.\nWhat is C?,It is C.\n';
    try {
      runIngest(inputWith([{ source: { file: 'notes.csv', format: 'csv' } as never, bytes: text }]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).message).toBe('content/sources/notes.csv:3: the quoted field opened on this line is never closed (a " is missing)');
    }
  });

  it('RFC 4180 records keep the line each field starts on', () => {
    expect(readRecords('a,"b\nc",d\ne,f\n', ',', 'x.csv')).toEqual([
      { fields: ['a', 'b\nc', 'd'], lines: [1, 1, 2] },
      { fields: ['e', 'f'], lines: [3, 3] },
    ]);
  });
});
