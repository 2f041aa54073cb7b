import type { Code, Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { parsePlainQa } from '../../src/ingest/formats/plain-qa.ts';
import { RUN_FLOW, rawSource } from '../helpers/sources.ts';

const FILE = `content/sources/${RUN_FLOW}`;

describe('parsePlainQa on the real 004 (no markdown at all)', () => {
  let raw: string[];
  let tree: Root;
  beforeAll(() => {
    const text = rawSource(RUN_FLOW);
    raw = text.split('\n');
    tree = parsePlainQa(text, FILE);
  });

  const headings = (depth: number) => tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === depth).map((node) => toString(node));
  const codes = () => tree.children.filter((node): node is Code => node.type === 'code');
  /** The node that comes right after the heading or paragraph whose text starts with `start`. */
  const after = (start: string): RootContent | undefined => {
    const at = tree.children.findIndex((node) => node.type !== 'code' && toString(node).startsWith(start));
    expect(at, `no node starts with "${start}"`).not.toBe(-1);
    return tree.children[at + 1];
  };

  it('the first line becomes the depth-1 heading, the only one', () => {
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
    expect(toString(tree.children[0]!)).toBe(raw[0]!.trim());
    expect(headings(1)).toHaveLength(1);
  });

  it('"Quick Answer" and "Detailed Answer" become depth-2 headings, in order', () => {
    expect(headings(2).slice(0, 2)).toEqual(['Quick Answer', 'Detailed Answer']);
  });

  it('every "Step N: …" line becomes a depth-3 heading, and nothing else does', () => {
    const stepLines = raw.filter((line) => /^Step \d+:/.test(line)).map((line) => line.trim());
    expect(stepLines).toHaveLength(7);
    expect(headings(3)).toEqual(stepLines);
  });

  it('the bare command "docker run hello-world" becomes a bash code block', () => {
    expect(codes()).toContainEqual(expect.objectContaining({ lang: 'bash', value: 'docker run hello-world' }));
    expect(after('Tracing this single')).toMatchObject({ type: 'code', lang: 'bash', value: 'docker run hello-world' });
  });

  it('the "Unable to find image …" output line becomes a text code block', () => {
    expect(after('Step 2:')).toMatchObject({ type: 'code', lang: 'text', value: "Unable to find image 'hello-world:latest' locally" });
  });

  it('the four pull-output lines become one text code block', () => {
    const start = raw.findIndex((line) => line.startsWith('latest: Pulling from'));
    const pullOutput = raw.slice(start, start + 4).join('\n');
    expect(pullOutput).toContain('Status: Downloaded newer image');
    expect(after('Step 3:')).toMatchObject({ type: 'code', lang: 'text', value: pullOutput });
  });

  it('"docker ps -a" and its "#" lines are one bash block', () => {
    const start = raw.indexOf('docker ps -a');
    const block = after('Once the process inside exits');
    expect(block).toMatchObject({ type: 'code', lang: 'bash', value: raw.slice(start, start + 3).join('\n') });
    const lines = (block as Code).value.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((line) => line.startsWith('# '))).toBe(true);
  });

  it('"Why walking through this matters for an interview" is a heading', () => {
    expect(headings(2)).toContain('Why walking through this matters for an interview');
  });

  it('prose lines are paragraphs, each line one paragraph, text unchanged', () => {
    const paragraphs = tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
    const quickAnswer = raw[raw.indexOf('Quick Answer') + 1]!;
    expect(after('Quick Answer')).toMatchObject({ type: 'paragraph' });
    expect(paragraphs).toContain(quickAnswer);
    expect(paragraphs.filter((text) => text.startsWith('The docker CLI has no logic of its own'))).toHaveLength(1);
    expect(paragraphs.at(-1)).toMatch(/^Being able to narrate this full chain/);
    // Step 1..7 each have exactly one paragraph, plus Quick Answer, Detailed Answer and the closing one.
    expect(paragraphs).toHaveLength(10);
  });

  it('no line of the source is lost', () => {
    const all = tree.children.map((node) => (node.type === 'code' ? node.value : toString(node))).join('\n');
    for (const line of raw.filter((line) => line.trim() !== '')) expect(all).toContain(line.trim());
  });
});

describe('parsePlainQa on small synthetic documents', () => {
  it('a command line immediately followed by its output becomes a console block with "$ " prompts', () => {
    const text = [
      'How do you pull an image?',
      'Pull it by name and Docker fetches every layer from the registry.',
      'docker pull nginx',
      'latest: Pulling from library/nginx',
      'Digest: sha256:0123abcd',
      'That is all it takes to fetch an image.',
      '',
    ].join('\n');
    const tree = parsePlainQa(text, 'q.txt');
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'code', 'paragraph']);
    expect(tree.children[2]).toMatchObject({
      lang: 'console',
      value: '$ docker pull nginx\nlatest: Pulling from library/nginx\nDigest: sha256:0123abcd',
    });
  });

  it('a command that already has a "$ " prompt does not get a second one', () => {
    const tree = parsePlainQa('Which images do I have?\nAnswer\n$ docker images\nnginx latest 605c77e624dd 2 weeks ago 141MB\n', 'q.txt');
    const code = tree.children.find((node): node is Code => node.type === 'code');
    expect(code).toMatchObject({ lang: 'console', value: '$ docker images\nnginx latest 605c77e624dd 2 weeks ago 141MB' });
  });

  it('a document with only a question line throws IngestError naming file and line', () => {
    expect(() => parsePlainQa('What is Docker?\n', 'content/sources/q.txt')).toThrow(IngestError);
    try {
      parsePlainQa('\n\nWhat is Docker?\n\n', 'content/sources/q.txt');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).file).toBe('content/sources/q.txt');
      expect((error as IngestError).line).toBe(3);
    }
  });
});
