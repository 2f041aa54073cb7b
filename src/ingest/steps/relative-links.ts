/**
 * Links into the source's own repository ("./dockerfile.md",
 * "../compose/README.md#volumes", "/content/manuals/engine/…") lead nowhere on
 * our site. Right after parsing, such a link is marked (the address it had is
 * kept in its data); once every entry exists, a marked link whose words or
 * anchor name one entry (its title, an "also asked as", or its slug) links to
 * that entry, and any other keeps its words and loses the link.
 */
import type { Link, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { slugify } from './slug.ts';
import type { Entry } from '../types.ts';

/** Has a scheme ("https:", "mailto:", "javascript:"): not ours to resolve. */
const SCHEME = /^[a-z][\d+.a-z-]*:/i;

interface RelativeData {
  relativeLink?: string;
}

/** Marks the links of a parsed document that point into its own repository; returns how many. */
export function markRelativeLinks(tree: Root): number {
  let marked = 0;
  visit(tree, 'link', (link) => {
    const url = link.url.trim();
    if (url === '' || url.startsWith('#') || url.startsWith('//') || SCHEME.test(url)) return;
    (link.data ??= {}) as RelativeData;
    (link.data as RelativeData).relativeLink = url;
    marked++;
  });
  return marked;
}

export interface RelativeLinkReport {
  /** By source id: links that now lead to one of our entries. */
  linked: Record<string, number>;
  /** By source id: links that became their words. */
  madeText: Record<string, number>;
}

/** Resolves every marked link in the entries' source sections. */
export function resolveRelativeLinks(entries: Entry[]): RelativeLinkReport {
  const report: RelativeLinkReport = { linked: {}, madeText: {} };
  const add = (record: Record<string, number>, source: string) => (record[source] = (record[source] ?? 0) + 1);
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const byName = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const name of new Set([entry.title, ...entry.aliases].map(normalise))) byName.set(name, [...(byName.get(name) ?? []), entry]);
  }
  const target = (link: Link, url: string): Entry | undefined => {
    const anchor = url.includes('#') ? url.slice(url.indexOf('#') + 1) : '';
    const candidates = [toString(link), anchor.replace(/-/g, ' ')].map(normalise).filter((name) => name !== '');
    for (const name of candidates) {
      const named = byName.get(name);
      if (named?.length === 1) return named[0];
    }
    const bySlugAnchor = anchor ? bySlug.get(slugify(anchor)) : undefined;
    return bySlugAnchor;
  };

  for (const entry of entries) {
    for (const answer of entry.answers) {
      for (const node of answer.body) {
        visit(node, 'link', (link, index, parent: Parents | undefined) => {
          const url = (link.data as RelativeData | undefined)?.relativeLink;
          if (url === undefined) return undefined;
          delete (link.data as RelativeData).relativeLink;
          const to = target(link, url);
          if (to && to !== entry) {
            link.url = `/questions/${to.slug}/`;
            add(report.linked, answer.source.id);
            return SKIP;
          }
          add(report.madeText, answer.source.id);
          if (!parent || index === undefined) {
            // The link is the node itself (a body never starts with phrasing): keep it harmless.
            link.url = '';
            return SKIP;
          }
          parent.children.splice(index, 1, ...(link.children as never[]));
          return [SKIP, index];
        });
      }
    }
  }
  return report;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
