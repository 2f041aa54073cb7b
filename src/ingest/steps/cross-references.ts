/**
 * Step: turn references in words ("see the CLI/daemon question") into links to
 * the page they mean (a site-root path; rehype-base-links adds the deployment's
 * base). content/corrections/links.yaml names the target where
 * that needs a human; otherwise "see the X question" links to the one entry
 * whose title holds every word of X. What stays unresolved is a warning.
 */
import type { PhrasingContent, RootContent, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { LinkCorrection } from '../review/corrections.ts';
import { IngestError } from '../errors.ts';
import type { Entry } from '../types.ts';

export interface CrossReferenceReport {
  /** Links made, by source id. */
  linked: Record<string, number>;
  /** Unresolved references, by source id. */
  warnings: { source: string; message: string }[];
}

const SEE_THE_QUESTION = /\bsee (?:the ([\w/ -]{2,40}?) question|that (?:question|topic))\b/gi;

/** `targets`: the entries a reference may lead to (ours lead only to ours, so a reader's notes change none of our pages). */
export function linkCrossReferences(entries: Entry[], corrections: LinkCorrection[], topicSlugs: string[], linksFile = 'content/corrections/links.yaml', targets: Entry[] = entries): CrossReferenceReport {
  const report: CrossReferenceReport = { linked: {}, warnings: [] };
  const count = (source: string) => (report.linked[source] = (report.linked[source] ?? 0) + 1);
  const slugOfAddress = new Map<string, string>(targets.flatMap((entry) => entry.sources.map((ref) => [`${ref.source}:${ref.line}`, entry.slug] as const)));

  const urlFor = (correction: LinkCorrection): string => {
    const [kind, ...rest] = correction.to.split(':');
    const target = rest.join(':');
    if (kind === 'topic') {
      if (!topicSlugs.includes(target)) throw new IngestError(linksFile, undefined, `"${correction.text}" points at unknown topic "${target}"`);
      return `/topics/${target}/`;
    }
    const slug = slugOfAddress.get(target);
    if (!slug) throw new IngestError(linksFile, undefined, `"${correction.text}" points at "${target}", where no entry starts`);
    return `/questions/${slug}/`;
  };

  for (const entry of entries) {
    for (const answer of entry.answers) {
      const reviewed = corrections.filter((correction) => correction.source === answer.source.id);
      for (const correction of reviewed) {
        if (linkText(answer.body, correction.text, urlFor(correction))) count(answer.source.id);
      }
      for (const phrase of unlinkedReferences(answer.body)) {
        const target = entryNamedBy(phrase.subject, targets, entry);
        if (target && linkText(answer.body, phrase.text, `/questions/${target.slug}/`)) count(answer.source.id);
        else report.warnings.push({ source: answer.source.id, message: `"${phrase.text}" in "${entry.title}" links nowhere (add it to ${linksFile})` });
      }
    }
  }
  return report;
}

/** "see the X question" phrases that are still plain text. */
function unlinkedReferences(body: RootContent[]): { text: string; subject: string | undefined }[] {
  const found: { text: string; subject: string | undefined }[] = [];
  for (const node of body) {
    visit(node, (child) => {
      if (child.type === 'link') return SKIP;
      if (child.type === 'text') {
        for (const match of child.value.matchAll(SEE_THE_QUESTION)) found.push({ text: match[0], subject: match[1] });
      }
      return undefined;
    });
  }
  return found;
}

function entryNamedBy(subject: string | undefined, entries: Entry[], self: Entry): Entry | undefined {
  if (!subject) return undefined;
  const words = subject.split(/[\s/]+/).filter(Boolean);
  const matches = entries.filter(
    (entry) => entry !== self && words.every((word) => new RegExp(`\\b${word.replace(/[^\w-]/g, '')}\\b`, 'i').test(entry.title)),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

/** Wraps the first plain-text occurrence of `text` in a link; false if there is none. */
function linkText(body: RootContent[], text: string, url: string): boolean {
  for (const node of body) {
    let done = false;
    visit(node, 'text', (child: Text, index, parent) => {
      if (done || !parent || index === undefined || parent.type === 'link') return undefined;
      const at = child.value.indexOf(text);
      if (at === -1) return undefined;
      const pieces: PhrasingContent[] = [
        ...(at > 0 ? [{ type: 'text' as const, value: child.value.slice(0, at) }] : []),
        { type: 'link', url, children: [{ type: 'text', value: text }] },
        ...(at + text.length < child.value.length ? [{ type: 'text' as const, value: child.value.slice(at + text.length) }] : []),
      ];
      parent.children.splice(index, 1, ...(pieces as never[]));
      done = true;
      return SKIP;
    });
    if (done) return true;
  }
  return false;
}
