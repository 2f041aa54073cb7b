import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { removeDebris } from '../../src/ingest/steps/remove-debris.ts';
import { IMAGES_GUIDE, QA_DOC, cutOut, rawSource, repairedSource, texts } from '../helpers/sources.ts';

const parse = (text: string): Root => parseMarkdown(text, 'test.md');
/** Each top-level node as [kind, text]: "heading2", "paragraph", "code"… */
const outline = (tree: Root) => tree.children.map((node) => [`${node.type}${node.type === 'heading' ? node.depth : ''}`, toString(node)]);
const starts = (text: string) => expect.stringMatching(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

describe('removeDebris: table of contents (000)', () => {
  // 000 from its title down to the end of Q1: title, intro, ---, ToC, ---, Q1, ---.
  const cut = cutOut(rawSource(QA_DOC), /^# Docker Interview/, /^## 2\. /);

  it('removes the "Table of Contents" heading and its 36-line list, with the separators', () => {
    const tree = parse(cut);
    const counts = removeDebris(tree);
    const all = texts(tree.children).join('\n');
    expect(all).not.toMatch(/Table of Contents/);
    expect(all).not.toContain('Ensuring a Docker container starts automatically on host restart');
    expect(tree.children.some((node) => node.type === 'thematicBreak')).toBe(false);
    // The "---" right after the ToC list lies inside the skipped section, so only two count as separators.
    expect(counts).toEqual({ 'table of contents': 1, 'separator lines': 2 });
  });

  it('keeps the title, the intro and the first question with its answer', () => {
    const tree = parse(cut);
    removeDebris(tree);
    expect(outline(tree)).toEqual([
      ['heading1', 'Docker Interview Q&A Documentation'],
      ['paragraph', starts('This documentation contains a comprehensive list')],
      ['heading2', '1. Difference between a Docker container and a virtual machine?'],
      ['list', starts('Answer:A virtual machine includes its own full operating system')],
    ]);
  });

  it('a "Contents" heading with sub-headings is skipped up to the next heading of its depth', () => {
    const tree = parse(['# Guide', '', '## Contents', '', '### Part one', '', '- [Q1](#q1)', '', '## Q1. What is Docker?', '', 'A platform.', ''].join('\n'));
    expect(removeDebris(tree)).toEqual({ 'table of contents': 1 });
    expect(texts(tree.children)).toEqual(['Guide', 'Q1. What is Docker?', 'A platform.']);
  });

  it('a heading that merely mentions contents is kept', () => {
    const tree = parse('## What are the contents of an image?\n\nLayers and metadata.\n');
    expect(removeDebris(tree)).toEqual({});
    expect(tree.children).toHaveLength(2);
  });
});

describe('removeDebris: separator lines', () => {
  it('removes the "---" between questions of 000 and keeps both questions whole', () => {
    const cut = cutOut(rawSource(QA_DOC), /^## 4\. /, /^## 6\. /);
    const tree = parse(cut);
    expect(removeDebris(tree)).toEqual({ 'separator lines': 2 });
    expect(outline(tree).map(([kind]) => kind)).toEqual(['heading2', 'list', 'heading2', 'list']);
    expect(toString(tree.children[1]!)).toContain('A Docker image is a blueprint');
    expect(toString(tree.children[3]!)).toContain('Docker images are immutable');
  });

  it('whole of 000: 37 separators and one table of contents, 36 question headings kept', () => {
    const tree = parse(rawSource(QA_DOC));
    expect(removeDebris(tree)).toEqual({ 'separator lines': 37, 'table of contents': 1 });
    expect(tree.children.filter((node) => node.type === 'heading' && node.depth === 2)).toHaveLength(36);
  });
});

describe('removeDebris: heading anchors (003)', () => {
  it('strips "{#fundamentals}" from the heading and keeps its words', () => {
    const cut = cutOut(repairedSource(IMAGES_GUIDE), /^## Fundamental Concepts/, /^\*\*Detailed Explanation/);
    const tree = parse(cut);
    expect(removeDebris(tree)).toEqual({ 'heading anchors': 1 });
    expect(texts(tree.children.slice(0, 2))).toEqual(['Fundamental Concepts', 'Q1: What is a Docker image? Explain its structure.']);
    expect(toString(tree.children[2]!)).toMatch(/^Short Answer: A Docker image is a read-only template/);
  });

  it('the top of 003: ToC with chat links removed, "Deep Dive" subtitle and anchored section kept', () => {
    const cut = cutOut(repairedSource(IMAGES_GUIDE), /^# Docker Images/, /^\*\*Detailed Explanation/);
    const tree = parse(cut);
    expect(removeDebris(tree)).toEqual({ 'table of contents': 1, 'heading anchors': 1 });
    expect(outline(tree)).toEqual([
      ['heading1', 'Docker Images & Containers: Complete Interview Guide'],
      ['heading2', 'Deep Dive with Explanations & Diagrams'],
      ['heading2', 'Fundamental Concepts'],
      ['heading3', 'Q1: What is a Docker image? Explain its structure.'],
      ['paragraph', starts('Short Answer: A Docker image is a read-only template')],
    ]);
    expect(JSON.stringify(tree)).not.toContain('claude.ai');
  });

  it('"{#id}" in the middle of a heading is not an anchor and stays', () => {
    const tree = parse('## Use {#id} syntax in headings\n\nText.\n');
    expect(removeDebris(tree)).toEqual({});
    expect(toString(tree.children[0]!)).toBe('Use {#id} syntax in headings');
  });
});

describe('removeDebris: chat leftovers (end of the repaired 003)', () => {
  const repaired = repairedSource(IMAGES_GUIDE);
  // The last answer's "Prevention" part, the separator and the chat's closing words.
  const cut = cutOut(repaired, /^\*\*Prevention:\*\*/);

  it('the cut-out really holds the chat leftovers', () => {
    expect(cut).toContain('(Continuing in next part due to length...)');
    expect(cut).toContain('Would you like me to continue with the remaining sections?');
  });

  it('removes "(Continuing in next part…)", "Would you like me to continue…", the list and the closing line', () => {
    const tree = parse(cut);
    const counts = removeDebris(tree);
    const all = toString(tree);
    expect(all).not.toContain('Continuing in next part');
    expect(all).not.toContain('Would you like me to continue');
    expect(all).not.toContain('Container Management Questions');
    expect(all).not.toContain('Each section has detailed Q&As');
    expect(counts).toEqual({ 'separator lines': 1, 'chat leftovers': 4 });
  });

  it('keeps the real content before them: the "Prevention" label and its code', () => {
    const tree = parse(cut);
    removeDebris(tree);
    expect(outline(tree)).toEqual([
      ['paragraph', 'Prevention:'],
      ['code', starts('# Use .dockerignore\n# Prevents rebuild triggers')],
    ]);
    expect(toString(tree.children[1]!)).toContain('docker image prune -f  # Clean danglers');
  });

  it('whole of the repaired 003: every kind of debris counted, the last question kept', () => {
    const tree = parse(repaired);
    expect(removeDebris(tree)).toEqual({ 'table of contents': 1, 'heading anchors': 4, 'separator lines': 12, 'chat leftovers': 4 });
    const last = tree.children.filter((node) => node.type === 'heading').at(-1)!;
    expect(toString(last)).toBe('Q12: What are dangling images? How do you remove them?');
    expect(toString(tree.children.at(-1)!)).toContain('docker image prune -f');
  });

  it('a chat-like sentence followed by another question is content, not a leftover', () => {
    const tree = parse(['## Q1. What is Docker?', '', 'Let me know if you would like a deeper dive, the docs cover it.', '', '## Q2. What is an image?', '', 'A template.', ''].join('\n'));
    expect(removeDebris(tree)).toEqual({});
    expect(tree.children).toHaveLength(4);
  });
});
