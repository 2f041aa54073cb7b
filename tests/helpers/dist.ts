/** The built site in dist/ (npm test builds it first). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { projectRoot } from './ingest-input.ts';

export const distDir = join(projectRoot, 'dist');

export function page(path: string): HTMLElement {
  const file = join(distDir, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
  if (!existsSync(file)) throw new Error(`no page at ${path} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}
