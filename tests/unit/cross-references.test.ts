/**
 * cross-references: "see the CLI/daemon question" in 004's answer becomes a
 * link to the page it means. The answer is the real 004, parsed as the
 * pipeline parses it.
 */
import { readFileSync } from 'node:fs';
import type { Link, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseCorrections, type LinkCorrection } from '../../src/ingest/review/corrections.ts';
import { linkCrossReferences } from '../../src/ingest/steps/cross-references.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { parsePlainQa } from '../../src/ingest/formats/plain-qa.ts';
import { parseSourceList } from '../../src/ingest/review/source-list.ts';
import type { Entry } from '../../src/ingest/types.ts';

const content = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
const sources = parseSourceList(content('sources/sources.json'));
const sourceById = (id: string) => sources.find((source) => source.id === id)!;
const committed = parseCorrections({ 'topics.yaml': content('corrections/topics.yaml'), 'links.yaml': content('corrections/links.yaml') });
const topicSlugs = committed.topics.map((topic) => topic.slug);
/** The committed links.yaml record for `text`. */
const reviewed = (text: string) => committed.links.find((link) => link.text === text)!;

function entry(slug: string, title: string, sourceId: string, line: number, body: RootContent[] = [{ type: 'paragraph', children: [{ type: 'text', value: 'An answer.' }] }]): Entry {
  const source = sourceById(sourceId);
  return {
    slug,
    title,
    kind: 'question',
    topic: 'fundamentals',
    order: 0,
    summary: 'A summary.',
    level: 'basic',
    tags: [],
    aliases: [],
    related: [],
    sources: [{ source: sourceId, locator: `line ${line}`, line, heading: title }],
    answers: [{ source, body }],
    asked: 0,
  };
}

/** The answer of 004, fresh for each test (linking changes it in place). */
function runFlowEntry(): Entry {
  const tree = parsePlainQa(content('sources/004_bb4bf25717b52521.txt'), 'content/sources/004_bb4bf25717b52521.txt');
  return entry('what-happens-on-docker-run', 'What happens when you run docker run hello-world?', 'docker-run-flow', 1, tree.children.slice(1));
}
const architecture = () => entry('docker-architecture', 'Explain the Docker architecture.', 'qa-doc', 540);
const microservices = () =>
  entry('service-discovery-and-load-balancing', 'Your team is adopting a microservices architecture. How would you achieve service discovery?', 'qa-doc', 340);

function linksIn(entry: Entry): { text: string; url: string }[] {
  const links: { text: string; url: string }[] = [];
  for (const node of entry.answers[0]!.body) visit(node, 'link', (link: Link) => void links.push({ text: toString(link), url: link.url }));
  return links;
}

describe('linkCrossReferences', () => {
  it('the committed links.yaml holds the records used here', () => {
    expect(reviewed('see the CLI/daemon question')).toMatchObject({ source: 'docker-run-flow', to: 'question:qa-doc:540' });
    expect(reviewed('see that topic')).toMatchObject({ source: 'docker-run-flow', to: 'topic:registries' });
  });

  it('turns "see the CLI/daemon question" into a link to the reviewed question (/questions/<slug>/)', () => {
    const run = runFlowEntry();
    const report = linkCrossReferences([architecture(), run], [reviewed('see the CLI/daemon question'), reviewed('see that topic')], topicSlugs);
    expect(linksIn(run)).toContainEqual({ text: 'see the CLI/daemon question', url: '/questions/docker-architecture/' });
    // The words around the link stay as they were.
    const step1 = toString(run.answers[0]!.body.find((node) => toString(node).includes('CLI/daemon'))!);
    expect(step1).toContain('over the local Unix socket (see the CLI/daemon question).');
    expect(report.linked['docker-run-flow']).toBeGreaterThanOrEqual(2);
  });

  it('links a topic target to /topics/<slug>/', () => {
    const run = runFlowEntry();
    linkCrossReferences([architecture(), run], [reviewed('see that topic')], topicSlugs);
    expect(linksIn(run)).toContainEqual({ text: 'see that topic', url: '/topics/registries/' });
  });

  it('links "see the architecture question" without a correction when exactly one title has "architecture"', () => {
    const run = runFlowEntry();
    const report = linkCrossReferences([architecture(), run], [], topicSlugs);
    expect(linksIn(run)).toContainEqual({ text: 'see the architecture question', url: '/questions/docker-architecture/' });
    expect(report.warnings.map((warning) => warning.message).join('\n')).not.toContain('see the architecture question');
  });

  it('links "see the CLI/daemon question" without a correction when one title holds both words', () => {
    const run = runFlowEntry();
    const daemon = entry('cli-and-daemon', 'How do the Docker CLI and the daemon talk?', 'qa-doc', 700);
    linkCrossReferences([daemon, run], [], topicSlugs);
    expect(linksIn(run)).toContainEqual({ text: 'see the CLI/daemon question', url: '/questions/cli-and-daemon/' });
  });

  it('warns, naming the source, about a reference it cannot resolve: "see that question"', () => {
    const run = runFlowEntry();
    const report = linkCrossReferences([architecture(), run], [], topicSlugs);
    const warning = report.warnings.find((w) => w.message.includes('"see that question"'));
    expect(warning).toBeDefined();
    expect(warning!.source).toBe('docker-run-flow');
    expect(warning!.message).toContain(run.title);
    expect(warning!.message).toContain('content/corrections/links.yaml');
    expect(linksIn(run).map((link) => link.text)).not.toContain('see that question');
  });

  it('warns instead of guessing when two titles match ("architecture" is also in a microservices title)', () => {
    const run = runFlowEntry();
    const report = linkCrossReferences([architecture(), microservices(), run], [], topicSlugs);
    expect(linksIn(run).map((link) => link.text)).not.toContain('see the architecture question');
    expect(report.warnings).toContainEqual(expect.objectContaining({ source: 'docker-run-flow', message: expect.stringContaining('"see the architecture question"') }));
  });

  it('does not warn about a reference a correction linked', () => {
    const run = runFlowEntry();
    const report = linkCrossReferences([architecture(), microservices(), run], [reviewed('see the architecture question')], topicSlugs);
    expect(linksIn(run)).toContainEqual({ text: 'see the architecture question', url: '/questions/docker-architecture/' });
    expect(report.warnings.map((warning) => warning.message).join('\n')).not.toContain('see the architecture question');
  });

  it('only applies a correction to answers of its own source', () => {
    const other = entry('other', 'Another question', 'images-guide', 24, [{ type: 'paragraph', children: [{ type: 'text', value: 'For the daemon, see the CLI/daemon question.' }] }]);
    linkCrossReferences([architecture(), other], [reviewed('see the CLI/daemon question')], topicSlugs);
    expect(linksIn(other).map((link) => link.url)).not.toContain('/questions/docker-architecture/');
  });

  it('rejects a correction pointing at an address where no entry starts, naming links.yaml', () => {
    const wrong: LinkCorrection = { source: 'docker-run-flow', text: 'see the CLI/daemon question', to: 'question:qa-doc:541', reason: 'test' };
    const run = () => linkCrossReferences([architecture(), runFlowEntry()], [wrong], topicSlugs);
    expect(run).toThrow(IngestError);
    expect(run).toThrow(/^content\/corrections\/links\.yaml: .*qa-doc:541/);
  });

  it('rejects a correction pointing at an unknown topic, naming links.yaml', () => {
    const wrong: LinkCorrection = { source: 'docker-run-flow', text: 'see that topic', to: 'topic:hub', reason: 'test' };
    const run = () => linkCrossReferences([architecture(), runFlowEntry()], [wrong], topicSlugs);
    expect(run).toThrow(IngestError);
    expect(run).toThrow(/^content\/corrections\/links\.yaml: .*unknown topic "hub"/);
  });
});
