/**
 * Headings lose their emoji, which show as a box without an emoji font
 * ("□ Normal Exit Codes"); check marks and arrows are text and stay.
 */
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { withoutEmoji } from '../../src/ingest/steps/emoji.ts';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { parsePdfText } from '../../src/ingest/formats/pdf-text/index.ts';
import { dropHeadingEmoji } from '../../src/ingest/steps/heading-emoji.ts';
import { cutOut, rawSource } from '../helpers/sources.ts';

describe('withoutEmoji', () => {
  it.each([
    ['✅ Normal Exit Codes', 'Normal Exit Codes'], // 002:9058
    ['27. 🔹 Scenario One Container Can’t Communicate with Another', '27. Scenario One Container Can’t Communicate with Another'], // 000:390
    ['Read-only 🔒', 'Read-only'],
    ['⚠️ Emergency only', 'Emergency only'],
    ['👩‍💻 Developer setup', 'Developer setup'],
    ['✓ Catch signal → exit 143', '✓ Catch signal → exit 143'],
    ['No emoji at all', 'No emoji at all'],
  ])('%j -> %j', (text, expected) => {
    expect(withoutEmoji(text)).toBe(expected);
  });
});

describe('dropHeadingEmoji', () => {
  it('removes emoji from headings only, around inline code too, and counts the headings it changed', () => {
    const tree = parseMarkdown(
      ['## 26. 🔹 Scenario Application Not Accessible from Host', '', '✅ A paragraph keeps its emoji.', '', '### Run `docker ps` 🔍 first', '', '### ✓ Checked'].join('\n'),
      'test.md',
    );
    expect(dropHeadingEmoji(tree)).toBe(2);
    expect(tree.children.map((node) => toString(node))).toEqual([
      '26. Scenario Application Not Accessible from Host',
      '✅ A paragraph keeps its emoji.',
      'Run docker ps first',
      '✓ Checked',
    ]);
  });

  it('turns the course guide’s "✅ Normal Exit Codes" into a section heading like "Error Exit Codes" beside it', () => {
    // 002 from the exit codes entry down to its first table row.
    const cut = cutOut(rawSource('002_8d63654ea8fce396.txt'), /^ Common Docker Exit Codes/, /^1 General error/);
    const { tree } = parsePdfText(cut, []);
    dropHeadingEmoji(tree);
    // (Without layout.yaml, which reads the table below as a table, its header row is a heading too.)
    const headings = tree.children.filter((node) => node.type === 'heading').map((node) => [node.depth, toString(node)]);
    expect(headings.filter(([, text]) => String(text).includes('Exit Codes'))).toEqual([
      [2, 'Common Docker Exit Codes and Their Meanings'],
      [3, 'Normal Exit Codes'],
      [3, 'Error Exit Codes'],
    ]);
    expect(toString(tree)).not.toMatch(/\p{Emoji_Presentation}/u);
  });
});
