import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestDetection } from '../../src/ingest/formats/detect.ts';
import { OWN_NOTES, ingestOwn } from '../helpers/own-notes.ts';

const fixture = (path: string) => readFileSync(join(OWN_NOTES, path), 'utf8');

describe('auto-detection', () => {
  it.each([
    ['headings/notes.md', 'markdown'],
    ['bold-list/notes.md', 'bold-list'],
    ['qa-lines/notes.txt', 'qa-lines'],
    ['details/notes.md', 'details'],
    ['csv/notes.csv', 'csv'],
    ['csv/notes.tsv', 'csv'],
    ['csv/anki.txt', 'csv'],
  ])('%s reads as %s', (path, format) => {
    expect(bestDetection(fixture(path), path).format).toBe(format);
  });

  it('study notes whose headings ask nothing still read as markdown', () => {
    expect(bestDetection('# Notes\n\n## Volumes\n\nKeep data.\n\n## Networks\n\nConnect things.\n', 'x').format).toBe('markdown');
  });

  it('a TSV listed as markdown: the report warns, naming the format that fits, instead of a silent 0', () => {
    const { report } = ingestOwn('csv/notes.tsv', { format: 'markdown' });
    expect(report.entriesMade).toBe(0);
    expect(report.warnings).toContainEqual('listed as "markdown", which finds no question in it, but it reads as "csv" (tab-separated, 2 rows of 2 fields): set "format": "csv" (or "auto") in sources.json');
  });

  it('a CSV listed as markdown that does not even parse as markdown: the error says which format fits', () => {
    expect(() => ingestOwn('csv/notes.csv', { format: 'markdown' })).toThrow(/notes\.csv:5: the code fence opened here is never closed; the file is listed as "markdown", which finds no question in it, but it reads as "csv"/);
  });

  it('an Anki export listed as markdown is warned about too', () => {
    const { report } = ingestOwn('csv/anki.txt', { format: 'markdown' });
    expect(report.warnings.join('\n')).toMatch(/reads as "csv" \(Anki plain-text export/);
  });

  it('a listed format that fits gets no warning, and the report says it was listed', () => {
    const { report } = ingestOwn('qa-lines/notes.txt', { format: 'qa-lines' });
    expect(report.format).toBe('qa-lines, as sources.json lists it');
    expect(report.warnings).toEqual([]);
  });
});
