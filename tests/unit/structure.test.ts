import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { parsePlainQa } from '../../src/ingest/formats/plain-qa.ts';
import { structureAnswer } from '../../src/ingest/steps/structure.ts';
import { IMAGES_GUIDE, QA_DOC, RUN_FLOW, cutOut, rawSource, repairedSource } from '../helpers/sources.ts';

/** The answer body of a cut-out that starts with its question heading. */
const bodyOf = (text: string): RootContent[] => parseMarkdown(text, 'test.md').children.slice(1);
/** Each node as [kind, text]: "heading2", "paragraph", "code"… */
const outline = (nodes: RootContent[]) => nodes.map((node) => [`${node.type}${node.type === 'heading' ? node.depth : ''}`, toString(node)]);
const starts = (text: string) => expect.stringMatching(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

const qaDoc = rawSource(QA_DOC);
const imagesGuide = repairedSource(IMAGES_GUIDE);
const question = (text: string, from: RegExp, to: RegExp) => bodyOf(cutOut(text, from, to));

describe('structureAnswer: the "- **Answer:**" list wrapper of 000', () => {
  it('Q1: a one-item "Answer" list becomes the answer paragraph itself, label gone', () => {
    const body = question(qaDoc, /^## 1\. /, /^## 2\. /);
    expect(body.map((node) => node.type)).toEqual(['list', 'thematicBreak']);
    const { body: structured, summary } = structureAnswer(body);
    expect(outline(structured)).toEqual([
      ['paragraph', starts('A virtual machine includes its own full operating system running on a hypervisor')],
      ['thematicBreak', ''],
    ]);
    expect(summary).toBeUndefined();
  });

  it('Q3: an "Answer" item holding a list: the inner list becomes top-level', () => {
    const { body } = structureAnswer(question(qaDoc, /^## 3\. /, /^---$/));
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({ type: 'list' });
    const items = (body[0] as Extract<RootContent, { type: 'list' }>).children.map((item) => toString(item.children[0]!));
    expect(items[0]).toBe('Docker Compose simplifies multi-container deployments.');
    expect(items).toHaveLength(4);
    expect(items[3]).toBe('Use the commands:');
    expect(toString(body[0]!)).toContain('docker compose down');
  });

  it('Q2: code inside the answer item is kept, in order, after unwrapping', () => {
    const { body } = structureAnswer(question(qaDoc, /^## 2\. /, /^---$/));
    expect(outline(body)).toEqual([
      ['paragraph', starts('We can ensure a Docker container starts automatically on host restart')],
      ['code', 'docker run --restart=always <image_name>'],
      ['paragraph', starts('This tells Docker to always restart the container')],
    ]);
  });

  it('Q27 (scenario first): the scenario stays first and an "Answer" heading is inserted before the answer', () => {
    const { body } = structureAnswer(question(qaDoc, /^## 27\. /, /^---$/));
    expect(outline(body)).toEqual([
      ['paragraph', starts('You have two containers: App and Database')],
      ['heading2', 'Answer'],
      ['paragraph', 'Containers should communicate via Docker Networks instead of exposing ports unnecessarily.'],
      ['list', starts('Create a network:')],
      ['paragraph', starts('Now, the App can connect to the Database using the service name db')],
    ]);
  });

  it('every one of the 36 answers of 000 loses its "Answer:" label', () => {
    const sections = qaDoc.split(/^(?=## \d+\. )/m).slice(1);
    expect(sections).toHaveLength(36);
    for (const section of sections) {
      const { body } = structureAnswer(bodyOf(section));
      expect(body.map((node) => toString(node)).join('\n'), section.split('\n')[0]).not.toMatch(/^Answer:/m);
    }
  });

  it('a list with several bold items is not mistaken for the answer wrapper', () => {
    const body = bodyOf('## Q\n\n- **Answer:** yes\n- **Why:** because\n');
    const { body: structured } = structureAnswer(body);
    expect(structured).toEqual(body);
  });
});

describe('structureAnswer: bold label lines become headings', () => {
  it('"**Visual Explanation:**" alone in a paragraph becomes a depth-2 heading without the colon (003 Q3)', () => {
    const { body } = structureAnswer(question(imagesGuide, /^### Q3:/, /^\*\*What Happens When/));
    expect(outline(body)).toEqual([
      ['heading2', 'Visual Explanation'],
      ['code', starts('IMAGE LAYERS (Read-Only, Immutable):')],
    ]);
  });

  it('bold text that does not end in a colon, or sits in a sentence, stays a paragraph', () => {
    const body = bodyOf('## Q\n\n**Important**\n\n**Note:** layers are shared.\n');
    expect(outline(structureAnswer(body).body)).toEqual([
      ['paragraph', 'Important'],
      ['paragraph', 'Note: layers are shared.'],
    ]);
  });
});

describe('structureAnswer: the source\'s own short answer becomes the summary', () => {
  it('"**Short Answer:** text" (003 Q3): the text becomes the summary and leaves the body', () => {
    const line = imagesGuide.split('\n').find((text) => text.startsWith('**Short Answer:** You cannot modify an image'))!;
    const { body, summary } = structureAnswer(question(imagesGuide, /^### Q3:/, /^\*\*What Happens When/));
    expect(summary).toBe(line.replace('**Short Answer:** ', ''));
    expect(body.map((node) => toString(node)).join('\n')).not.toMatch(/Short Answer|You cannot modify an image/);
  });

  it('inline code in the short answer is kept as plain words (003 Q5)', () => {
    const { summary } = structureAnswer(question(imagesGuide, /^### Q5:/, /^\*\*Visual Explanation/));
    expect(summary).toBe('Image layers are stored in /var/lib/docker/overlay2/ using overlay filesystem. Each layer is stored separately and stacked using union mount.');
  });

  it('a "Short Answer" label followed by a list (003 Q4) gives a "; "-joined summary', () => {
    const { body, summary } = structureAnswer(question(imagesGuide, /^### Q4:/, /^```$/));
    expect(summary).toBe('docker commit: Creates image from running container (manual changes); docker build: Creates image from Dockerfile (automated, reproducible).');
    expect(outline(body)[0]).toEqual(['heading2', 'Visual Comparison']);
    expect(body.some((node) => node.type === 'list' || toString(node) === 'Short Answer')).toBe(false);
  });

  it('a "Short Answer" label followed by code (003 Q11) gives no summary and loses nothing', () => {
    const { body, summary } = structureAnswer(question(imagesGuide, /^### Q11:/, /^\*\*Detailed Explanation/));
    expect(summary).toBeUndefined();
    expect(outline(body)).toEqual([
      ['heading2', 'Short Answer'],
      ['code', 'docker images\n# or\ndocker image ls'],
    ]);
  });

  it('a "Quick Answer" heading followed by a paragraph (004) gives the summary', () => {
    const raw = rawSource(RUN_FLOW);
    const quick = raw.split('\n')[2]!;
    expect(raw.split('\n')[1]).toBe('Quick Answer');
    const body = parsePlainQa(raw, 'test.txt').children.slice(1);
    const { body: structured, summary } = structureAnswer(body);
    expect(summary).toBe(quick);
    expect(outline(structured)[0]).toEqual(['heading2', 'Detailed Answer']);
    expect(structured).toHaveLength(body.length - 2);
  });

  it('"**Quick answer**: text" with the colon outside the bold also counts', () => {
    const { body, summary } = structureAnswer(bodyOf('## Q\n\n**Quick answer**: Containers share the host kernel.\n\nMore detail.\n'));
    expect(summary).toBe('Containers share the host kernel.');
    expect(outline(body)).toEqual([['paragraph', 'More detail.']]);
  });
});
