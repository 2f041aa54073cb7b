/** Over the built site: every entry has a page with its title, short answer and highlighted code. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks, questions, topics } from '../helpers/content.ts';
import { distDir, page } from '../helpers/dist.ts';

describe('entry pages', () => {
  it.each(questions.map((q) => [q.id, q]))('/questions/%s/', (id, file) => {
    const html = page(`questions/${id}/`);
    expect(html.querySelector('h1')?.text.trim()).toBe(file.data['title']);
    expect(html.querySelector('main')?.text).toContain(String(file.data['summary']).slice(0, 60));
    const highlighted = html.querySelectorAll('pre.astro-code');
    const blocks = codeBlocks(file.body);
    expect(highlighted).toHaveLength(blocks.length);
    expect(highlighted.map((pre) => pre.getAttribute('data-language'))).toEqual(blocks.map((block) => block.lang));
  });
});

describe('topic pages and the index', () => {
  it.each(topics.map((t) => [t.id, t]))('/topics/%s/ lists its entries', (id) => {
    const html = page(`topics/${id}/`);
    const links = html.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    const expected = questions.filter((q) => q.data['topic'] === id).map((q) => `/questions/${q.id}/`);
    expect(links).toEqual(expect.arrayContaining(expected));
  });

  it('the footer\'s "All topics" leads to /topics/, which lists every topic in order with its number of entries', () => {
    for (const path of ['', 'questions/cmd-vs-entrypoint/', 'commands/']) {
      expect(page(path).querySelector('.site-footer a')?.getAttribute('href'), path).toBe('/topics/');
    }
    const cards = page('topics/').querySelectorAll('main .topic-index > li');
    const inOrder = [...topics].sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
    expect(cards.map((card) => card.querySelector('h2 a')?.getAttribute('href'))).toEqual(inOrder.map((topic) => `/topics/${topic.id}/`));
    cards.forEach((card, at) => {
      const count = questions.filter((q) => q.data['topic'] === inOrder[at]!.id).length;
      expect(card.querySelector('.meta span')?.text).toBe(`${count} ${count === 1 ? 'entry' : 'entries'}`);
    });
  });

  it('the index links every topic', () => {
    const links = page('').querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const topic of topics) expect(links).toContain(`/topics/${topic.id}/`);
  });

  // A page's navigation must not grow with its topic: 9 neighbours at most, then a link to the topic's list.
  it.each(questions.map((q) => [q.id, q]))('/questions/%s/ shows at most 9 entries of its topic in the sidebar', (id, file) => {
    const sidebar = page(`questions/${id}/`).querySelector('.sidebar .entries')!;
    const siblings = questions.filter((q) => q.data['topic'] === file.data['topic']);
    const listed = sidebar.querySelectorAll('li:not(.entries-all) a');
    expect(listed).toHaveLength(Math.min(9, siblings.length));
    expect(listed.map((a) => a.getAttribute('href'))).toContain(`/questions/${id}/`);
    const all = sidebar.querySelector('.entries-all a');
    if (siblings.length > 9) expect(all?.text).toBe(`All ${siblings.length} entries in ${page(`topics/${file.data['topic']}/`).querySelector('h1')?.text}`);
    else expect(all).toBeNull();
  });

  it('Previous and Next lead through every entry in reading order, across topics, naming the topic they lead into', () => {
    const byOrder = (a: { data: Record<string, unknown> }, b: { data: Record<string, unknown> }) => Number(a.data['order']) - Number(b.data['order']);
    const topicsInOrder = [...topics].sort(byOrder);
    const reading = topicsInOrder.flatMap((topic) => questions.filter((q) => q.data['topic'] === topic.id).sort(byOrder));
    const topicTitle = (entry: (typeof questions)[number]) => String(topicsInOrder.find((topic) => topic.id === entry.data['topic'])!.data['title']);
    let crossings = 0;
    reading.forEach((entry, at) => {
      const pager = page(`questions/${entry.id}/`).querySelector('.pager')!;
      for (const [rel, other, word] of [['prev', reading[at - 1], 'Previous'], ['next', reading[at + 1], 'Next']] as const) {
        const link = pager.querySelector(`a[rel="${rel}"]`);
        if (!other) {
          expect(link, `${entry.id} has no ${rel}`).toBeNull();
          continue;
        }
        expect(link?.getAttribute('href'), `${rel} of ${entry.id}`).toBe(`/questions/${other.id}/`);
        const crosses = other.data['topic'] !== entry.data['topic'];
        if (crosses) crossings++;
        expect(link!.querySelector('span')!.text).toBe(crosses ? `${word} topic: ${topicTitle(other)}` : word);
      }
    });
    // Each topic boundary is crossed once forwards and once backwards.
    expect(crossings).toBe(2 * (topicsInOrder.filter((topic) => reading.some((q) => q.data['topic'] === topic.id)).length - 1));
  });

  it('the home page carries no list of entry ids for the progress counts: they come from entry-topics.json, for readers with progress', () => {
    const home = page('');
    const lines = home.querySelectorAll('[data-topic-progress]');
    expect(lines.map((line) => line.getAttribute('data-topic-progress')).sort()).toEqual(topics.map((topic) => topic.id).sort());
    const members = JSON.parse(readFileSync(join(distDir, 'entry-topics.json'), 'utf8')) as Record<string, string>;
    for (const topic of topics) expect(members[topic.id]!.split(' ').sort()).toEqual(questions.filter((q) => q.data['topic'] === topic.id).map((q) => q.id).sort());
  });

  it('has a search index built by Pagefind', () => {
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
