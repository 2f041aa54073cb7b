/**
 * Box diagrams line up as a reader sees them: in Chromium, with the site's
 * monospace font, every line inside a box ends with an edge at the same pixel
 * position as the box's corner. Measured on the rendered text, so a character
 * drawn wider than its neighbours (an emoji, a glyph from a fallback font)
 * fails here even where the characters count right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/ingest-input.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

const questionsDir = join(projectRoot, 'content/questions');
const withDiagrams = readdirSync(questionsDir, { recursive: true, encoding: 'utf8' })
  // A diagram's top line, also indented inside a source's fold.
  .filter((file) => file.endsWith('.mdx') && /^\s*[┌+]-*[─-]{3,}/m.test(readFileSync(join(questionsDir, file), 'utf8')))
  .map((file) => file.replace(/^.*\//, '').replace(/\.mdx$/, ''));

interface Misaligned {
  line: string;
  corner: number;
  edge: number | null;
}

describe.skipIf(!hasChromium)('box diagrams in Chromium', () => {
  const site = siteInBrowser();

  it('finds the pages that draw boxes', () => {
    expect(withDiagrams.length).toBeGreaterThanOrEqual(6);
  });

  it.each(withDiagrams)('/questions/%s/: every right edge sits under its corner', async (slug) => {
    const page = await site.open(`questions/${slug}/`);
    const { boxes, problems } = await page.evaluate(() => {
      // Diagrams sit in the sources' folds: open them, as a reader would.
      for (const fold of document.querySelectorAll('details')) fold.open = true;
      const problems: Misaligned[] = [];
      let measured = 0;
      for (const pre of document.querySelectorAll('pre')) {
        // Pixel x of each character of each rendered line.
        const lines: { text: string; x: number[] }[] = [];
        for (const line of pre.querySelectorAll('.line')) {
          const text: string[] = [];
          const x: number[] = [];
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const value = node.nodeValue ?? '';
            for (let i = 0; i < value.length; ) {
              const width = value.codePointAt(i)! > 0xffff ? 2 : 1;
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + width);
              text.push(value.slice(i, i + width));
              x.push(range.getBoundingClientRect().right);
              i += width;
            }
          }
          lines.push({ text: text.join(''), x });
        }
        const chars = lines.map((line) => [...line.text]);
        // Each section of a box, from its top corner down or from its bottom corner up, to the next divider.
        const corners = [
          { pattern: /┌[─┬]*┐/g, step: 1, inner: '│', edges: '│┤' },
          { pattern: /└[─┴]*┘/g, step: -1, inner: '│', edges: '│┤' },
          { pattern: /\+-[-+]*\+/g, step: 1, inner: '|', edges: '|+' },
        ];
        chars.forEach((row, cornerRow) => {
          const text = row.join('');
          for (const { pattern, step, inner, edges } of corners) {
            for (const match of text.matchAll(pattern)) {
              const left = [...text.slice(0, match.index)].length;
              const right = left + [...match[0]].length - 1;
              const corner = lines[cornerRow]!.x[right]!;
              measured++;
              for (let r = cornerRow + step; r >= 0 && r < chars.length && chars[r]![left] === inner; r += step) {
                // This box's edge on this row: the edge character whose right side is nearest the corner's.
                const found = chars[r]!.flatMap((c, i) => (edges.includes(c) && i > left ? [lines[r]!.x[i]!] : []));
                const nearest = found.length ? found.reduce((a, b) => (Math.abs(b - corner) < Math.abs(a - corner) ? b : a)) : null;
                if (nearest === null || Math.abs(nearest - corner) > 1) problems.push({ line: lines[r]!.text, corner, edge: nearest });
              }
            }
          }
        });
      }
      return { boxes: measured, problems };
    });
    expect(boxes, 'boxes measured on the page').toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
