/**
 * Bad input: the ingest either handles it correctly or stops with an
 * IngestError naming the file and line. (That nothing is written is covered
 * in cli-files.test.ts: runIngest writes nothing by construction.)
 */
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { runIngest } from '../../src/ingest/index.ts';
import { inputWith } from '../helpers/ingest-input.ts';

const GOOD = '# Title\n\n## 1. What is Docker?\n\nDocker runs containers.\n\n## 2. What is an image?\n\nA template for containers.\n';

function ingestOne(bytes: Uint8Array | string) {
  return runIngest(inputWith([{ source: { file: 'doc.txt', entryDepth: 2 }, bytes }]));
}

function errorOf(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('bad input stops with the file and line named', () => {
  it('an empty source', () => {
    expect(errorOf(() => ingestOne('')).message).toBe('content/sources/doc.txt: the file is empty');
  });

  it('a binary source', () => {
    const error = errorOf(() => ingestOne(new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0x00, 0x01])));
    expect(error).toMatchObject({ file: 'content/sources/doc.txt', line: 2 });
    expect(error.reason).toMatch(/binary/);
  });

  it('a source that is not UTF-8', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('# T\n\n## 1. Caf'), 0xe9, 0x3f, 0x0a]);
    const error = errorOf(() => ingestOne(latin1));
    expect(error).toMatchObject({ file: 'content/sources/doc.txt', line: 3 });
    expect(error.reason).toMatch(/not valid UTF-8/);
  });

  it('an unclosed code fence', () => {
    const error = errorOf(() => ingestOne('# T\n\n## 1. How?\n\nRun:\n\n```bash\ndocker ps\n\n## 2. Next?\n\nText.\n'));
    expect(error).toMatchObject({ file: 'content/sources/doc.txt', line: 7 });
    expect(error.reason).toMatch(/never closed/);
  });

  it('a question with no answer', () => {
    const error = errorOf(() => ingestOne('# T\n\n## 1. What is Docker?\n\n## 2. What is an image?\n\nA template.\n'));
    expect(error).toMatchObject({ file: 'content/sources/doc.txt', line: 3 });
    expect(error.reason).toMatch(/has no answer/);
  });

  it('two different questions that would get the same URL', () => {
    const error = errorOf(() => ingestOne('# T\n\n## 1. What is Docker?\n\nA platform.\n\n## 2. What is Docker!\n\nSomething else entirely.\n'));
    expect(error).toMatchObject({ file: 'content/sources/doc.txt', line: 7 });
    expect(error.reason).toMatch(/same URL/);
  });

  it('a source listed in sources.json but missing', () => {
    const input = inputWith([{ source: { file: 'doc.txt' }, bytes: GOOD }]);
    input.sources.clear();
    expect(errorOf(() => runIngest(input)).message).toMatch(/doc\.txt: is listed in sources\.json but does not exist/);
  });

  it('a broken sources.json', () => {
    const input = inputWith([{ source: { file: 'doc.txt' }, bytes: GOOD }]);
    input.sourceList = '[{"id": "a",\n "file": }]';
    const error = errorOf(() => runIngest(input));
    expect(error).toMatchObject({ file: 'content/sources/sources.json', line: 2 });
  });
});

describe('awkward input is handled', () => {
  it('a byte-order mark and CRLF line ends change nothing in the output', () => {
    const plain = ingestOne(GOOD);
    const awkward = ingestOne(`\uFEFF${GOOD.replace(/\n/g, '\r\n')}`);
    expect([...awkward.files]).toEqual([...plain.files]);
    expect(awkward.reports[0]!.normalised).toEqual(['removed a byte-order mark', 'converted CRLF line ends to LF']);
  });

  it('raw HTML is kept as visible text, never as markup, and reported', () => {
    const result = ingestOne('# T\n\n## 1. Is this safe?\n\n<script>alert(1)</script>\n\nAnd <img src=x onerror=alert(1)> inline.\n');
    const [entry] = [...result.files].filter(([path]) => path.startsWith('questions/')).map(([, text]) => text);
    expect(entry).toContain('\\<script>alert(1)\\</script>');
    expect(entry).toContain('\\<img src=x onerror=alert(1)>');
    expect(result.reports[0]!.warnings.join('\n')).toMatch(/line 5: raw HTML shown as text/);
  });

  it('the same question asked by two sources becomes one entry with both sources', () => {
    const result = runIngest(
      inputWith([
        { source: { file: 'a.txt', entryDepth: 2 }, bytes: '# A\n\n## 1. What is the difference between CMD and ENTRYPOINT?\n\nCMD is a default.\n' },
        { source: { file: 'b.txt', entryDepth: 2 }, bytes: '# B\n\n## 7. Diff b/w CMD vs ENTRYPOINT?\n\nENTRYPOINT is fixed.\n' },
      ]),
    );
    const entries = [...result.files].filter(([path]) => path.startsWith('questions/'));
    expect(entries).toHaveLength(1);
    expect(entries[0]![1]).toMatch(/## Document 0[\s\S]*CMD is a default[\s\S]*## Document 1[\s\S]*ENTRYPOINT is fixed/);
    expect(result.reports[1]!.duplicatesMerged).toBe(1);
  });
});
