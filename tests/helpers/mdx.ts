/** Compile a content file the way Astro's MDX integration does: frontmatter off, then @mdx-js/mdx. */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
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
