// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { movedPages } from './deploy/redirects.ts';
import { plainDynamicImports } from './src/integrations/plain-dynamic-imports.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { codeFigure } from './src/markdown/code-figure.ts';
import { safeLinks } from './src/markdown/safe-links.ts';
import { tableWrap } from './src/markdown/table-wrap.ts';

// SITE_URL and BASE_PATH let a deployment say where the site lives (README: "Deploy").
const base = process.env.BASE_PATH ?? '/';
// Question URLs that moved keep working: src/pages/questions/[moved].astro writes a page
// at each old path that refreshes to the new one (hosts with redirect files answer 301
// first: deploy/redirects.ts). The sitemap lists only pages that hold content.
const moved = movedPages();
const withBase = (/** @type {string} */ path) => `${base.replace(/\/$/, '')}${path}`;

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://docker-interview.example.com',
  base,
  trailingSlash: 'always',
  // Tests that build a second site at once give it its own cache (tests/helpers/scratch-build.ts).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    // Static parts of each entry become one HTML string instead of a JSX call per
    // element (each highlighted token is one): far less for Rollup to hold, so a site
    // of thousands of entries builds within Node's default heap (npm run bench -- --scale).
    // Headings stay elements, because topic pages and practice cards render them one
    // level deeper through the components prop.
    mdx({ optimize: { ignoreElementNames: ['h2', 'h3', 'h4'] } }),
    sitemap({ filter: (page) => !moved.some(({ from }) => new URL(page).pathname === withBase(from)) }),
    // Last: Pagefind, the index split and the offline worker over the finished dist/.
    postBuild(),
  ],
  // Every script and stylesheet is a file, so the Content-Security-Policy (deploy/)
  // can forbid inline code except the one hashed theme snippet in <head>.
  // Two pages render at once: one page's file write overlaps the next one's render
  // (about a tenth off page rendering at 30x the content).
  build: { inlineStylesheets: 'never', concurrency: 2 },
  // No module-preload helper: it would add a few hundred bytes to every page's script for
  // chunks that load after a reader's action (search) or after idle (offline), where one
  // more round trip does not matter.
  vite: { build: { assetsInlineLimit: 0, modulePreload: false }, plugins: [plainDynamicImports()] },
  markdown: {
    // Sätteri, Astro's Markdown and MDX processor written in Rust: at 30x the content it
    // builds in about 0.7x the time of the remark/rehype one (README: "Scale").
    // Our hast plugins run after its Shiki highlighting.
    processor: satteri({
      // Quotes stay as written: readers copy flags and values out of prose too, and a
      // curly quote pasted into a shell is exactly the debris the ingest removes.
      features: { smartPunctuation: false },
      hastPlugins: [safeLinks, baseLinks(base), codeFigure, tableWrap],
    }),
    shikiConfig: {
      // The "-default" GitHub themes keep comments at WCAG AA contrast in both modes.
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
    },
  },
});
