/**
 * Step 14: prove the written MDX is inert. Every generated file is parsed
 * again with MDX's own grammar (remark-mdx, the parser Astro's MDX
 * integration uses), and any node MDX would run or evaluate (ESM, an
 * expression, a JSX element) stops the ingest unless the pipeline put it
 * there itself: the generated-file mark, and the Correction callouts the
 * entry asked for. Source text can then never reach the build as code,
 * whatever the serialiser's escaping misses.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { IngestError } from '../errors.ts';

/** What the pipeline itself may put into a file as MDX. */
export interface AllowedMdx {
  /** The one flow expression allowed: the generated-file mark, a comment. */
  marker: string;
  /** JSX elements the pipeline writes (name to how many this file holds). */
  elements: Map<string, number>;
}

const MDX_NODE = /^mdx/;
const FRONTMATTER = /^---\n[\s\S]*?\n---\n/;

export function proveInert(path: string, text: string, allowed: AllowedMdx): void {
  const frontmatter = FRONTMATTER.exec(text)?.[0] ?? '';
  const lineOffset = frontmatter.split('\n').length - 1;
  const body = text.slice(frontmatter.length);
  const fail = (line: number | undefined, reason: string): never => {
    throw new IngestError(path, line === undefined ? undefined : line + lineOffset, reason);
  };

  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
  } catch (error) {
    const place = (error as { line?: number }).line;
    return fail(place, `the written MDX does not parse: ${(error as Error).message.split('\n')[0]}`);
  }

  let markers = 0;
  const elements = new Map<string, number>();
  visit(tree, (node) => {
    if (!MDX_NODE.test(node.type)) return;
    const line = node.position?.start.line;
    if (node.type === 'mdxFlowExpression' && 'value' in node && node.value === allowed.marker && markers === 0) {
      markers++;
      return;
    }
    if (node.type === 'mdxJsxFlowElement' && 'name' in node && typeof node.name === 'string' && allowed.elements.has(node.name)) {
      const attributes = (node as { attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[] }).attributes;
      const literal = attributes.every((attribute) => attribute.type === 'mdxJsxAttribute' && (typeof attribute.value === 'string' || attribute.value === null));
      if (!literal) fail(line, `<${node.name}> has an attribute that is code; the ingest writes only plain text attributes`);
      elements.set(node.name, (elements.get(node.name) ?? 0) + 1);
      return;
    }
    fail(line, `source text would run as MDX code (${describe(node.type)}); the ingest must write it as text`);
  });

  if (markers !== 1) fail(undefined, 'the generated-file mark is missing');
  for (const [name, expected] of allowed.elements) {
    const found = elements.get(name) ?? 0;
    if (found !== expected) fail(undefined, `holds ${found} <${name}> element(s) where the ingest wrote ${expected}`);
  }
}

function describe(type: string): string {
  if (type === 'mdxjsEsm') return 'an import or export statement';
  if (type.includes('Expression')) return 'a {…} expression';
  return 'a JSX element';
}
