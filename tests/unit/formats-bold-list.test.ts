import { describe, expect, it } from 'vitest';
import { ingestOwn } from '../helpers/own-notes.ts';

describe('bold-list: numbered or bulleted bold questions', () => {
  const { entries, report } = ingestOwn('bold-list/notes.md');
  const titles = entries.map((entry) => entry.title).sort();
  const byTitle = (start: string) => entries.find((entry) => entry.title.startsWith(start))!;

  it('one entry per bold question, whatever the list or paragraph it sits in', () => {
    expect(titles).toEqual(['How do I see the layers of an image?', 'What does --init add?', 'What is the build context?', 'Why does my container exit right away?']);
  });

  it('auto-detect picks it and says what it counted', () => {
    expect(report.format).toBe('bold-list, detected: 4 list items or paragraphs opening with a bold question');
  });

  it('an answer indented under its item, code included', () => {
    expect(byTitle('What is the build context').body).toMatch(/The directory \(or archive\) sent to the builder[\s\S]*A `\.dockerignore` keeps/);
    expect(byTitle('How do I see the layers').body).toMatch(/```console\n\s*\$ docker history --no-trunc myapp:1\.0\n\s*```[\s\S]*Each row is one instruction/);
  });

  it('an answer in the paragraphs after the item; a bold "Note:" item stays in it', () => {
    const exit = byTitle('Why does my container exit').body;
    expect(exit).toContain('The main process finished.');
    expect(exit).toContain('**Note:** this is not a question');
    expect(byTitle('What does --init add').body).toContain('A tiny init process as PID 1');
  });

  it('the document\'s own headings are sections, not entries', () => {
    expect(titles).not.toContain('Images');
    expect(titles).not.toContain('Runtime');
  });
});
