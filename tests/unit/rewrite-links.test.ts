import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { rewriteLinks } from '../../src/ingest/steps/rewrite-links.ts';
import { IMAGES_GUIDE, QA_DOC, cutOut, rawSource, repairedSource } from '../helpers/sources.ts';

const parse = (text: string): Root => parseMarkdown(text, 'test.md');

function nodesOf<T extends Nodes['type']>(tree: Root, type: T): Extract<Nodes, { type: T }>[] {
  const found: Extract<Nodes, { type: T }>[] = [];
  visit(tree, type, (node) => void found.push(node as Extract<Nodes, { type: T }>));
  return found;
}

describe('rewriteLinks: links into a chat website keep their text and lose the link', () => {
  it('claude.ai links from the table of contents of 003', () => {
    const cut = cutOut(repairedSource(IMAGES_GUIDE), /^1\. \[Fundamental Concepts\]/, /^4\. /);
    expect(cut).toContain('https://claude.ai/chat/');
    const tree = parse(cut);
    const report = rewriteLinks(tree);
    expect(nodesOf(tree, 'link')).toEqual([]);
    expect(JSON.stringify(tree)).not.toContain('claude.ai');
    expect(nodesOf(tree, 'listItem').map((item) => toString(item))).toEqual(['Fundamental Concepts', 'Image Architecture Questions', 'Container Lifecycle Questions']);
    expect(report).toEqual({ rewritten: 3, rawHtml: [] });
  });

  it('a chat link inside a sentence: the words around it are kept in order', () => {
    const tree = parse('See [the layers answer](https://chatgpt.com/c/abc) for details.\n');
    expect(rewriteLinks(tree).rewritten).toBe(1);
    expect(toString(tree)).toBe('See the layers answer for details.');
    expect(nodesOf(tree, 'link')).toEqual([]);
  });

  it('formatting inside the link text survives', () => {
    const tree = parse('Read [**Q5** and `overlay2`](https://claude.ai/chat/x#q5).\n');
    rewriteLinks(tree);
    expect(nodesOf(tree, 'strong').map((node) => toString(node))).toEqual(['Q5']);
    expect(nodesOf(tree, 'inlineCode').map((node) => node.value)).toEqual(['overlay2']);
    expect(nodesOf(tree, 'link')).toEqual([]);
  });
});

describe('rewriteLinks: "#anchor" links keep their text and lose the link', () => {
  it('table-of-contents anchors of 000 that point at no heading', () => {
    const cut = cutOut(rawSource(QA_DOC), /^1\. \[Difference between a Docker container/, /^3\. /);
    const tree = parse(cut);
    expect(rewriteLinks(tree)).toEqual({ rewritten: 2, rawHtml: [] });
    expect(nodesOf(tree, 'link')).toEqual([]);
    expect(nodesOf(tree, 'listItem').map((item) => toString(item))).toEqual([
      'Difference between a Docker container and a virtual machine',
      'Ensuring a Docker container starts automatically on host restart',
    ]);
  });
});

describe('rewriteLinks: localhost links become inline code', () => {
  it('Q26 of 000: "[http://localhost:8080](http://localhost:8080)" becomes `http://localhost:8080`', () => {
    const cut = cutOut(rawSource(QA_DOC), /^The container is running, but the application/, /^- \*\*Answer/);
    const tree = parse(cut);
    expect(rewriteLinks(tree)).toEqual({ rewritten: 1, rawHtml: [] });
    expect(nodesOf(tree, 'link')).toEqual([]);
    expect(nodesOf(tree, 'inlineCode').map((node) => node.value)).toEqual(['http://localhost:8080']);
    expect(toString(tree)).toBe('The container is running, but the application is not accessible on http://localhost:8080. What could be wrong?');
  });

  it('a bare localhost address (autolinked by GFM) and 127.0.0.1 become code too', () => {
    const tree = parse('Open http://localhost:3000 or [the API](http://127.0.0.1:5000/health) in a browser.\n');
    expect(rewriteLinks(tree).rewritten).toBe(2);
    expect(nodesOf(tree, 'link')).toEqual([]);
    expect(nodesOf(tree, 'inlineCode').map((node) => node.value)).toEqual(['http://localhost:3000', 'http://127.0.0.1:5000/health']);
  });
});

describe('rewriteLinks: raw HTML is shown as text, never run', () => {
  it('a <script> block becomes a paragraph of text and is reported with its line', () => {
    const tree = parse('Intro.\n\n<script>alert(1)</script>\n\nAfter.\n');
    const report = rewriteLinks(tree);
    expect(nodesOf(tree, 'html')).toEqual([]);
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(toString(tree.children[1]!)).toBe('<script>alert(1)</script>');
    expect(report.rawHtml).toEqual([{ line: 3, html: '<script>alert(1)</script>' }]);
    expect(toString(tree.children[2]!)).toBe('After.');
  });

  it('inline HTML inside a paragraph becomes text in place, each tag reported', () => {
    const tree = parse('Line one.\n\nUse <b onclick="x()">bold</b> here.\n');
    const report = rewriteLinks(tree);
    expect(nodesOf(tree, 'html')).toEqual([]);
    expect(toString(tree.children[1]!)).toBe('Use <b onclick="x()">bold</b> here.');
    expect(report.rawHtml).toEqual([
      { line: 3, html: '<b onclick="x()">' },
      { line: 3, html: '</b>' },
    ]);
  });

  it('HTML inside a list item stays in the item, as text', () => {
    const tree = parse('- first\n- <img src=x onerror=alert(1)>\n');
    rewriteLinks(tree);
    expect(nodesOf(tree, 'html')).toEqual([]);
    expect(nodesOf(tree, 'listItem').map((item) => toString(item))).toEqual(['first', '<img src=x onerror=alert(1)>']);
  });

  it('the real 000 and the repaired 003 hold no raw HTML outside code', () => {
    for (const text of [rawSource(QA_DOC), repairedSource(IMAGES_GUIDE)]) {
      expect(rewriteLinks(parse(text)).rawHtml).toEqual([]);
    }
  });
});

describe('rewriteLinks: ordinary links stay', () => {
  it('https links to public sites are untouched and not counted', () => {
    const tree = parse('See [the Docker docs](https://docs.docker.com/engine/) and <https://github.com/moby/moby>.\n');
    const before = JSON.stringify(tree);
    expect(rewriteLinks(tree)).toEqual({ rewritten: 0, rawHtml: [] });
    expect(JSON.stringify(tree)).toBe(before);
    expect(nodesOf(tree, 'link').map((link) => link.url)).toEqual(['https://docs.docker.com/engine/', 'https://github.com/moby/moby']);
  });

  // Regression (was a bug): the host patterns end in \b, which also matches before a dot, so any
  // public host that merely starts with "localhost." or "claude.ai." is rewritten.
  it('a public host that only starts with "localhost." or "claude.ai." keeps its link', () => {
    const tree = parse('Tunnels: [localhost.run](https://localhost.run/docs/) and [a mirror](https://claude.ai.example.com/page).\n');
    expect(rewriteLinks(tree).rewritten).toBe(0);
    expect(nodesOf(tree, 'link').map((link) => link.url)).toEqual(['https://localhost.run/docs/', 'https://claude.ai.example.com/page']);
  });
});
