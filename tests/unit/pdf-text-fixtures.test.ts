/**
 * pdf-text: one fixture per defect class of the course guide (002). Each case
 * is a line range cut byte for byte from the raw export, run through the
 * parser and the shared code steps (repair, fence), and compared with the
 * markdown a careful author would write for it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfTextCases, renderPdfText } from '../helpers/pdf-text-fixture.ts';

/**
 * Cases the parser gets wrong today. Their expected.md is the correct output,
 * so the test is expected to fail; when the parser is fixed, `it.fails` turns
 * red and the case should be moved out of this list.
 */
const KNOWN_BUGS: Record<string, string> = {};

const courseGuide = readFileSync(new URL('../../content/sources/002_8d63654ea8fce396.txt', import.meta.url), 'utf8');
const cases = pdfTextCases();

describe('pdf-text fixtures', () => {
  it('has a case for every defect class named in the issue, and every known bug names a case', () => {
    const names = cases.map((c) => c.name);
    for (const required of [
      'page-footer-inside-code',
      'footer-inside-sentence',
      'table-after-page-break',
      'wrapped-question-heading',
      'hyphen-kept-at-line-end',
      'en-dash-flags',
      'interleaved-dockerfiles',
    ]) {
      expect(names).toContain(required);
    }
    for (const name of Object.keys(KNOWN_BUGS)) expect(names).toContain(name);
  });

  describe.each(cases)('$name', (fixture) => {
    it('input.txt is the named line range of the source, byte for byte', () => {
      expect(fixture.source.file).toBe('002_8d63654ea8fce396.txt');
      const cut = courseGuide.split('\n').slice(fixture.source.from - 1, fixture.source.to).join('\n') + '\n';
      expect(fixture.input).toBe(cut);
    });

    it('parses, and every layout record in layout.yaml matches a line', () => {
      expect(() => renderPdfText(fixture.input, fixture.layout)).not.toThrow();
    });

    const bug = KNOWN_BUGS[fixture.name];
    const test = bug ? it.fails : it;
    test(bug ? `renders as expected.md (known bug: ${bug})` : 'renders as expected.md', () => {
      expect(renderPdfText(fixture.input, fixture.layout)).toBe(fixture.expected);
    });
  });
});
