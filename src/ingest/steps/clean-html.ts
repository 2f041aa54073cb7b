/**
 * HTML left in a user's notes becomes what it means in markdown (strong,
 * emphasis, inline code, code block, link, list, table, line break) or just
 * its text; comments go, and so do script, style, iframe and the other
 * elements that embed or run something, with their content. The HTML is
 * parsed by parse5 (hast-util-from-html) and converted by hast-util-to-mdast,
 * so what comes out is ordinary mdast that emit escapes like any other text:
 * no tag, attribute or handler of the source survives as markup.
 *
 * A lone tag without attributes that means nothing in HTML ("docker run
 * <image>", "<your-tag>") is a placeholder the author wrote, and stays as
 * the text it is.
 */
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toMdast } from 'hast-util-to-mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export interface HtmlCount {
  /** Tags that became markdown or plain text. */
  tags: number;
  comments: number;
  /** script, style, iframe and the like, dropped with their content. */
  unsafe: number;
}

/** Tags we give a meaning (or take the text of) even alone and without attributes. */
const MEANINGFUL = new Set(
  (
    'a abbr b big blockquote br center cite code dd del details dfn div dl dt em font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp ' +
    'small span strike strong sub summary sup table tbody td tfoot th thead tr tt u ul var wbr'
  ).split(' '),
);
/** Elements that embed, style or run something: dropped with everything inside. */
const DROPPED = new Set(
  'applet audio base canvas embed frame frameset head iframe link math meta noscript object script style svg template title track video source'.split(' '),
);
/** Elements that run code or load something: counted apart, so a report shows them. */
const UNSAFE = new Set('applet embed frame frameset iframe object script'.split(' '));
const UNSAFE_SCHEME = /^\s*(?:javascript|vbscript|data|file):/i;
/** What a <summary> says when it only folds the answer away. */
const TOGGLE_LABEL = /^(click( here)? to (expand|show|see|view|reveal)|(show|see|view|reveal|expand|toggle)( the)?( answer| solution| details| more)?|answer|solution|details|hint|more)[\s.:!…]*$/i;
/** A start tag without attributes: a placeholder when HTML has no such element. */
const BARE_START_TAG = /<([A-Za-z][\w-]*)>/g;
const END_TAG = /<\/([A-Za-z][\w-]*)\s*>/g;
const TAG = /<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/g;
const COMMENT = /<!--/g;

const PHRASING_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * Converts every html node of the tree in place; returns what it removed.
 * Paragraphs, headings and cells it rewrites are added to `rewritten`, so a
 * caller can drop those left empty.
 */
export function cleanHtml(tree: Root, rewritten = new WeakSet<object>()): HtmlCount {
  const count: HtmlCount = { tags: 0, comments: 0, unsafe: 0 };
  visit(tree, (node, index, parent) => {
    if (PHRASING_CONTAINERS.has(node.type) && hasHtml(node as Parents)) {
      const container = node as Parents & { children: PhrasingContent[] };
      container.children = phrasingFromHtml(container.children, count, node.type === 'tableCell');
      rewritten.add(container);
      return SKIP;
    }
    if (node.type === 'html' && parent && index !== undefined) {
      const flow = flowFromHtml(node.value, count);
      if (!FLOW_PARENTS.has(parent.type)) {
        // html directly under something else (a list of definitions, say): keep its words.
        const text = flow.map((child) => toString(child)).join(' ').trim();
        parent.children.splice(index, 1, ...((text ? [{ type: 'text', value: text }] : []) as never[]));
        return [SKIP, index];
      }
      for (const child of flow) if (node.position) child.position = structuredClone(node.position);
      parent.children.splice(index, 1, ...(flow as never[]));
      return [SKIP, index + flow.length];
    }
    return undefined;
  });
  return count;
}

function hasHtml(node: Parents): boolean {
  let found = false;
  visit(node, 'html', () => {
    found = true;
  });
  return found;
}

/** A flow html block (a line that starts with a tag, up to a blank line) as flow content. */
function flowFromHtml(html: string, count: HtmlCount): RootContent[] {
  countTags(html, count);
  const converted = convert(html, count);
  const flow: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const closeRun = () => {
    if (run.some(isVisible)) flow.push({ type: 'paragraph', children: run });
    run = [];
  };
  for (const child of converted) {
    if ((child.type === 'paragraph' || child.type === 'heading') && !child.children.some(isVisible)) continue;
    if (isPhrasing(child)) run.push(child);
    else {
      closeRun();
      flow.push(child);
    }
  }
  closeRun();
  return flow;
}

/**
 * A paragraph, heading or table cell holding inline tags: its children are
 * written out as HTML (text escaped, the tags as they are) and read back, so
 * a tag opened in one node and closed in another pairs up as it would in a
 * browser.
 */
function phrasingFromHtml(children: PhrasingContent[], count: HtmlCount, inTable: boolean): PhrasingContent[] {
  visit({ type: 'paragraph', children } as Parents, 'html', (node) => countTags(node.value, count));
  const hast = toHast({ type: 'paragraph', children }, { allowDangerousHtml: true });
  const html = toHtml(hast, { allowDangerousHtml: true });
  const out: PhrasingContent[] = [];
  for (const node of convert(html, count)) {
    if (isPhrasing(node)) out.push(node);
    else {
      const inner = node.type === 'paragraph' || node.type === 'heading' ? node.children : [{ type: 'text' as const, value: toString(node) }];
      if (out.length > 0 && inner.length > 0) out.push({ type: 'break' });
      out.push(...inner);
    }
  }
  // A line break ends a table row in markdown; inside a cell it reads as a space.
  if (inTable) visit({ type: 'paragraph', children: out } as Parents, 'break', (_, index, parent) => void parent!.children.splice(index!, 1, { type: 'text', value: ' ' }));
  return out;
}

/** The tags and comments of the source's own HTML, placeholders aside. */
function countTags(html: string, count: HtmlCount): void {
  const escaped = escapePlaceholders(html);
  count.tags += (escaped.match(TAG) ?? []).length;
  count.comments += (escaped.match(COMMENT) ?? []).length;
}

/** HTML text to mdast nodes, placeholders kept as text, unsafe elements and comments dropped. */
function convert(html: string, count: HtmlCount): RootContent[] {
  const escaped = escapePlaceholders(html);
  const fragment = fromHtml(escaped, { fragment: true });
  count.unsafe += prune(fragment);
  const tree = toMdast(fragment) as Root;
  // An anchor without an address (<a name="…">) is just its words; one that would run code too.
  visit(tree, 'link', (link, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const unsafe = UNSAFE_SCHEME.test(link.url);
    if (!unsafe && link.url.trim() !== '') return undefined;
    if (unsafe) count.unsafe++;
    parent.children.splice(index, 1, ...link.children);
    return [SKIP, index];
  });
  return tree.children;
}

/** "<image>" with no "</image>" after it is the author's placeholder: written as text, "&lt;image&gt;". */
function escapePlaceholders(html: string): string {
  const lastClose = new Map<string, number>();
  for (const match of html.matchAll(END_TAG)) lastClose.set(match[1]!.toLowerCase(), match.index);
  return html.replace(BARE_START_TAG, (tag, name: string, offset: number) => {
    const lower = name.toLowerCase();
    if (MEANINGFUL.has(lower) || DROPPED.has(lower) || (lastClose.get(lower) ?? -1) > offset) return tag;
    return `&lt;${name}&gt;`;
  });
}

/** Removes comments, dropped elements and toggle-only summaries; returns how many unsafe elements went. */
function prune(node: HastRoot | Element): number {
  let unsafe = 0;
  node.children = node.children.filter((child: HastNodes) => {
    if (child.type === 'comment' || child.type === 'doctype') return false;
    if (child.type !== 'element') return true;
    if (DROPPED.has(child.tagName)) {
      if (UNSAFE.has(child.tagName)) unsafe++;
      return false;
    }
    if (child.tagName === 'summary' && TOGGLE_LABEL.test(textOf(child).trim())) return false;
    unsafe += prune(child);
    return true;
  }) as typeof node.children;
  if (node.type === 'element' && node.content) unsafe += prune(node.content as unknown as Element);
  return unsafe;
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as HastNodes[]).map(textOf).join('') : '';
}

/** Words, or an image (a later step decides what it becomes). */
function isVisible(node: PhrasingContent): boolean {
  return node.type === 'image' || (node.type !== 'break' && toString(node).trim() !== '');
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference', 'footnoteReference']);

function isPhrasing(node: RootContent): node is PhrasingContent {
  return PHRASING.has(node.type);
}
