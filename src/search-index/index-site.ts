/**
 * Runs Pagefind over the built site through its Node API (the same binary as
 * its CLI, without a process of ours per step), writing dist/pagefind/.
 * Only elements inside data-pagefind-body are indexed (the question pages).
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_OPTIONS, pagefindVersionProblem } from './pagefind-options.ts';

export async function indexSite(dist: string): Promise<{ pages: number }> {
  const versionProblem = pagefindVersionProblem();
  if (versionProblem) throw new Error(versionProblem);
  try {
    const { index, errors } = await pagefind.createIndex({ ...PAGEFIND_OPTIONS });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
