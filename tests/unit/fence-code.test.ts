/**
 * fence-code: every code block ends up with the language it is written in.
 * Each case is cut from a real source, one per kind of defect the sources have.
 */
import { readFileSync } from 'node:fs';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { fenceCode, languageOf } from '../../src/ingest/steps/fence-code.ts';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { repairMojibake } from '../../src/ingest/steps/repair-mojibake.ts';

const source = (file: string) => readFileSync(new URL(`../../content/sources/${file}`, import.meta.url), 'utf8');
const qaDoc = source('000_8c57ad0391467279.txt');
const courseGuide = source('002_8d63654ea8fce396.txt');
/** 003 is mojibake; the diagrams only have their box-drawing characters after repair. */
const imagesGuide = repairMojibake(source('003_33d02d657b68ee83.txt')).text;
const runFlow = source('004_bb4bf25717b52521.txt');

/** Lines `from`..`to` (1-based, inclusive) of a source, as written. */
function lines(text: string, from: number, to: number): string {
  return text.split('\n').slice(from - 1, to).join('\n');
}

function codeBlocks(markdown: string): Code[] {
  const blocks: Code[] = [];
  visit(parseMarkdown(markdown, 'test.md'), 'code', (code: Code) => void blocks.push(code));
  return blocks;
}

/** The one fenced block of a markdown source whose text contains `needle`. */
function blockWith(markdown: string, needle: string): Code {
  const found = codeBlocks(markdown).filter((code) => code.value.includes(needle));
  expect(found, `exactly one code block contains ${JSON.stringify(needle)}`).toHaveLength(1);
  return found[0]!;
}

describe('languageOf', () => {
  it('turns a ```bash block holding a "$ docker images" session with output into console (003 Q2 code example)', () => {
    const block = blockWith(imagesGuide, 'Create 3 containers from ONE image');
    expect(block.lang).toBe('bash');
    expect(block.value).toContain('$ docker images\nREPOSITORY   TAG');
    expect(languageOf(block.value, block.lang!)).toBe('console');
  });

  it('keeps a ```bash block of plain commands and comments as bash (000 Q34)', () => {
    const block = blockWith(qaDoc, 'docker ps -a         # all containers');
    expect(block.lang).toBe('bash');
    expect(languageOf(block.value, block.lang!)).toBe('bash');
  });

  it('keeps a ```bash block of commands under "# comment" lines as bash (003 Q8 lifecycle commands)', () => {
    const block = blockWith(imagesGuide, '# Create (but don\'t start)');
    expect(languageOf(block.value, 'bash')).toBe('bash');
  });

  it('recognises an unlabelled box-drawing diagram as text (repaired 003 Q1)', () => {
    const block = blockWith(imagesGuide, 'DOCKER IMAGE STRUCTURE:');
    expect(block.lang).toBeNull();
    expect(block.value).toContain('┌─────');
    // It mentions Dockerfile instructions (CMD, COPY, RUN, FROM) but is not a Dockerfile.
    expect(languageOf(block.value)).toBe('text');
  });

  it('recognises an unlabelled diagram embedding "$ docker run" lines among prose and ✓ marks as text, not a console session (003 Q4)', () => {
    const block = blockWith(imagesGuide, 'USE DOCKER COMMIT:');
    expect(block.value).toContain('$ docker run -it ubuntu bash');
    expect(block.value).toContain('✓ Quick debugging/testing');
    expect(languageOf(block.value)).toBe('text');
  });

  it('recognises a diagram with prompts, box drawing and ✓ as text (003 Q3 "SCENARIO 1")', () => {
    const block = blockWith(imagesGuide, 'SCENARIO 1: Creating New File');
    expect(block.value).toContain('root@abc123:/# echo "Hello" > /test.txt');
    expect(languageOf(block.value)).toBe('text');
  });

  it('recognises an unfenced JSON object as json (002 daemon.json)', () => {
    const json = lines(courseGuide, 5289, 5291);
    expect(json).toContain('"log-driver": "syslog"');
    expect(languageOf(json)).toBe('json');
  });

  it('does not call braces that are not valid JSON json', () => {
    expect(languageOf('{ "log-driver": "syslog", }')).not.toBe('json');
  });

  it('recognises an unfenced Dockerfile with comments and blank lines as dockerfile (002 "simple Dockerfile")', () => {
    const dockerfile = lines(courseGuide, 702, 715);
    expect(dockerfile.split('\n')[1]).toBe('FROM node:14 ');
    expect(languageOf(dockerfile)).toBe('dockerfile');
  });

  it('recognises a three-line unfenced Dockerfile as dockerfile (002 "Docker Image Layers Example")', () => {
    const dockerfile = lines(courseGuide, 739, 741);
    expect(dockerfile).toBe('FROM ubuntu:20.04 \nRUN apt-get update && apt-get install -y curl \nCOPY . /app ');
    expect(languageOf(dockerfile)).toBe('dockerfile');
  });

  it('recognises an unfenced compose file with nested keys as yaml (002 compose example)', () => {
    const compose = lines(courseGuide, 3307, 3317);
    expect(compose.split('\n')[1]).toBe('services: ');
    expect(languageOf(compose)).toBe('yaml');
  });

  it('recognises the compose file of 000 Q19 as yaml even without its label', () => {
    const block = blockWith(qaDoc, 'my-service:');
    expect(languageOf(block.value)).toBe('yaml');
  });

  it('does not take flat "key: value" docker pull output for yaml (004 step 3)', () => {
    const output = lines(runFlow, 13, 16);
    expect(output).toBe(
      'latest: Pulling from library/hello-world\n719385e32844: Pull complete\nDigest: sha256:...\nStatus: Downloaded newer image for hello-world:latest',
    );
    expect(languageOf(output)).toBe('text');
  });

  it('keeps an unfenced command line as bash (004 "docker run hello-world")', () => {
    expect(lines(runFlow, 6, 6)).toBe('docker run hello-world');
    expect(languageOf(lines(runFlow, 6, 6))).toBe('bash');
  });

  it('keeps a command followed by its output as "# " comments as bash (004 step 7)', () => {
    const block = lines(runFlow, 26, 28);
    expect(block.startsWith('docker ps -a\n# CONTAINER ID')).toBe(true);
    expect(languageOf(block)).toBe('bash');
  });

  it('keeps the unfenced daemon message of 004 step 2 as text', () => {
    expect(lines(runFlow, 10, 10)).toBe("Unable to find image 'hello-world:latest' locally");
    expect(languageOf(lines(runFlow, 10, 10))).toBe('text');
  });

  it('keeps an unfenced prose sentence as text', () => {
    expect(languageOf(lines(runFlow, 11, 11))).toBe('text');
  });

  it.each([
    ['sh', 'docker ps', 'bash'],
    ['shell', 'docker ps', 'bash'],
    ['SH', 'docker ps', 'bash'],
    ['sh', '$ docker ps\nCONTAINER ID   IMAGE', 'console'],
    ['yml', 'services:\n  web:\n    image: nginx', 'yaml'],
    ['Dockerfile', 'FROM alpine\nRUN apk add curl', 'dockerfile'],
    ['txt', 'anything', 'text'],
  ] as const)('normalises the declared language %s (%j) to %s', (declared, value, expected) => {
    expect(languageOf(value, declared)).toBe(expected);
  });

  it('trusts a declared language over the content, e.g. a yaml block', () => {
    // Flat key: value would be text if undeclared; the author said yaml.
    expect(languageOf('image: nginx\nrestart: always', 'yaml')).toBe('yaml');
  });

  it('calls an empty unlabelled block text', () => {
    expect(languageOf('\n  \n')).toBe('text');
  });
});

describe('fenceCode', () => {
  /** 003 Q4 (two unlabelled diagrams and a ```bash session) followed by 000 Q2 (a ```bash command). */
  function sampleTree(): Root {
    const q4 = lines(imagesGuide, 288, 402);
    const q2 = lines(qaDoc, 55, 66);
    expect(q4).toContain('### Q4: What is the difference between `docker commit` and `docker build`?');
    expect(q2).toContain('docker run --restart=always <image_name>');
    return parseMarkdown(`${q4}\n\n${q2}\n`, 'test.md');
  }

  it('sets each block\'s language and counts blocks by final language', () => {
    const tree = sampleTree();
    const report = fenceCode(tree.children);
    const langs: (string | null | undefined)[] = [];
    visit(tree, 'code', (code: Code) => void langs.push(code.lang));
    expect(langs).toEqual(['text', 'text', 'console', 'bash']);
    expect(report.byLanguage).toEqual({ text: 2, console: 1, bash: 1 });
  });

  it('counts as changed only the blocks whose language was added or corrected', () => {
    const report = fenceCode(sampleTree().children);
    // Two labels added (text), one corrected (bash → console); the ```bash command is untouched.
    expect(report.changed).toBe(3);
  });

  it('counts nothing as changed when every declared language is right', () => {
    const tree = parseMarkdown(lines(qaDoc, 55, 66), 'test.md');
    expect(fenceCode(tree.children)).toEqual({ byLanguage: { bash: 1 }, changed: 0 });
  });

  it('counts a block a parser fenced from bare lines as changed even when its language stays', () => {
    const code: Code = { type: 'code', lang: 'bash', value: 'docker run hello-world', data: { fencedFromBareLines: true } };
    const report = fenceCode([code]);
    expect(code.lang).toBe('bash');
    expect(report).toEqual({ byLanguage: { bash: 1 }, changed: 1 });
  });

  it('normalises an alias in place and counts it as changed (sh → bash)', () => {
    const code: Code = { type: 'code', lang: 'sh', meta: 'title="x"', value: 'docker ps' };
    const report = fenceCode([code]);
    expect(code.lang).toBe('bash');
    expect(code.meta).toBeNull();
    expect(report.changed).toBe(1);
  });

  it('finds code blocks nested inside lists (000 Q12)', () => {
    const tree = parseMarkdown(lines(qaDoc, 165, 197), 'test.md');
    const report = fenceCode(tree.children);
    expect(report.byLanguage).toEqual({ dockerfile: 2 });
  });
});
