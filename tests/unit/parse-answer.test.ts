/** The shape of an answer file (content/answers/README.md): every problem named with file and line. */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answers/parse-answer.ts';
import { checkConsole, checkDockerfile, checkShell, checkYaml } from '../../src/answers/check-examples.ts';

const FILE = 'content/answers/some-entry.md';
const prose = (words: number) => Array.from({ length: words }, (_, index) => `word${index}`).join(' ');
function answer({ front = 'checked: 2026-12-07\ndocs:\n  - https://docs.docker.com/engine/\n', body = prose(150), points = '- One.\n- Two.\n- Three.\n', followUps = '- [Next?](other-entry)\n- Then what?\n' } = {}): string {
  return `---\n${front}---\n\n${body}\n\n## Key points\n\n${points}\n## Follow-ups\n\n${followUps}`;
}

describe('parseAnswer', () => {
  it('reads the answer, the key points and the follow-ups with the entries they link', () => {
    const parsed = parseAnswer(answer(), FILE);
    expect(parsed.slug).toBe('some-entry');
    expect(parsed.words).toBe(150);
    expect(parsed.keyPoints).toHaveLength(3);
    expect(parsed.followUps.map(({ question, slug }) => ({ question, slug }))).toEqual([{ question: 'Next?', slug: 'other-entry' }, { question: 'Then what?', slug: undefined }]);
  });

  it.each([
    ['too short an answer', { body: prose(40) }, /:6: the answer has 40 words of prose; it needs 120-400/],
    ['too long an answer', { body: prose(450) }, /has 450 words/],
    ['two key points', { points: '- One.\n- Two.\n' }, /2 key points; there should be 3-6/],
    ['a follow-up that is no question', { followUps: '- Next.\n- Then what?\n' }, /a follow-up is a question ending in "\?"/],
    ['a link to another site', { body: `${prose(150)} [x](https://evil.example/)` }, /a link goes to docs.docker.com, github.com or an entry slug/],
    ['HTML', { body: `${prose(150)}\n\n<script>alert(1)</script>` }, /:9: an answer holds no HTML/],
    ['a code block with no language', { body: `${prose(150)}\n\n\`\`\`\ndocker ps\n\`\`\`` }, /:9: a code block needs a language/],
    ['no docs page', { front: 'checked: 2026-12-07\ndocs: []\n' }, /frontmatter docs/],
    ['a docs page elsewhere', { front: 'checked: 2026-12-07\ndocs:\n  - https://example.com/\n' }, /a docs page is under https:\/\/docs\.docker\.com\//],
    ['an entry field without a title', { front: 'checked: 2026-12-07\ndocs:\n  - https://docs.docker.com/\ntopic: images\n' }, /topic belong to an entry of our own/],
  ])('names the file and line for %s', (_, parts, message) => {
    expect(() => parseAnswer(answer(parts), FILE)).toThrow(message);
  });

  it('needs the sections in order: answer, Key points, Follow-ups', () => {
    const swapped = `---\nchecked: 2026-12-07\ndocs:\n  - https://docs.docker.com/\n---\n\n${prose(150)}\n\n## Follow-ups\n\n- A?\n- B?\n\n## Key points\n\n- 1\n- 2\n- 3\n`;
    expect(() => parseAnswer(swapped, FILE)).toThrow(/:9: expected "## Key points" here, found "## Follow-ups"/);
  });

  it('needs topic, kind, level and a short answer of at most 50 words for an entry of our own', () => {
    expect(() => parseAnswer(answer({ front: 'checked: 2026-12-07\ndocs:\n  - https://docs.docker.com/\ntitle: A new question?\n' }), FILE)).toThrow(/also needs topic, kind, level, summary/);
    const long = `checked: 2026-12-07\ndocs:\n  - https://docs.docker.com/\ntitle: A?\ntopic: images\nkind: question\nlevel: basic\nsummary: ${prose(51)}\n`;
    expect(() => parseAnswer(answer({ front: long }), FILE)).toThrow(/at most 50 words/);
  });
});

describe('examples go through real parsers', () => {
  it('a Dockerfile with a mistyped instruction or a bad flag fails; a modern one passes', () => {
    expect(checkDockerfile('FROM alpine:3.22\nRUNN echo hi\n')).toMatch(/Unknown instruction: RUNN/);
    expect(checkDockerfile('# syntax=docker/dockerfile:1\nFROM golang:1.24 AS build\nRUN --mount=type=cache,target=/go/pkg/mod go build ./...\nFROM scratch\nCOPY --from=build /out /app\n')).toBeUndefined();
  });

  it('a Compose file is checked against the Compose Specification schema', () => {
    expect(checkYaml('services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:17\n')).toBeUndefined();
    expect(checkYaml('services:\n  web:\n    image: nginx:1.27\n    restart_policy: always\n')).toMatch(/not a valid Compose file/);
    expect(checkYaml('key: [unclosed')).toMatch(/YAML does not parse/);
  });

  it('shell lines parse as bash; a console session parses its commands and ignores output', async () => {
    expect(await checkShell('docker run --rm -it alpine:3.22 sh -c "echo hi"')).toBeUndefined();
    expect(await checkShell('docker run --rm <image>')).toMatch(/shell does not parse/);
    expect(await checkConsole('$ docker ps\nCONTAINER ID   IMAGE   ( weird output\n')).toBeUndefined();
    expect(await checkConsole('no prompt at all')).toMatch(/at least one command/);
  });
});
