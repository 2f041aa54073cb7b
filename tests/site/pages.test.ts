/** Over the built site: every entry has a page with its title, short answer and highlighted code. */
import { existsSync } from 'node:fs';
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

  it('the index links every topic', () => {
    const links = page('').querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const topic of topics) expect(links).toContain(`/topics/${topic.id}/`);
  });

  it('has a search index built by Pagefind', () => {
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
