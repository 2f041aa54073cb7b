/**
 * slug: short, readable, stable URLs made from cleaned titles. The titles are
 * the cleaned headings of 000 and 003.
 */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/ingest/steps/slug.ts';

describe('slugify', () => {
  it.each([
    ['What is the difference between COPY and ADD?', 'difference-between-copy-and-add'],
    ['What is the Union Filesystem? How does it work in Docker?', 'union-filesystem'],
    ['What is ARG?', 'arg'],
    ['Explain the Docker architecture.', 'docker-architecture'],
    ['Tell me some Docker commands.', 'some-docker-commands'],
    ['How do you list all Docker images and their sizes?', 'list-all-docker-images-and-their-sizes'],
    ['Can you make changes to existing Docker image?', 'make-changes-to-existing-docker-image'],
    ['Describe the lifecycle of a container', 'lifecycle-of-container'],
  ])('drops the leading question words of "%s"', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('names the question by its first clause or sentence', () => {
    expect(slugify('What is a Docker image, and how is it different from a Docker container?')).toBe('docker-image');
    expect(slugify('What are dangling images? How do you remove them?')).toBe('dangling-images');
    expect(slugify('What is a Docker image? Explain its structure.')).toBe('docker-image');
  });

  it('keeps a leading word that only starts like a question word ("Whatever", "Isolation")', () => {
    expect(slugify('Whatever happened to docker?')).toBe('whatever-happened-to-docker');
    expect(slugify('Isolation in Docker')).toBe('isolation-in-docker');
  });

  it('removes apostrophes instead of splitting at them (curly and straight)', () => {
    expect(slugify('One Container Can’t Communicate with Another')).toBe('one-container-cant-communicate-with-another');
    expect(slugify("One Container Can't Communicate with Another")).toBe('one-container-cant-communicate-with-another');
  });

  it('uses only lower-case letters, digits and single hyphens', () => {
    const slug = slugify('How does `docker build` use the build-cache (BuildKit, v2)?');
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug).toBe('docker-build-use-build-cache-buildkit-v2');
  });

  it('cuts a long title to at most 64 characters at a word boundary (000 Q19)', () => {
    const title =
      'Your development team uses different environments (development, testing, production) with different configurations. How would you manage these environment-specific configurations in Docker?';
    const slug = slugify(title);
    // "development-team-uses-different-environments-development-testing" is 64 characters; adding "-production" would pass 64.
    expect(slug).toBe('development-team-uses-different-environments-development-testing');
    expect(slug.length).toBeLessThanOrEqual(64);
  });

  it('never cuts inside a word, whatever the length (000 Q8)', () => {
    const title =
      "Let's say there's a Docker container and you have installed Jenkins on it everything is running fine perfectly and after a few days there is a new joining in your team your Junior and he or she restarts that container and now you are not able to see anything inside Jenkins what went wrong over here?";
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug.length).toBeGreaterThan(50);
    const titleWords = new Set(title.toLowerCase().replace(/['’]/g, '').split(/[^a-z0-9]+/));
    for (const word of slug.split('-')) expect(titleWords.has(word), `"${word}" is a whole word of the title`).toBe(true);
  });

  it('gives a fallback slug when nothing is left', () => {
    expect(slugify('Is it?')).toBe('entry');
    expect(slugify('')).toBe('entry');
  });

  it('is stable: the same title gives the same slug, however often and in whatever order it is asked', () => {
    const titles = ['What is the difference between COPY and ADD?', 'Explain the Docker architecture.', 'What is ARG?'];
    const first = titles.map(slugify);
    for (let round = 0; round < 3; round++) expect([...titles].reverse().map(slugify).reverse()).toEqual(first);
  });

  // Regression (was a bug): apostrophes are removed before the leading
  // question is matched, so "What's" becomes "whats", which is no question
  // word: "What's a Docker image?" gets "whats-docker-image" while
  // "What is a Docker image?" gets "docker-image".
  it('treats "What\'s" like "What is"', () => {
    expect(slugify("What's a Docker image?")).toBe(slugify('What is a Docker image?'));
  });
});
