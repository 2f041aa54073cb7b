/**
 * Removes what the PDF page put around the text: footers ("Docker Guide",
 * "Page N") with the blank lines around them, link targets the exporter wrote
 * out as lines of their own, and "Copy code" bars pasted from a chat answer.
 * The line after a removed footer continues the text before it.
 */
import type { Line } from './lines.ts';

export interface FurnitureReport {
  footers: number;
  linkLeftovers: number;
  copyCodeBars: number;
}

export interface CleanLine extends Line {
  /** The line before this one (with text) was on the previous page. */
  afterPageBreak: boolean;
  /** Marks where a reviewed move put lines: nothing continues across it. */
  hardBreak?: boolean;
}

const FOOTER_TITLE = /^Docker Guide$/;
const PAGE_NUMBER = /^Page \d+$/;
const BARE_URL = /^https?:\/\/\S+$/;
const COPY_CODE = /^Copy code$/;
const LANGUAGE_LABEL = /^(bash|sh|shell|yaml|yml|json|dockerfile|plaintext|text|python|javascript)$/i;

export function removePageFurniture(lines: Line[]): { lines: CleanLine[]; report: FurnitureReport } {
  const report: FurnitureReport = { footers: 0, linkLeftovers: 0, copyCodeBars: 0 };
  const out: CleanLine[] = [];
  let pageBreak = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FOOTER_TITLE.test(line.text) && lines.slice(i + 1, i + 4).some((next) => PAGE_NUMBER.test(next.text))) {
      // Drop the footer, the page number, and the blank lines that lead up to the next page's text.
      while (out.length > 0 && out.at(-1)!.text === '') out.pop();
      i = lines.findIndex((next, at) => at > i && PAGE_NUMBER.test(next.text));
      while (i + 1 < lines.length && lines[i + 1]!.text === '') i++;
      report.footers++;
      pageBreak = true;
      continue;
    }
    if (BARE_URL.test(line.text) && !line.trailingSpace) {
      report.linkLeftovers++;
      continue;
    }
    if (COPY_CODE.test(line.text)) {
      if (out.length > 0 && LANGUAGE_LABEL.test(out.at(-1)!.text)) out.pop();
      report.copyCodeBars++;
      continue;
    }
    out.push({ ...line, afterPageBreak: pageBreak || line.pageStart });
    if (line.text !== '') pageBreak = false;
  }
  return { lines: out, report };
}
