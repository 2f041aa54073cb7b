/**
 * Titles and URLs in one style (content/corrections/entries.yaml pins them):
 * a question reads as the one question an interviewer asks, a study note as a
 * table-of-contents subject, both in sentence case; a slug is a few plain
 * words taken from the title.
 */
import { describe, expect, it } from 'vitest';
import { isOurs, questions } from '../helpers/content.ts';

/** Names that keep their capitals inside a sentence-case title. */
const PROPER_NAMES = ['Docker', 'Dockerfile', 'Dockerfiles', 'Dockerized', 'Kubernetes', 'Linux', 'Alpine', 'Jenkins', 'Windows', 'BuildKit', 'Compose', 'Podman', 'Buildah', 'Kaniko', 'macOS'];
const NAMED_PRODUCTS = ['Docker Compose', 'Docker Hub', 'Docker Swarm', 'Docker Engine', 'Docker Content Trust', 'Docker Enterprise', 'Docker Desktop', 'Docker Scout', 'Open Container Initiative'];
/** Names written in lower case even at the start of a title. */
const LOWER_CASE_NAMES = /^(docker|runc|containerd|\.dockerignore)\b/;
const YES_NO_OPENING = /^(have|has|had|do|does|did|can|could|is|are|was|were|will|would|should)\s/i;
/** Glue words; "from" is not one here, it names the FROM instruction. */
const SLUG_EDGE_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'vs']);
const QUESTION_WORDS = new Set(['what', 'how', 'why', 'when', 'which', 'who', 'where', 'can', 'do', 'does', 'is', 'are', 'should', 'would']);

const all = questions.map((file) => ({ path: file.path, slug: file.id, title: String(file.data['title']), kind: file.data['kind'], ours: isOurs(file.data) }));
/** Style is our editorial rule (entries.yaml pins it); a reader's notes keep their own wording. Unique slugs hold for all. */
const entries = all.filter((entry) => entry.ours);

/** Capitalised words that are neither proper names nor abbreviations: signs of Title Case. */
function titleCaseWords(title: string): string[] {
  let rest = title;
  for (const name of NAMED_PRODUCTS) rest = rest.replaceAll(name, ' ');
  const words = rest.split(/[^A-Za-z0-9'-]+/).filter(Boolean);
  // The first word is capitalised in any sentence, unless a product name took its place.
  const startsWithName = NAMED_PRODUCTS.some((name) => title.startsWith(name));
  return (startsWithName ? words : words.slice(1)).filter((word) => /^[A-Z]/.test(word) && !PROPER_NAMES.includes(word) && !/[A-Z].*[A-Z]/.test(word));
}

describe('titles in one style', () => {
  it('every title is sentence case: no capitalised word but proper names and abbreviations', () => {
    for (const entry of entries) {
      expect(LOWER_CASE_NAMES.test(entry.title) || /^[A-Z]/.test(entry.title), `${entry.path}: "${entry.title}" starts in lower case`).toBe(true);
      expect(titleCaseWords(entry.title), `${entry.path}: "${entry.title}"`).toEqual([]);
    }
  });

  it('a question asks one question, ending in "?", and not one answered by yes or no', () => {
    for (const entry of entries.filter((e) => e.kind === 'question')) {
      expect(entry.title, entry.path).toMatch(/[^?]\?$/);
      expect(entry.title.split('?').length - 1, `${entry.path}: "${entry.title}" asks more than one question`).toBe(1);
      expect(entry.title, `${entry.path}: a yes/no question`).not.toMatch(YES_NO_OPENING);
      expect(entry.title, `${entry.path}: an awkward double ("What are a … and a …")`).not.toMatch(/\bare an? /);
    }
  });

  it('a study note is a subject: no final punctuation, no leading article', () => {
    for (const entry of entries.filter((e) => e.kind === 'note')) {
      expect(entry.title, entry.path).not.toMatch(/[.?!:;]$/);
      expect(entry.title, entry.path).not.toMatch(/^(the|a|an)\s/i);
    }
  });
});

describe('slugs', () => {
  it('are one to five plain words, with no glue word at either end and no question word first', () => {
    for (const { path, slug } of all) expect(slug, path).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const { path, slug } of entries) {
      const words = slug.split('-');
      expect(words.length, `${path}: "${slug}" is ${words.length} words`).toBeLessThanOrEqual(5);
      expect(SLUG_EDGE_WORDS.has(words[0]!) || SLUG_EDGE_WORDS.has(words.at(-1)!), `${path}: "${slug}" starts or ends with a glue word`).toBe(false);
      expect(QUESTION_WORDS.has(words[0]!), `${path}: "${slug}" starts with a question word`).toBe(false);
    }
  });

  it('are unique', () => {
    const slugs = all.map((entry) => entry.slug);
    expect(slugs.filter((slug, index) => slugs.indexOf(slug) !== index)).toEqual([]);
  });

  it('the style check catches Title Case', () => {
    expect(titleCaseWords('Docker Environment Variables')).toEqual(['Environment', 'Variables']);
    expect(titleCaseWords('What is Docker Hub, and how does BuildKit use the CMD instruction?')).toEqual([]);
    expect(titleCaseWords('runc and containerd')).toEqual([]);
  });
});
