/**
 * Step: what a user's own notes carry besides their content, removed or
 * rewritten on the parsed tree, whatever the format. Front matter at the top
 * of a docs page; Hugo shortcodes ("{{< tabs >}}", "{{% note %}}"); HTML
 * (clean-html.ts); GitHub alert markers ("> [!NOTE]"), which become a quote
 * opening with a bold "Note:"; badges, and adverts such as "buy me a coffee"
 * or "star this repo"; images, which our Content-Security-Policy would not
 * load from elsewhere (an image on the web becomes a link to it, one with no
 * file here its words); and links into the document's own repository, marked
 * for relative-links.ts to resolve once the entries exist.
 *
 * It returns a count per kind of repair, for the report.
 */
import type { Image, InlineCode, Link, Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { cleanHtml } from './clean-html.ts';
import { markRelativeLinks } from './relative-links.ts';

export type CleanCount = Record<string, number>;

/** A Hugo shortcode, opening, closing or alone: {{< name args >}}, {{% /name %}}. */
const SHORTCODE = /\{\{[<%][^{}]*[>%]\}\}/g;
/** Where shortcodes are looked for: blocks of text and the inline marks inside them. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const SHORTCODE_PARENTS = new Set([...BLOCKS, 'emphasis', 'strong', 'delete', 'link', 'linkReference']);
/** The name of a {{< tab name="Linux" >}}, kept as the tab's label. */
const TAB_NAME = /^\{\{[<%]\s*tab\s[^{}]*?\b(?:name|title)="([^"{}]*)"/i;
const ALERT = /^\[!(note|tip|important|warning|caution)\][^\S\n]*(?:\n|$)/i;
/** Image services that draw badges, and badge images of CI services. */
const BADGE_HOST = /^(?:https?:)?\/\/(?:img\.shields\.io|shields\.io|badgen\.net|badge\.fury\.io|forthebadge\.com|flat\.badgen\.net|api\.travis-ci\.(?:com|org)|travis-ci\.(?:com|org)|ci\.appveyor\.com|codecov\.io|coveralls\.io|app\.codacy\.com|api\.codacy\.com|sonarcloud\.io|snyk\.io|deepsource\.io|api\.netlify\.com|img\.buymeacoffee\.com|cdn\.buymeacoffee\.com|ko-fi\.com|camo\.githubusercontent\.com)(?=[/:?#]|$)/i;
const BADGE_PATH = /\/badges?(?:\.svg|\/)|\/badge\/|[/_-]badge\.svg(?=[?#]|$)/i;
/** Footers that sell or ask for something, never an answer. */
const ADVERT =
  /\bbuy me a (?:coffee|beer|pizza)\b|\bko-fi\b|\bpatreon\b|github\.com\/sponsors|\bsponsored by\b|^\W*sponsored\b|\bsponsor (?:me|us|this (?:project|repo))\b|\b(?:give|leave|drop) (?:it|us|this(?: repo(?:sitory)?| project)?|me) a (?:star|⭐)|\bstar (?:this|the|our|my) (?:repo(?:sitory)?|project)\b|⭐\s*(?:this|the) repo|\bsubscribe to (?:my|our|the) (?:newsletter|channel|youtube)|\bnewsletter\b.*\bsubscribe\b|\bfollow (?:me|us) on\b/i;
/** An advert is a short line; a paragraph of content that mentions a sponsor is content. */
const ADVERT_MAX_LENGTH = 300;
const YAML_KEY = /^[\w-]+:/;
const LABELS: Record<string, string> = { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' };

export function cleanNotes(tree: Root): CleanCount {
  const count: CleanCount = {};
  const add = (kind: string, n = 1) => {
    if (n > 0) count[kind] = (count[kind] ?? 0) + n;
  };
  const touched = new WeakSet<object>();

  add('front matter', dropFrontMatter(tree));
  add('shortcodes', removeShortcodes(tree, touched));
  // Alerts first: the marker must still end its line, which HTML in the quote would not keep.
  add('alerts made notes', markAlerts(tree));
  const html = cleanHtml(tree, touched);
  add('HTML tags removed', html.tags);
  add('HTML comments', html.comments);
  add('scripts, styles and frames dropped', html.unsafe);
  inlineDefinitions(tree);
  add('badges', removeBadges(tree, touched));
  add('adverts', removeAdverts(tree, touched));
  const images = rewriteImages(tree, touched);
  add('external images made links', images.linked);
  add('images without a file made text', images.text);
  markRelativeLinks(tree);
  pruneEmpty(tree, touched);
  return count;
}

/**
 * Front matter: a yaml or toml node when the parser knows front matter, or,
 * read as plain markdown, a "---" on the first line, "key: value" lines, and
 * the "---" that closes them (which makes the lines a heading).
 */
function dropFrontMatter(tree: Root): number {
  const before = tree.children.length;
  tree.children = tree.children.filter((node) => (node.type as string) !== 'yaml' && (node.type as string) !== 'toml');
  if (tree.children.length < before) return 1;
  const [first, second] = tree.children;
  if (first?.type !== 'thematicBreak' || first.position?.start.line !== 1 || !second || !YAML_KEY.test(toString(second))) return 0;
  for (let index = 1; index < Math.min(tree.children.length, 100); index++) {
    const node = tree.children[index]!;
    if (node.type === 'thematicBreak' || (node.type === 'heading' && node.depth === 2 && isSetext(node))) {
      tree.children.splice(0, index + 1);
      return 1;
    }
  }
  return 0;
}

/** A setext heading ("text" over "---") spans more than one line. */
function isSetext(node: RootContent): boolean {
  return node.position !== undefined && node.position.end.line > node.position.start.line;
}

/**
 * Removes shortcodes from runs of text, inline code and inline HTML ("{{<tab>}}"
 * is text, a tag, text); a tab's name stays, in bold, over its content.
 * Returns how many shortcodes went.
 */
function removeShortcodes(tree: Root, touched: WeakSet<object>): number {
  let removed = 0;
  visit(tree, (node) => {
    if (!SHORTCODE_PARENTS.has(node.type)) return undefined;
    const children = (node as { children: PhrasingContent[] }).children;
    // Nested runs (a shortcode inside ~~strikethrough~~ or **bold**) are visited on their own.
    if (!children.some((child) => (child.type === 'text' || child.type === 'html') && child.value.includes('{{'))) return undefined;
    const kept: PhrasingContent[] = [];
    let run: RunPart[] = [];
    const flush = () => {
      const joined = run.map((part) => part.value).join('');
      const cuts = [...joined.matchAll(SHORTCODE)].map((match) => ({ from: match.index, to: match.index + match[0].length, label: TAB_NAME.exec(match[0])?.[1]?.replace(/`/g, '') }));
      removed += cuts.length;
      let offset = 0;
      for (const part of run) {
        const start = offset;
        const end = (offset += part.value.length);
        const piece = (from: number, to: number) => {
          let value = joined.slice(from, to);
          if (cuts.length > 0 && part.type === 'text') value = value.replace(/\n[^\S\n]*(?=\n)/g, '');
          if (value !== '') kept.push({ ...part, value } as PhrasingContent);
        };
        let at = start;
        for (const cut of cuts) {
          if (cut.to <= at || cut.from >= end) continue;
          piece(at, Math.max(at, cut.from));
          if (cut.label && cut.from >= start) kept.push({ type: 'strong', children: [{ type: 'text', value: cut.label }] });
          at = Math.min(end, cut.to);
        }
        piece(at, end);
      }
      run = [];
    };
    for (const child of children) {
      if (child.type === 'text' || child.type === 'html' || child.type === 'inlineCode') run.push(child);
      else {
        flush();
        kept.push(child);
      }
    }
    flush();
    if (kept.length !== children.length || kept.some((child, index) => child !== children[index])) {
      if (BLOCKS.has(node.type)) trimEdges(kept);
      (node as { children: PhrasingContent[] }).children = kept;
      touched.add(node);
    }
    return undefined;
  });
  // A block of HTML can hold one too ("<div>{{< note >}}").
  visit(tree, 'html', (node) => {
    node.value = node.value.replace(SHORTCODE, () => {
      removed++;
      return '';
    });
  });
  return removed;
}

type RunPart = Text | InlineCode | { type: 'html'; value: string };

/** Text at the start or end of a paragraph left with the line break of a removed line. */
function trimEdges(children: PhrasingContent[]): void {
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = children.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
}

/** "[text][ref]" and "![alt][ref]" become ordinary links and images, so later rules see their address. */
function inlineDefinitions(tree: Root): void {
  const definitions = new Map<string, { url: string; title: string | null | undefined }>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier.toLowerCase(), { url: node.url, title: node.title }));
  if (definitions.size === 0) return;
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'definition') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'linkReference' && node.type !== 'imageReference') return undefined;
    const definition = definitions.get(node.identifier.toLowerCase());
    if (!definition) return undefined;
    const replacement =
      node.type === 'linkReference'
        ? ({ type: 'link', url: definition.url, title: definition.title ?? null, children: node.children } satisfies Link)
        : ({ type: 'image', url: definition.url, title: definition.title ?? null, alt: node.alt ?? '' } satisfies Image);
    parent.children.splice(index, 1, replacement as never);
    return undefined;
  });
}

/** "> [!NOTE]" on a quote's first line: the quote opens with a bold "Note:" instead. */
function markAlerts(tree: Root): number {
  let marked = 0;
  visit(tree, 'blockquote', (quote) => {
    const paragraph = quote.children[0];
    if (paragraph?.type !== 'paragraph') return;
    const first = paragraph.children[0];
    const match = first?.type === 'text' ? ALERT.exec(first.value) : null;
    if (!match || first?.type !== 'text') return;
    first.value = first.value.slice(match[0].length);
    if (first.value === '') paragraph.children.shift();
    // "[!NOTE]" alone, its text in the next paragraph: the label opens that one.
    const target: Paragraph = paragraph.children.length === 0 && quote.children[1]?.type === 'paragraph' ? quote.children[1] : paragraph;
    if (target !== paragraph) quote.children.shift();
    const label = LABELS[match[1]!.toLowerCase()]!;
    target.children.unshift({ type: 'strong', children: [{ type: 'text', value: `${label}:` }] }, ...(target.children.length > 0 ? [{ type: 'text' as const, value: ' ' }] : []));
    marked++;
  });
  return marked;
}

function isBadge(image: Image): boolean {
  return BADGE_HOST.test(image.url) || (/^(?:https?:)?\/\//i.test(image.url) && BADGE_PATH.test(image.url));
}

/** Badge images, and the links that only held one; returns how many badges. */
function removeBadges(tree: Root, touched: WeakSet<object>): number {
  let removed = 0;
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const badge = node.type === 'image' && isBadge(node);
    const linkedBadge = node.type === 'link' && node.children.some((child) => child.type === 'image' && isBadge(child)) && node.children.every((child) => child.type === 'image' || toString(child).trim() === '');
    if (!badge && !linkedBadge) return undefined;
    removed += linkedBadge ? (node as Link).children.filter((child) => child.type === 'image').length : 1;
    parent.children.splice(index, 1);
    touched.add(parent);
    return [SKIP, index];
  });
  return removed;
}

/** Paragraphs that advertise or ask for stars, sponsors or subscribers; returns how many. */
function removeAdverts(tree: Root, touched: WeakSet<object>): number {
  let removed = 0;
  visit(tree, 'paragraph', (paragraph, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const text = toString(paragraph).trim();
    const urls: string[] = [];
    visit(paragraph, 'link', (link) => void urls.push(link.url));
    if (text.length > ADVERT_MAX_LENGTH || !(ADVERT.test(text) || urls.some((url) => ADVERT.test(url) || /buymeacoffee\.com/i.test(url)))) return undefined;
    parent.children.splice(index, 1);
    touched.add(parent);
    removed++;
    return [SKIP, index];
  });
  return removed;
}

/** Images on the web become links to them; images with no file here become their words. */
function rewriteImages(tree: Root, touched: WeakSet<object>): { linked: number; text: number } {
  const result = { linked: 0, text: 0 };
  visit(tree, 'image', (image, index, parent: Parents | undefined) => {
    if (!parent || index === undefined) return undefined;
    const alt = image.alt?.trim() ?? '';
    const web = /^(?:https?:)?\/\/[^/]/i.test(image.url.trim());
    let replacement: PhrasingContent[];
    if (web) {
      result.linked++;
      const words: Text = { type: 'text', value: alt || 'image' };
      // Inside a link already (a linked picture): the outer link stays, with the words.
      replacement = parent.type === 'link' ? [words] : [{ type: 'link', url: image.url.trim(), title: image.title ?? null, children: [words] }];
    } else {
      result.text++;
      replacement = alt ? [{ type: 'text', value: alt }] : [];
      if (!alt) touched.add(parent);
    }
    parent.children.splice(index, 1, ...(replacement as never[]));
    return [SKIP, index + replacement.length];
  });
  return result;
}

const KEPT_WHEN_EMPTY = new Set(['root', 'table', 'tableRow', 'tableCell']);

/** Paragraphs, headings, list items, lists and quotes left with nothing to read after a removal. */
function pruneEmpty(tree: Root, touched: WeakSet<object>): void {
  const empty = (node: Nodes): boolean => {
    if (!('children' in node)) return false;
    const parent = node as Parents;
    const kept = (parent.children as Nodes[]).filter((child) => !empty(child));
    if (kept.length < parent.children.length) touched.add(parent);
    parent.children = kept as never;
    if (!touched.has(parent) || KEPT_WHEN_EMPTY.has(parent.type)) return false;
    if (parent.type === 'paragraph' || parent.type === 'heading') trimEdges(parent.children);
    return kept.every((child) => child.type === 'break' || (child.type === 'text' && child.value.trim() === ''));
  };
  empty(tree);
}
