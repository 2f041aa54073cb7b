/**
 * summary: entries whose source gives no short answer get the first sentence
 * or two of their answer. Bodies are real answers, structured as the pipeline
 * does (the "- **Answer:**" wrapper of 000 unwrapped).
 */
import { readFileSync } from 'node:fs';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { structureAnswer } from '../../src/ingest/steps/structure.ts';
import { deriveSummary, shorten } from '../../src/ingest/steps/summary.ts';

const source = (file: string) => readFileSync(new URL(`../../content/sources/${file}`, import.meta.url), 'utf8');
const qaDoc = source('000_8c57ad0391467279.txt');
const courseGuide = source('002_8d63654ea8fce396.txt');
const runFlow = source('004_bb4bf25717b52521.txt');
const lines = (text: string, from: number, to: number) => text.split('\n').slice(from - 1, to).join('\n');

/** Lines of a source as the structured answer body the pipeline would summarise. */
function answer(text: string, from: number, to: number): RootContent[] {
  return structureAnswer(parseMarkdown(lines(text, from, to), 'test.md').children).body;
}
const paragraph = (text: string): RootContent[] => parseMarkdown(text, 'test.md').children;

describe('deriveSummary', () => {
  it('takes the first sentence when it is long enough on its own (000 Q1)', () => {
    expect(deriveSummary(answer(qaDoc, 50, 52))).toBe(
      'A virtual machine includes its own full operating system running on a hypervisor, which offers stronger isolation but uses more resources and takes longer to boot.',
    );
  });

  it('adds the second sentence when the first is short (000 Q5)', () => {
    expect(deriveSummary(answer(qaDoc, 101, 103))).toBe(
      "Docker images are immutable, meaning you can't modify them directly. However, we can create a new image by building the Dockerfile again with the required changes.",
    );
  });

  it('completes "Docker components are:" with the labels of the list after it (000 Q35)', () => {
    const body = answer(qaDoc, 542, 549);
    expect(body[0]!.type).toBe('paragraph');
    expect(deriveSummary(body)).toBe(
      'Docker components are: Docker Client, Docker Daemon, Docker Local Repository, Docker Registry (or Remote Repository).',
    );
  });

  it('sums up an answer that is only a list by its items (000 Q6)', () => {
    expect(deriveSummary(answer(qaDoc, 108, 111))).toBe('Using Docker Commit; Using a Dockerfile.');
  });

  it('sums up a list of labelled items by their labels (000 Q7 list)', () => {
    const list = parseMarkdown(lines(qaDoc, 118, 120).replace(/^ {2}/gm, ''), 'test.md').children;
    expect(list[0]!.type).toBe('list');
    expect(deriveSummary(list)).toBe('Bridge mode (by default); Host mode; Overlay mode.');
  });

  it('does not split a sentence at ".dockerignore" (002 "Use .dockerignore File")', () => {
    const text = lines(courseGuide, 4480, 4482);
    expect(text.startsWith('The .dockerignore file tells Docker')).toBe(true);
    expect(deriveSummary(paragraph(text))).toBe('The .dockerignore file tells Docker which files and directories to exclude when building an image.');
  });

  it('does not split at ".dockerignore" or ".gitignore" inside a short first sentence (002 "Priority")', () => {
    const text = 'Use a .dockerignore file to keep .git out of the image. It also makes builds faster because the build context is smaller.';
    expect(deriveSummary(paragraph(text))).toBe(text);
  });

  // Regression (was a bug): its comment
  // says a full stop inside "e.g." does not end a sentence, but "e.g. Java"
  // (a capital after the abbreviation) is split there, so the summary of this
  // 002 sentence stops at "(e.g." instead of the end of the sentence.
  it('does not end a sentence at "e.g." (002 "Distroless Images")', () => {
    const text = `${lines(courseGuide, 1693, 1693)} ${lines(courseGuide, 1695, 1695)}`.replace(/^[\s\uE000-\uF8FF]+/u, '').replace(/\s+/g, ' ').trim();
    expect(text).toBe('Google provides Distroless images tailored for specific programming languages (e.g. Java, Node.js, Python)');
    expect(deriveSummary(paragraph(text))).toBe(text);
  });

  it('summarises a scenario after its "Answer" heading, not the scenario text (000 Q26)', () => {
    const body = answer(qaDoc, 365, 386);
    // the scenario ("You ran a Docker container using: …") comes first, then the Answer heading
    expect(body[0]!.type).toBe('paragraph');
    expect(body.some((node) => node.type === 'heading')).toBe(true);
    const summary = deriveSummary(body);
    expect(summary).toBe('The application inside the container might not be listening on port 80.');
    expect(summary).not.toMatch(/You ran/);
  });

  it('drops a trailing "Run:" that only introduces a code block (000 Q26)', () => {
    expect(deriveSummary(answer(qaDoc, 365, 386))).not.toMatch(/Run[:.]?$/);
  });

  it('shortens a long first sentence with "…" at a word boundary, at most 240 characters (004 Quick Answer)', () => {
    const text = lines(runFlow, 3, 3);
    expect(text.length).toBeGreaterThan(240);
    const summary = deriveSummary(paragraph(text));
    expect(summary.length).toBeLessThanOrEqual(240);
    expect(summary.endsWith('…')).toBe(true);
    const kept = summary.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    // The cut falls between words (a trailing ";" or "," may be dropped before the "…").
    expect(text.slice(kept.length)).toMatch(/^[,;:]?\s/);
    expect(kept.length).toBeGreaterThan(200);
  });

  it('names the commands of an answer that is only a code block', () => {
    const body = paragraph('```bash\ndocker volume create data\ndocker volume ls\n\ndocker volume inspect data\n```');
    expect(deriveSummary(body)).toBe('Commands shown: docker volume create, docker volume ls, docker volume inspect.');
  });

  it('returns an empty summary for an answer with no text and no code', () => {
    expect(deriveSummary([{ type: 'thematicBreak' }])).toBe('');
  });

  // Regression (was a bug): a code-only answer whose
  // code is a Dockerfile has no lower-case command words, so each line becomes
  // an empty item: 000 Q32 (ARG/ENV lines only) is summarised "Commands shown: ."
  // (entries.yaml happens to give Q32 a summary, hiding it on the site).
  it('does not summarise a Dockerfile-only answer as an empty command list (000 Q32)', () => {
    const body = answer(qaDoc, 478, 483);
    expect(body.every((node) => node.type === 'code')).toBe(true);
    const summary = deriveSummary(body);
    expect(summary).not.toMatch(/^Commands shown: ?\.$/);
    expect(summary).not.toMatch(/, ,/);
  });

  // Regression (was a bug): it takes the first three
  // lower-case words of each line, so words of a trailing "# comment" or of a
  // nested `docker images -q` are read as part of the command: 000 Q34 gives
  // "docker ps all, docker images all, …, docker ps running, docker ps only,
  // docker images show, …, docker rmi images, docker rm ps…".
  it('names only the commands of a code-only answer, not words of its comments (000 Q34)', () => {
    const summary = deriveSummary(answer(qaDoc, 496, 537));
    expect(summary).toMatch(/^Commands shown: docker pull, docker images, docker ps/);
    for (const wrong of ['docker ps all', 'docker ps running', 'docker ps only', 'docker images show', 'docker rmi images']) expect(summary).not.toContain(wrong);
  });

  // Regression (was a bug): console output lines are
  // read as commands: a "$ docker images" session gives
  // "Commands shown: docker images, , nginx latest."
  it('names only the prompted commands of a console session', () => {
    const body = paragraph('```console\n$ docker images\nREPOSITORY   TAG      IMAGE ID       SIZE\nnginx        latest   abc123def456   142MB\n```');
    expect(deriveSummary(body)).toBe('Commands shown: docker images.');
  });
});

describe('shorten', () => {
  it('keeps text of 240 characters as it is', () => {
    const text = `${'word '.repeat(47)}abcd`;
    expect(text).toHaveLength(239);
    expect(shorten(text)).toBe(text);
    expect(shorten(`${text}e`)).toBe(`${text}e`);
  });

  it('cuts text of 241 characters to whole words and "…", within 240', () => {
    const text = `${'word '.repeat(48)}x`;
    expect(text).toHaveLength(241);
    const short = shorten(text);
    expect(short.length).toBeLessThanOrEqual(240);
    expect(short).toMatch(/^(word )+word…$/);
  });

  it('drops a comma left dangling before the "…"', () => {
    const text = `${'alpha, '.repeat(40)}end`;
    expect(shorten(text)).toMatch(/alpha…$/);
  });
});
