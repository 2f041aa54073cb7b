/**
 * The course guide (002) reached the site clean: no PDF furniture, no
 * private-use bullets, no word-processor damage inside code, tables with one
 * column count, and every entry the reviewed layout names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { codeBlocks, contentDir, questions } from '../helpers/content.ts';

const fromGuide = questions.filter((file) => (file.data['sources'] as { source: string }[]).some((ref) => ref.source === 'course-guide'));

describe('course guide entries', () => {
  it('there are many of them (the guide is two thirds of the material)', () => {
    expect(fromGuide.length).toBeGreaterThan(70);
  });

  it('every entry the reviewed layout names is an entry', () => {
    const layout = parse(readFileSync(join(contentDir, 'corrections', 'layout.yaml'), 'utf8')) as { source: string; as: string; lines: number | string }[];
    const entryLines = layout.filter((record) => record.source === 'course-guide' && (record.as === 'entry' || record.as === 'insert-entry')).map((record) => Number(String(record.lines).split('-')[0]));
    const starts = new Set(fromGuide.flatMap((file) => (file.data['sources'] as { source: string; line: number }[]).filter((ref) => ref.source === 'course-guide').map((ref) => ref.line)));
    for (const line of entryLines) expect(starts, `course-guide:${line}`).toContain(line);
  });
});

describe('no PDF debris', () => {
  it('no private-use bullet glyphs', () => {
    for (const file of questions) expect(file.text, file.path).not.toMatch(/[\uE000-\uF8FF]/u);
  });
  it('no page footers', () => {
    for (const file of questions) expect(file.body, file.path).not.toMatch(/^(Docker Guide|Page \d+)\s*$/m);
  });
  it('no pasted "Copy code" bars', () => {
    for (const file of questions) expect(file.body, file.path).not.toMatch(/^Copy code$/m);
  });
});

describe('code is code', () => {
  const strict = new Set(['bash', 'console', 'dockerfile', 'yaml', 'json']);
  it('no en dash or curly quote inside bash, console, dockerfile, yaml or json blocks', () => {
    for (const file of questions) {
      for (const block of codeBlocks(file.body)) {
        if (strict.has(block.lang)) expect(block.value, `${file.path}:${block.line}`).not.toMatch(/[–“”‘’]/);
      }
    }
  });
  it('no command keeps the capital a word processor gave it', () => {
    for (const file of questions) {
      for (const block of codeBlocks(file.body)) {
        if (strict.has(block.lang)) expect(block.value, `${file.path}:${block.line}`).not.toMatch(/^\s*(\$ )?(Docker|Apt-get|Rm) [a-z-]/m);
      }
    }
  });
  it('flags in the guide read as flags: --rm, --env-file, -rf', () => {
    const all = fromGuide.map((file) => file.body).join('\n');
    expect(all).toContain('--rm');
    expect(all).toContain('--env-file my-env.txt');
    expect(all).toContain('rm -rf /var/lib/apt/lists/*');
    expect(all).toContain('docker-compose.yml');
    expect(all).not.toMatch(/docker- compose/);
  });
});

describe('tables', () => {
  it('every table row has as many cells as its header', () => {
    for (const file of questions) {
      const outsideCode = file.body.replace(/^(\s*)(`{3,})[^\n]*\n[\s\S]*?^\1\2\s*$/gm, '');
      const lines = outsideCode.split('\n');
      const count = (row: string) => row.replace(/\\\|/g, '').split('|').length - 2;
      let columns = 0;
      lines.forEach((row, index) => {
        if (!row.startsWith('|')) return;
        // A header row is the one right above its "| - |" separator.
        if (/^\|\s*-/.test(lines[index + 1] ?? '')) columns = count(row);
        expect(count(row), `${file.path}: ${row}`).toBe(columns);
      });
    }
  });
  it('the guide has its comparison tables back', () => {
    // A table's delimiter row, at the start of a line or indented inside the source's fold.
    const tables = fromGuide.flatMap((file) => file.body.split('\n').filter((line) => /^\s*\| - \|/.test(line)));
    expect(tables.length).toBeGreaterThanOrEqual(15);
  });
});
