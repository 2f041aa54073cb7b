/**
 * Bad input: the ingest either handles it correctly or stops with an
 * IngestError naming the file and line. (That nothing is written is covered
 * in cli-files.test.ts: runIngest writes nothing by construction.)
 */
import { describe, expect, it } from 'vitest';
import { MAX_ENTRIES_PER_SOURCE, MAX_SOURCE_BYTES, runIngest } from '../../src/ingest/index.ts';
import { inputWith, errorOf } from '../helpers/ingest-input.ts';

const GOOD = '# Title\n\n## 1. What is Docker?\n\nDocker runs containers.\n\n## 2. What is an image?\n\nA template for containers.\n';

/** One of our documents (reviewed): what a reader's notes only warn about stops here (tests/unit/ingest-own-notes.test.ts). */
function ingestOne(bytes: Uint8Array | string) {
  return runIngest(inputWith([{ source: { file: 'doc.txt', entryDepth: 2, reviewed: true }, bytes }]));
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

describe('bad corrections and lists stop with the file and line named', () => {
  it('an invalid record in sources.json names its line', () => {
    const input = inputWith([{ source: { file: 'doc.txt' }, bytes: GOOD }]);
    input.sourceList = '[\n  {\n    "id": "doc-0",\n    "file": "doc.txt",\n    "title": "T",\n    "label": "L",\n    "format": "markdwon"\n  }\n]';
    expect(errorOf(() => runIngest(input))).toMatchObject({ file: 'content/sources/sources.json', line: 7 });
  });

  it('a YAML alias bomb in a corrections file is refused, naming the file and the first alias', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((key, i) => `${key}: &${key} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
    const error = errorOf(() => runIngest(inputWith([{ source: { file: 'doc.txt', entryDepth: 2 }, bytes: GOOD }], { 'merges.yaml': bomb })));
    expect(error).toMatchObject({ file: 'content/corrections/merges.yaml', line: 2 });
    expect(error.reason).toMatch(/cannot be read: .*alias/i);
  });

  it.each(['links.yaml', 'layout.yaml'])('an unknown source id in %s is an error naming its line', (name) => {
    const record =
      name === 'links.yaml'
        ? '- source: doc-0\n  text: see above\n  to: topic:images\n  reason: ok\n- source: no-such-doc\n  text: see below\n  to: topic:images\n  reason: typo'
        : '- source: doc-0\n  lines: 3\n  as: text\n  reason: ok\n- source: no-such-doc\n  lines: 5\n  as: text\n  reason: typo';
    const error = errorOf(() => runIngest(inputWith([{ source: { file: 'doc.txt', entryDepth: 2 }, bytes: GOOD }], { [name]: record })));
    expect(error).toMatchObject({ file: `content/corrections/${name}`, line: 5 });
    expect(error.reason).toMatch(/unknown source id "no-such-doc"/);
  });

  it('a source over the size limit is refused before it is read', () => {
    const huge = new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61);
    expect(errorOf(() => ingestOne(huge)).reason).toMatch(/MiB; a source may be at most 4 MiB/);
  });

  it('a source with more entries than the limit is refused at the first entry over it', () => {
    const many = ['# T', ...Array.from({ length: MAX_ENTRIES_PER_SOURCE + 1 }, (_, i) => `## ${i + 1}. What is thing ${i + 1}?\n\nAn answer.`)].join('\n\n');
    const error = errorOf(() => ingestOne(many));
    expect(error.reason).toMatch(/more than 2000 entries/);
    expect(error.line).toBe(3 + MAX_ENTRIES_PER_SOURCE * 4);
  });
});

describe('awkward input is handled', () => {
  it('a heading of a whole paragraph gets a title cut at a word, the heading shown as asked, and a warning', () => {
    const long = `What happens ${'when the container keeps on restarting '.repeat(6)}after the host reboots?`;
    const result = ingestOne(`# T\n\n## 1. ${long}\n\nCheck the restart policy.\n`);
    const [file] = [...result.files].filter(([path]) => path.startsWith('questions/')).map(([, text]) => text);
    const title = /^title: (.*)$/m.exec(file!)![1]!;
    expect(title.length).toBeLessThanOrEqual(150);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(`${title.slice(0, -1)} `)).toBe(true);
    expect(file).toContain(`**As asked:** ${long}`);
    expect(result.reports[0]!.warnings.join('\n')).toMatch(/line 3: the heading is over 150 characters/);
  });

  it('a yaml code block with an unknown tag is reported with its line, and Node prints no warning', () => {
    const warnings: unknown[] = [];
    const listener = (warning: unknown) => warnings.push(warning);
    process.on('warning', listener);
    const result = ingestOne('# T\n\n## 1. How?\n\nLike this:\n\n```yaml\nservices:\n  web: !custom thing\n```\n');
    process.off('warning', listener);
    expect(result.reports[0]!.warnings.join('\n')).toMatch(/line 7: YAML warning at line 2 of the block \(Unresolved tag: !custom/);
    expect(warnings).toEqual([]);
  });

  it('a byte-order mark and CRLF line ends change nothing in the output', () => {
    const plain = ingestOne(GOOD);
    const awkward = ingestOne(`\uFEFF${GOOD.replace(/\n/g, '\r\n')}`);
    expect([...awkward.files]).toEqual([...plain.files]);
    expect(awkward.reports[0]!.normalised).toEqual(['removed a byte-order mark', 'converted CRLF line ends to LF']);
  });

  it('raw HTML is removed, never shown or run: a script goes with its content, a tag with its handler, and the report counts them', () => {
    const result = ingestOne('# T\n\n## 1. Is this safe?\n\n<script>alert(1)</script>\n\nAnd <img src=x onerror=alert(1)> inline.\n');
    const [entry] = [...result.files].filter(([path]) => path.startsWith('questions/')).map(([, text]) => text);
    expect(entry).toMatch(/And\s+inline\./);
    expect(entry).not.toMatch(/alert|script|onerror|<img/);
    expect(result.reports[0]!.debrisRemoved).toMatchObject({ 'HTML tags removed': 3, 'scripts, styles and frames dropped': 1 });
  });

  it('a merged entry keeps the corrections of every source it merges, and the first short answer', () => {
    const review = [
      '- at: doc-0:3\n  heading: "1. What is the difference"\n  summary: Ours from the first.\n  corrections:\n    - quote: CMD is a default\n      correction: First fix.\n      docs: https://docs.docker.com/reference/dockerfile/',
      '- at: doc-1:3\n  heading: "7. Diff"\n  summary: Ours from the second.\n  corrections:\n    - quote: ENTRYPOINT is fixed\n      correction: Second fix.\n      docs: https://docs.docker.com/reference/dockerfile/',
    ].join('\n');
    const result = runIngest(
      inputWith(
        [
          { source: { file: 'a.txt', entryDepth: 2 }, bytes: '# A\n\n## 1. What is the difference between CMD and ENTRYPOINT?\n\nCMD is a default.\n' },
          { source: { file: 'b.txt', entryDepth: 2 }, bytes: '# B\n\n## 7. Diff b/w CMD vs ENTRYPOINT?\n\nENTRYPOINT is fixed.\n' },
        ],
        { 'review/x.yaml': review },
      ),
    );
    const [entry] = [...result.files].filter(([path]) => path.startsWith('questions/')).map(([, text]) => text);
    expect(entry).toContain('summary: Ours from the first.');
    expect(entry).toMatch(/CMD is a default\.\n\n\s*<Correction[^>]*>\n\s*First fix\.[\s\S]*ENTRYPOINT is fixed\.\n\n\s*<Correction[^>]*>\n\s*Second fix\./);
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
    expect(entries[0]![1]).toMatch(/## From the sources[\s\S]*<SourceFold source="doc-0"[\s\S]*CMD is a default[\s\S]*<SourceFold source="doc-1"[\s\S]*ENTRYPOINT is fixed/);
    expect(result.reports[1]!.duplicatesMerged).toBe(1);
  });
});
