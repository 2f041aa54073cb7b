/**
 * Format "pdf-text": a document exported from PDF to plain text (002). The
 * story: read the lines with their layout signals, drop page furniture,
 * apply the reviewed layout decisions, group lines into blocks, build mdast.
 */
import type { Root } from 'mdast';
import type { LayoutCorrection } from '../../review/corrections.ts';
import { buildBlocks } from './blocks.ts';
import { Layout } from './layout.ts';
import { readLines } from './lines.ts';
import { removePageFurniture, type FurnitureReport } from './page-furniture.ts';
import { blocksToMdast } from './to-mdast.ts';
import { mendSplitWords } from './words.ts';

export interface PdfTextResult {
  tree: Root;
  furniture: FurnitureReport;
  wordsMended: number;
}

export function parsePdfText(text: string, layoutRecords: LayoutCorrection[]): PdfTextResult {
  const layout = new Layout(layoutRecords);
  const { lines, report } = removePageFurniture(readLines(text));
  const mended = mendSplitWords(layout.arrange(lines));
  const blocks = buildBlocks(mended.lines, layout);
  layout.assertAllUsed();
  return { tree: blocksToMdast(blocks), furniture: report, wordsMended: mended.count };
}
