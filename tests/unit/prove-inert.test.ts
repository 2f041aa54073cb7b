/**
 * prove-inert: a generated MDX file that holds code MDX would run (ESM, an
 * expression, JSX) stops the ingest with the file and the line of that code;
 * the pipeline's own mark and the callouts it wrote pass.
 */
import { describe, expect, it } from 'vitest';
import { GENERATED_MARK, MDX_MARKER } from '../../src/ingest/emit/emit.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { proveInert, type AllowedMdx } from '../../src/ingest/emit/prove-inert.ts';

const FRONTMATTER = '---\ntitle: A question\nkind: question\n---\n'; // 4 lines
const file = (body: string) => `${FRONTMATTER}\n${MDX_MARKER}\n\n${body}\n`;
const allowed = (elements: Record<string, number> = {}): AllowedMdx => ({ marker: `/* ${GENERATED_MARK} */`, elements: new Map(Object.entries(elements)) });

function errorOf(text: string, allow = allowed()): IngestError {
  try {
    proveInert('content/questions/x/y.mdx', text, allow);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('proveInert', () => {
  it('passes a file of plain text, escaped text and code blocks', () => {
    expect(() => proveInert('y.mdx', file('Text \\<b> \\{x} &#x69;mport a from "b"\n\n```js\nimport a from "b"\n```'), allowed())).not.toThrow();
  });

  it.each([
    ["import cp from 'node:child_process'", /import or export/],
    ['export const ran = 1', /import or export/],
    ['A {globalThis.alert(1)} expression', /expression/],
    ['{process.exit(1)}', /expression/],
    ['<script>alert(1)</script>', /JSX element/],
    ['Inline <b>JSX</b> in a paragraph', /JSX element/],
  ])('stops at %j, naming the file and its line in the file', (code, reason) => {
    const error = errorOf(file(`Intro.\n\n${code}`));
    expect(error.file).toBe('content/questions/x/y.mdx');
    expect(error.line).toBe(10); // 4 frontmatter lines, blank, mark, blank, "Intro.", blank, the code
    expect(error.reason).toMatch(reason);
  });

  it('names MDX that does not parse', () => {
    expect(errorOf(file('Text\n\n<div')).reason).toMatch(/does not parse/);
  });

  it('requires the generated mark exactly once, and no second comment expression', () => {
    expect(errorOf(`${FRONTMATTER}\nJust text.\n`).reason).toMatch(/mark is missing/);
    expect(errorOf(file(MDX_MARKER)).reason).toMatch(/expression/);
  });

  it('accepts the callouts the ingest wrote, with plain text attributes only, and exactly as many', () => {
    const callout = '<Correction docs="https://docs.docker.com/">\n  It can.\n</Correction>';
    expect(() => proveInert('y.mdx', file(callout), allowed({ Correction: 1 }))).not.toThrow();
    expect(errorOf(file(callout)).reason).toMatch(/JSX element/);
    expect(errorOf(file(`${callout}\n\n${callout}`), allowed({ Correction: 1 })).reason).toMatch(/holds 2 <Correction>/);
    expect(errorOf(file(callout), allowed({ Correction: 2 })).reason).toMatch(/holds 1 <Correction>/);
    expect(errorOf(file('<Correction docs={alert(1)}>\n  x\n</Correction>'), allowed({ Correction: 1 })).reason).toMatch(/attribute that is code/);
    expect(errorOf(file('<Correction>\n  {alert(1)}\n</Correction>'), allowed({ Correction: 1 })).reason).toMatch(/expression/);
  });
});
