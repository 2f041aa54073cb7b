/**
 * Vite wraps every dynamic import() of the browser code in its preload helper,
 * which fetches the imported chunk's own imports in parallel and loads its CSS.
 * Ours load later by design (search on the first keypress, offline and grading
 * once the browser is idle) and import no CSS, yet the helper (about 1 KB
 * gzip) was half of the JavaScript every question page loads, against a 2 KB
 * budget; `build.modulePreload: false` does not remove it. This plugin swaps
 * the helper for one that just calls import(), and leaves it alone as soon as
 * any lazy chunk has CSS to load.
 */
import type { Plugin } from 'vite';

const PRELOAD_HELPER = '\0vite/preload-helper.js';

export function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
      // The dependency lists Vite writes into importers (__vite__mapDeps): a stylesheet there needs the real helper.
      if (chunks.some((chunk) => /__vite__mapDeps=[^\n]*\.css"/.test(chunk.code))) return;
      for (const chunk of chunks) {
        if (chunk.moduleIds.length !== 1 || chunk.moduleIds[0] !== PRELOAD_HELPER || chunk.exports.length !== 1) continue;
        chunk.code = `const preload=(load)=>load();export{preload as ${chunk.exports[0]}};\n`;
      }
    },
  };
}
