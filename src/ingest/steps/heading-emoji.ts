/**
 * Step: headings lose their emoji ("✅ Normal Exit Codes", "27. 🔹 Scenario …"),
 * as box diagrams do (align-boxes.ts). An emoji there is decoration, and
 * without an emoji font it shows as a box; titles, the source headings
 * an entry lists and the section headings all come from these nodes.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withoutEmoji } from './emoji.ts';

/** Removes emoji from every heading's text; returns how many headings changed. */
export function dropHeadingEmoji(tree: Root): number {
  let changed = 0;
  visit(tree, 'heading', (heading) => {
    let touched = false;
    visit(heading, 'text', (text) => {
      const cleaned = withoutEmoji(text.value);
      if (cleaned !== text.value) {
        text.value = cleaned;
        touched = true;
      }
    });
    // The heading as the source wrote it, where a correction replaced the text (pdf-text).
    const source = heading.data?.sourceHeading;
    if (source !== undefined && withoutEmoji(source) !== source) {
      heading.data!.sourceHeading = withoutEmoji(source);
      touched = true;
    }
    if (touched) changed++;
  });
  return changed;
}
