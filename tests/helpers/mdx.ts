/** Compile a content file the way Astro's MDX integration does: frontmatter off, then @mdx-js/mdx. */
import { compile, evaluate } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from 'yaml';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: parse(match[1]!) as Record<string, unknown>, body: text.slice(match[0].length) };
}

export async function compileContentFile(text: string): Promise<string> {
  return String(await compile(splitFrontmatter(text).body, { remarkPlugins: [remarkGfm] }));
}

// A minimal JSX runtime: enough to evaluate MDX and read what it would render.
const Fragment = Symbol('Fragment');
interface VNode {
  type: unknown;
  props: { children?: unknown; [key: string]: unknown };
}
const jsx = (type: unknown, props: VNode['props']): VNode => ({ type, props });
function expand(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(expand);
  if (node && typeof node === 'object' && 'type' in node) {
    const vnode = node as VNode;
    if (typeof vnode.type === 'function') return expand((vnode.type as (props: unknown) => unknown)(vnode.props));
    return { type: vnode.type, props: { ...vnode.props, children: expand(vnode.props.children) } };
  }
  return node;
}
export function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return textOf((node as VNode).props.children);
}
export function tagsOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) tagsOf(child, out);
  else if (node && typeof node === 'object' && 'type' in node) {
    const vnode = node as VNode;
    if (typeof vnode.type === 'string') out.push(vnode.type);
    tagsOf(vnode.props.children, out);
  }
  return out;
}
/** The components the ingest writes into entries (src/components/): here each renders just its children. */
const PARTS = ['OurAnswer', 'KeyPoints', 'FollowUps', 'FromSources', 'SourceFold', 'Correction', 'SeeCorrection'];
const components = Object.fromEntries(PARTS.map((name) => [name, (props: { children?: unknown }) => props.children ?? null]));

/** Evaluates an MDX body and returns what it renders, expanded to plain elements. */
export async function renderMdx(body: string): Promise<unknown> {
  const { default: Content } = await evaluate(body, { Fragment, jsx, jsxs: jsx } as never);
  return expand((Content as (props: unknown) => unknown)({ components }));
}

/** An MDX body parsed as Astro's MDX integration reads it (GFM and MDX syntax), to inspect its tree. */
export function parseMdxBody(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
}
