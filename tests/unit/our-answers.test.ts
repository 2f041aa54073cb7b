/**
 * Our answers join the ingest: an answer opens its entry, an answer with a
 * title is an entry of its own, and a wrong link or name stops the ingest
 * naming the answer file and line.
 */
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/index.ts';
import { inputWith } from '../helpers/ingest-input.ts';

const prose = Array.from({ length: 130 }, (_, index) => `word${index}`).join(' ');
const SOURCE = { source: { file: 'a.txt', entryDepth: 2, reviewed: true }, bytes: '# A\n\n## 1. What is a Docker volume?\n\nStorage that outlives a container.\n' };
const answerFile = (front: string, followUp = '- [What about bind mounts?](bind-mounts-explained)\n- What else?\n') =>
  `---\nchecked: 2026-12-07\ndocs:\n  - https://docs.docker.com/engine/storage/volumes/\n${front}---\n\nSay this. ${prose}\n\n## Key points\n\n- One.\n- Two.\n- Three.\n\n## Follow-ups\n\n${followUp}`;
const OWN = 'title: How do bind mounts differ from volumes?\ntopic: storage\nkind: question\nlevel: basic\nsummary: A bind mount maps a host path; a volume is managed by Docker.\n';

function ingest(answers: Record<string, string>, survey?: string) {
  return runIngest({ ...inputWith([SOURCE]), answers, ...(survey ? { survey } : {}) });
}
const file = (result: ReturnType<typeof ingest>, slug: string) => [...result.files].find(([path]) => path.endsWith(`/${slug}.mdx`))?.[1];

describe('our answers in the ingest', () => {
  it('opens the entry with our answer and makes an entry of our own, linked from the follow-up', () => {
    const result = ingest({
      'content/answers/docker-volume.md': answerFile(''),
      'content/answers/bind-mounts-explained.md': answerFile(OWN, '- [What is a volume?](docker-volume)\n- What else?\n'),
    });
    const sourced = file(result, 'docker-volume')!;
    expect(sourced.indexOf('<OurAnswer>')).toBeLessThan(sourced.indexOf('<SourceFold'));
    expect(sourced).toContain('[What about bind mounts?](/questions/bind-mounts-explained/)');
    const own = file(result, 'bind-mounts-explained')!;
    expect(own).toContain('title: How do bind mounts differ from volumes?');
    expect(own).not.toContain('<FromSources>');
    expect(result.summary).toContain('2 open with our answer (1 of them entries of our own)');
  });

  it('records how many banks ask each entry, from the survey', () => {
    const survey = '- question: Volumes?\n  banks: [a, b]\n  entry: docker-volume\n';
    expect(file(ingest({}, survey), 'docker-volume')).toContain('asked: 2');
  });

  it.each([
    ['a follow-up to no entry', { 'content/answers/docker-volume.md': answerFile('') }, /content\/answers\/docker-volume\.md:\d+: the follow-up links "bind-mounts-explained", which is no entry/],
    ['an answer for no entry', { 'content/answers/nothing-here.md': answerFile('', '- A?\n- B?\n') }, /content\/answers\/nothing-here\.md:1: no entry has the slug "nothing-here"/],
    ['an entry of our own on a slug the sources use', { 'content/answers/docker-volume.md': answerFile(OWN, '- A?\n- B?\n') }, /is already the URL of an entry from the sources/],
    ['an entry of our own in an unknown topic', { 'content/answers/bind-mounts-explained.md': answerFile(OWN.replace('storage', 'nowhere'), '- A?\n- B?\n') }, /topic "nowhere" is not in content\/corrections\/topics\.yaml/],
  ])('stops, naming the answer file, on %s', (_, answers, message) => {
    expect(() => ingest(answers)).toThrow(message);
  });

  it('shows the sources unfolded where an entry has no answer of ours yet', () => {
    expect(file(ingest({}), 'docker-volume')).toMatch(/<SourceFold[^>]* open/);
  });
});
