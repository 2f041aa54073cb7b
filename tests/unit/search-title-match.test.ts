import { describe, expect, it } from 'vitest';
import { preferTitleMatches, sameWord, titleCoverage } from '../../src/scripts/search-title-match.ts';

describe('sameWord: one word in different forms, without the stemmer of the index', () => {
  it.each([
    ['layer', 'layers'],
    ['restart', 'restarting'],
    ['persist', 'persistence'],
    ['communicate', 'communication'],
    ['image', 'images'],
    ['run', 'running'],
    ['stop', 'stopped'],
    ['configure', 'configuration'],
    ['vm', 'vms'],
    ['cmd', 'cmd'],
  ])('%s ~ %s', (a, b) => expect(sameWord(a, b)).toBe(true));

  it.each([
    ['use', 'user'],
    ['run', 'runtime'],
    ['run', 'runc'],
    ['compose', 'component'],
    ['install', 'instance'],
    ['config', 'confidential'],
    ['copy', 'cow'],
    ['volume', 'value'],
  ])('%s is not %s', (a, b) => expect(sameWord(a, b)).toBe(false));
});

describe('titleCoverage: the share of the meaningful title words the reader asked for', () => {
  it('a title made of the query words is fully covered', () => {
    expect(titleCoverage('Alpine Images', ['alpine', 'images'])).toBe(1);
    expect(titleCoverage('What is the difference between RUN and CMD?', ['run', 'cmd'])).toBe(1);
  });

  it('question words, "docker" and "difference" do not count', () => {
    expect(titleCoverage('What is the difference between a scratch image and an Alpine base image?', ['alpine', 'images'])).toBe(3 / 5);
  });

  it("apostrophes do not leave stray letters: \"can't\" is one word, \"container's\" is container", () => {
    // cant, one, container, connect, another
    expect(titleCoverage("Why can't one container connect to another?", ['container', 'connect'])).toBe(2 / 5);
    expect(titleCoverage("The container's filesystem", ['container', 'filesystem'])).toBe(1);
  });

  it('a title with none of the words, or with nothing meaningful, is 0', () => {
    expect(titleCoverage('Namespaces', ['cgroups'])).toBe(0);
    expect(titleCoverage('What is Docker?', ['docker'])).toBe(0);
  });
});

describe('preferTitleMatches', () => {
  const hit = (title: string, score: number) => ({ title, score });

  it('moves the entry titled with the query above a longer page with a somewhat higher score', () => {
    // 10 × (1 + 3/5) = 16 against 8.5 × (1 + 1) = 17.
    const hits = [
      hit('What is the difference between a scratch image and an Alpine base image?', 10),
      hit('Alpine Images', 8.5),
      hit('How do you keep Docker images small and fast to deploy?', 6),
    ];
    expect(preferTitleMatches(hits, ['alpine', 'images'], 3).map((entry) => entry.title)[0]).toBe('Alpine Images');
  });

  it('counts another phrasing of the question as a title ("docker cp" is the tool, not "cpu")', () => {
    const hits = [
      { title: 'How do you limit a container\'s CPU and memory?', score: 10 },
      { title: 'How do you copy files between a container and the host?', score: 6, aliases: ['docker cp', 'copy file into container'] },
    ];
    expect(preferTitleMatches(hits, ['cp'], 2)[0]!.title).toBe('How do you copy files between a container and the host?');
  });

  it('keeps Pagefind order when the titles say nothing', () => {
    const hits = [hit('Namespaces', 9), hit('Cgroups', 8), hit('Hypervisor', 7)];
    expect(preferTitleMatches(hits, ['isolation'], 3)).toEqual(hits);
  });

  it('but not above a page scoring more than twice as high', () => {
    const hits = [hit('Volume Types', 3), hit('Alpine Images', 1)];
    expect(preferTitleMatches(hits, ['alpine', 'images'], 2)).toEqual(hits);
  });

  it('never moves a page that lacks some query words above one that has them all', () => {
    // Only the first two hold every word; the third came from the fallback for pages with most of them.
    const hits = [hit('Volume Types', 3), hit('Networking modes', 2), hit('Containers cannot talk to each other', 50)];
    const ordered = preferTitleMatches(hits, ['containers', 'cannot', 'talk'], 2);
    expect(ordered.map((entry) => entry.title)).toEqual(['Volume Types', 'Networking modes', 'Containers cannot talk to each other']);
  });
});
