import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../src/ingest/steps/clean-title.ts';
import { questionLevel } from '../../src/ingest/formats/heading-levels.ts';
import { ingestOwn } from '../helpers/own-notes.ts';

describe('markdown without entryDepth: the question level is found', () => {
  it('### questions under ## sections: three entries, numbering, stars and "(Hard)" gone, sections not entries', () => {
    const { entries, report } = ingestOwn('headings/notes.md');
    expect(entries.map((entry) => entry.title).sort()).toEqual([
      'What does docker ps -a show that docker ps hides?',
      'Where does a named volume live on a Linux host?',
      'Why pin a base image by digest?',
    ]);
    expect(report.format).toBe('markdown, detected: 3 of the 3 "###" headings read as questions');
  });

  it('an "### Answer:" heading goes, its text stays the answer', () => {
    const { entries, report } = ingestOwn('headings/notes.md');
    const ps = entries.find((entry) => entry.title.startsWith('What does docker ps'))!;
    expect(ps.body).toContain('Stopped containers. Without `-a`');
    expect(ps.body).toContain('docker ps -a --filter status=exited');
    expect(ps.body).not.toMatch(/Answer/);
    expect(report.debrisRemoved['"Answer" headings']).toBe(1);
  });

  it('a sub-heading under a question stays in its answer, with its code', () => {
    const digest = ingestOwn('headings/notes.md').entries.find((entry) => entry.title.includes('digest'))!;
    expect(digest.body).toMatch(/### Example[\s\S]*```dockerfile\n\s*FROM alpine@sha256:/);
  });

  it('an entryDepth in sources.json still wins', () => {
    // At level 2 the sections are the entries ("Basics", "Storage").
    const { entries } = ingestOwn('headings/notes.md', { format: 'markdown', entryDepth: 2 });
    expect(entries.map((entry) => entry.title).sort()).toEqual(['Basics', 'Storage']);
  });

  it('picks the level with most question headings, not the deepest level', () => {
    const text = '# Notes\n\n## 1. What is Docker?\n\n### 1. Install it\n\ntext\n\n## 2. What is an image?\n\ntext\n\n## 3. What is a tag?\n\ntext\n';
    expect(questionLevel(text)).toMatchObject({ depth: 2, questions: 3 });
    expect(questionLevel('# Title\n\n## Volumes\n\nx\n\n## Networks\n\ny\n')).toMatchObject({ depth: 2, questions: 0, headings: 2 });
  });
});

describe('titles lose numbering and difficulty marks', () => {
  it.each([
    ['Q1: What is Docker? ⭐⭐', 'What is Docker?'],
    ['Question 3: What is an image? (Easy)', 'What is an image?'],
    ['#4 - Explain volumes', 'Explain volumes.'],
    ['Q: What is a layer?', 'What is a layer?'],
    ['12. What is a container? ★★☆', 'What is a container?'],
    ['[Hard] How does overlayfs work?', 'How does overlayfs work?'],
  ])('%s', (heading, title) => {
    expect(cleanTitle(heading).title).toBe(title);
  });

  it('leaves words that only start like a label alone', () => {
    expect(cleanTitle('Quick start for Compose').title).toBe('Quick start for Compose');
    expect(cleanTitle('1-2 replicas per node').title).toBe('1-2 replicas per node');
  });
});
