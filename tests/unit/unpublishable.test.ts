import type { RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { unpublishable } from '../../src/ingest/steps/unpublishable.ts';

const body = (markdown: string): RootContent[] => unified().use(remarkParse).parse(markdown).children;

describe("what a reader's notes hold that is not published", () => {
  it('a heading over nothing but a list of questions (a "Follow-up questions" section)', () => {
    const raw = { heading: 'Follow-up Questions:', body: body('- How would you slim this image?\n- How do you pass a secret to a build?\n') };
    expect(unpublishable(raw)).toMatch(/"Follow-up Questions:" is a list of questions with no answers, so it is not published/);
  });

  it('an answer that is only a link to another site', () => {
    expect(unpublishable({ heading: 'What is a registry?', body: body('See [this article](https://example.com/registries).\n') })).toMatch(/only a link to another site/);
  });

  it('keeps a question answered by a list, a list with an answer among its items, and a link with an explanation', () => {
    expect(unpublishable({ heading: 'Which restart policies are there?', body: body('- no?\n- always?\n') })).toBeUndefined();
    expect(unpublishable({ heading: 'Network modes', body: body('- bridge: the default?\n- host: shares the host network.\n') })).toBeUndefined();
    expect(unpublishable({ heading: 'Tips', body: body('Intro text first.\n\n- Why pin versions?\n') })).toBeUndefined();
    expect(unpublishable({ heading: 'What is a registry?', body: body('A server that stores images; see [the docs](https://docs.docker.com/) for more.\n') })).toBeUndefined();
  });
});
