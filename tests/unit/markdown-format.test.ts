import type { Code } from 'mdast';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { IMAGES_GUIDE, QA_DOC, cutOut, rawSource, repairedSource } from '../helpers/sources.ts';

const FILE = 'content/sources/999_test.txt';

function parseError(text: string): IngestError {
  try {
    parseMarkdown(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error('parseMarkdown accepted the input');
}

const codeNodes = (text: string) => parseMarkdown(text, FILE).children.filter((node): node is Code => node.type === 'code');

describe('parseMarkdown: an unclosed code fence would swallow the rest of the document', () => {
  it('unclosed ``` fence: IngestError naming the file and the line the fence opens on', () => {
    const text = ['## 2. How do you restart a container automatically?', '', 'Run:', '', '```bash', 'docker run --restart=always nginx', '', '## 3. Next question', '', 'Its answer.', ''].join('\n');
    const error = parseError(text);
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(5);
    expect(error.message).toContain(`${FILE}:5`);
    expect(error.reason).toMatch(/never closed/);
  });

  it('a fence opened on the very last line is unclosed', () => {
    expect(parseError('Some text\n\n```').line).toBe(3);
  });

  it('a ~~~ fence "closed" with ``` is still unclosed', () => {
    expect(parseError('Intro\n\n~~~yaml\nservices: {}\n```\n').line).toBe(3);
  });

  it('unclosed fence inside a list item (the "- **Answer:**" shape of 000): line of the fence', () => {
    // Q2 of 000 with its closing fence removed.
    const q2 = cutOut(rawSource(QA_DOC), /^## 2\. /, /^## 3\. /);
    const broken = q2.replace(/^ {2}```\n/m, '');
    expect(broken).not.toBe(q2);
    const fenceLine = q2.split('\n').findIndex((line) => line.trim() === '```bash') + 1;
    const error = parseError(broken);
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(fenceLine);
  });

  it('unclosed fence in a list item followed by more document: still reported', () => {
    const text = ['- **Answer:**', '  Run:', '', '  ```bash', '  docker ps', '', 'After the list.', '', '```bash', 'docker images', '```', ''].join('\n');
    expect(parseError(text).line).toBe(4);
  });

  // The module promises that every fence is checked; in a blockquote the opening
  // line starts with "> ", so the check skips it and the quote's prose becomes code.
  it('unclosed fence inside a blockquote is reported', () => {
    const text = ['> ```bash', '> docker ps', '>', '> This sentence is prose, not code.', '', 'Next paragraph.', ''].join('\n');
    expect(parseError(text).line).toBe(1);
  });
});

describe('parseMarkdown: closed fences parse fine', () => {
  it('a closed ``` fence becomes one code block with its language, and text after it survives', () => {
    const tree = parseMarkdown('```bash\ndocker ps\n```\n\nAfter the code.\n', FILE);
    expect(tree.children.map((node) => node.type)).toEqual(['code', 'paragraph']);
    expect(tree.children[0]).toMatchObject({ lang: 'bash', value: 'docker ps' });
  });

  it('a ~~~ fence closes with ~~~', () => {
    expect(codeNodes('~~~yaml\nservices:\n  web: {}\n~~~\n')).toMatchObject([{ lang: 'yaml', value: 'services:\n  web: {}' }]);
  });

  it('a four-backtick fence may hold ``` lines', () => {
    expect(codeNodes('````md\n```bash\nx\n```\n````\n')).toMatchObject([{ lang: 'md', value: '```bash\nx\n```' }]);
  });

  it('an indented code block has no fence and is accepted', () => {
    expect(codeNodes('Text\n\n    docker ps\n')).toMatchObject([{ value: 'docker ps' }]);
  });

  it('the fenced code inside the list items of 000 (Q2) is parsed, not rejected', () => {
    const tree = parseMarkdown(cutOut(rawSource(QA_DOC), /^## 2\. /, /^## 3\. /), FILE);
    const list = tree.children.find((node) => node.type === 'list');
    expect(JSON.stringify(list)).toContain('"value":"docker run --restart=always <image_name>"');
  });

  it('the whole of 000 and the repaired 003 parse without error', () => {
    expect(() => parseMarkdown(rawSource(QA_DOC), FILE)).not.toThrow();
    expect(() => parseMarkdown(repairedSource(IMAGES_GUIDE), FILE)).not.toThrow();
  });
});
