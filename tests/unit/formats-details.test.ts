import { describe, expect, it } from 'vitest';
import { parseDetails } from '../../src/ingest/formats/details.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { ingestOwn } from '../helpers/own-notes.ts';

describe('details: <details><summary>Question</summary> answer </details>', () => {
  const { entries, report } = ingestOwn('details/notes.md');
  const byTitle = (start: string) => entries.find((entry) => entry.title.startsWith(start))!;

  it('one entry per block with an answer; the summary is the title, its tags gone', () => {
    expect(entries.map((entry) => entry.title).sort()).toEqual([
      'How do you run a command inside a running container? (exec)',
      'What is the difference between an image and a container?',
      'Which network does a container join by default?',
    ]);
    expect(report.debrisRemoved['questions without an answer']).toBe(1);
  });

  it('auto-detect picks it and says why', () => {
    expect(report.format).toBe('details, detected: 4 <details> blocks with a <summary>');
  });

  it('a markdown answer after a blank line keeps its code; no wrapper tag is left', () => {
    const exec = byTitle('How do you run a command').body;
    expect(exec).toMatch(/Use exec:[\s\S]*```bash\n\s*docker exec -it web sh\n\s*```[\s\S]*It starts a new process/);
    for (const entry of entries) expect(entry.body).not.toMatch(/details>|summary>/);
  });

  it('an HTML answer on the summary line is the answer', () => {
    expect(byTitle('Which network').body).toContain('unless you pass --network');
    expect(byTitle('What is the difference between an image').body).toContain('An image is a read-only template');
  });

  it('section headings group the questions and are not entries', () => {
    const tree = parseDetails('## Basics\n\n<details>\n<summary>What is X?</summary><br><b>It is Y.</b>\n</details>\n', 'f.md').tree;
    expect(tree.children.map((node) => node.type === 'heading' ? `h${node.depth}` : node.type)).toEqual(['h2', 'h3', 'html']);
  });

  it('a closing tag on the last line of a list (read by markdown as part of the list) still ends the block', () => {
    const text = ['## Basics', '', '<details>', '<summary>What is a layer?</summary><br><b>', '', '* A set of file changes', '  * stacked read-only', '</b></details>', '', '<details>', '<summary>What is a tag?</summary><br><b>', '', 'A name for an image.', '</b></details>', ''].join('\n');
    const { tree, questions } = parseDetails(text, 'f.md');
    expect(questions).toBe(2);
    const headings = tree.children.filter((node) => node.type === 'heading' && node.depth === 3);
    expect(headings.map((node) => node.position?.start.line)).toEqual([4, 11]);
  });

  it('a <summary> never closed names its line', () => {
    try {
      parseDetails('# T\n\n<details>\n<summary>What is X?\n\nno end\n', 'content/sources/x.md');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).message).toBe('content/sources/x.md:4: the <summary> opened here is never closed with </summary>');
    }
  });
});
