/**
 * `npm run bench`: measures the built site against the budgets in ../shared/DESIGN.md.
 * Sizes are exact (gzip of the files a page loads); times are medians over
 * repeated runs, because the machine is shared and noisy. Never a test.
 *
 *   npm run bench                 page weight and search, over the current dist/
 *   npm run bench -- --build      also times `npm run build` (3 runs, median)
 *   npm run bench -- --scale      also builds the content copied 10 times, to see how build time grows
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../tests/helpers/browser.ts';
import { measureSearchQuality, searchSlugs } from '../tests/helpers/search.ts';
import { buildSite } from '../tests/helpers/scratch-build.ts';
import { serveDist } from '../tests/helpers/static-server.ts';
import { SEARCH_CASES, TYPO_CASES } from '../tests/search/queries.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const dist = join(root, 'dist');
const gzipBytes = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** The report is collected and printed at the end, so the label column fits its longest label. */
type Row = { what: string; measured: string; budget: string; ok: boolean };
const report: Array<string | Row> = [];
const say = (line: string) => report.push(line);
function row(what: string, measured: string, budget: string, ok: boolean): void {
  report.push({ what, measured, budget, ok });
}
function printReport(): void {
  const width = Math.max(...report.map((line) => (typeof line === 'string' ? 0 : line.what.length)));
  for (const line of report) {
    if (typeof line === 'string') console.log(line);
    else console.log(`${line.ok ? 'ok  ' : 'OVER'}  ${line.what.padEnd(width)} ${line.measured.padStart(12)}   budget ${line.budget}`);
  }
}

/** The CSS and JS a page loads before search opens: its links, scripts and their static imports. */
function pageWeight(htmlFile: string): { html: number; css: number; js: number } {
  const html = readFileSync(htmlFile, 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  const queue = [...scripts];
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    // Static imports load with the page; dynamic import() waits for a reader's action.
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{},*\s]+from\s*)?"(\.\/[^"]+)"/g)) queue.push(join(dirname(src), match[1]!));
  }
  const size = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipBytes(readFileSync(join(dist, file))), 0);
  return { html: gzipBytes(readFileSync(htmlFile)), css: size(css), js: size(seen) };
}

function questionPages(): string[] {
  const folder = join(dist, 'questions');
  return readdirSync(folder).map((slug) => join(folder, slug, 'index.html'));
}

function benchPages(): void {
  const weights = questionPages().map(pageWeight);
  const html = median(weights.map((weight) => weight.html));
  const css = median(weights.map((weight) => weight.css));
  const js = median(weights.map((weight) => weight.js));
  say(`\nQuestion pages (${weights.length}), gzip, first visit, before search opens: median`);
  row('HTML', kb(html), '<= 9 KB', html <= 9 * 1024);
  row('CSS', kb(css), '<= 6 KB', css <= 6 * 1024);
  row('JS', kb(js), '<= 2 KB', js <= 2 * 1024);
  row('total', kb(html + css + js), '(Starlight: about 23 KB)', true);
  say(`      ratio to a minimal Starlight page: ${((html + css + js) / (23 * 1024)).toFixed(2)}`);
}

/** The commands page: what a first visit loads (HTML, CSS, its own JS), and how long it is. */
function benchCommandsPage(): void {
  const weight = pageWeight(join(dist, 'commands', 'index.html'));
  console.log('\nCommands page (/commands/), gzip, first visit');
  row('HTML', kb(weight.html), '(reported)', true);
  row('CSS + JS', kb(weight.css + weight.js), '(reported)', true);
  row('total', kb(weight.html + weight.css + weight.js), '<= 50 KB (as topic pages)', weight.html + weight.css + weight.js <= 50 * 1024);
}

/** JavaScript the progress display adds to the home and topic pages: its own chunks, by the names the build gives them. */
function benchProgressDisplay(): void {
  say('\nProgress display (home and topic pages)');
  for (const [name, path] of [['home', 'index.html'], ['topic', join('topics', 'images', 'index.html')]]) {
    const html = readFileSync(join(dist, path!), 'utf8');
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]!);
    const chunks = new Set<string>();
    for (const src of scripts) {
      if (/TopicProgress/.test(src)) chunks.add(src);
      for (const match of readFileSync(join(dist, src), 'utf8').matchAll(/"\.\/((?:TopicProgress|progress-count)[^"]+)"/g)) chunks.add(join(dirname(src), match[1]!));
    }
    for (const chunk of [...chunks]) for (const match of readFileSync(join(dist, chunk), 'utf8').matchAll(/"\.\/(progress-count[^"]+)"/g)) chunks.add(join(dirname(chunk), match[1]!));
    const bytes = [...chunks].reduce((sum, file) => sum + gzipBytes(readFileSync(join(dist, file))), 0);
    row(`${name} page: JS for the progress display`, kb(bytes), '<= 1 KB gzip', bytes > 0 && bytes <= 1024);
  }
}

/** Bytes a fresh visit to the practice page fetches until its first card is on screen, and on revealing it. */
async function benchPractice(): Promise<void> {
  const server = await serveDist(dist);
  const browser = await launch();
  try {
    const firstCard: number[] = [];
    const reveal: number[] = [];
    for (const topic of ['images', 'dockerfile', 'networking']) {
      // First-visit costs: the offline worker, which precaches after idle, is measured on its own.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const fetched: Promise<number>[] = [];
      page.on('response', (response) => fetched.push(response.body().then(gzipBytes, () => 0)));
      await page.goto(`${server.url}practice/?topic=${topic}`);
      await page.locator('.practice-card h2').waitFor();
      firstCard.push((await Promise.all(fetched)).reduce((sum, bytes) => sum + bytes, 0));
      fetched.length = 0;
      await page.keyboard.press('Space');
      await page.locator('.practice-card .answer > *').first().waitFor();
      reveal.push((await Promise.all(fetched)).reduce((sum, bytes) => sum + bytes, 0));
      await context.close();
    }
    say('\nPractice page (fresh visit, three topics)');
    const bytes = Math.max(...firstCard);
    row('until the first card shows, largest', kb(bytes), '<= 60 KB gzip', bytes <= 60 * 1024);
    row('revealing a card (its full answer), median', kb(median(reveal)), '(reported)', true);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function benchSearch(): Promise<void> {
  const server = await serveDist(dist);
  const browser = await launch();
  try {
    // Bytes from opening search to the first results, for every learner query, each on a fresh visit.
    const firstSearch: Record<SearchPart, number>[] = [];
    for (const { query } of SEARCH_CASES) {
      const parts = Object.fromEntries(SEARCH_PARTS.map((part) => [part, 0])) as Record<SearchPart, number>;
      for (const [url, bytes] of await fetchedOnFreshVisit(browser, server.url, (page) => searchSlugs(page, query))) parts[searchPart(url)] += bytes;
      firstSearch.push(parts);
    }
    const totals = firstSearch.map((parts) => SEARCH_PARTS.reduce((sum, part) => sum + parts[part], 0));
    say(`\nSearch (${SEARCH_CASES.length} learner queries, each the first search of a fresh visit)`);
    const bytes = median(totals);
    row('first search: bytes from open to results, median', kb(bytes), '<= 110 KB (gzip, UI included)', bytes <= 110 * 1024);
    row('first search: 95th percentile', kb(percentile(totals, 0.95)), '(reported)', true);
    row('first search: largest', kb(Math.max(...totals)), '(reported)', true);
    say(`      median by part: ${SEARCH_PARTS.map((part) => `${part} ${kb(median(firstSearch.map((parts) => parts[part])))}`).join(', ')}`);

    // The same, typed a key at a time, 80 ms apart (a quick typist): the budget is at
    // most 1.15x the bytes of the same query pasted.
    const typed: number[] = [];
    for (const { query } of SEARCH_CASES.slice(0, 10)) {
      const fetched = await fetchedOnFreshVisit(browser, server.url, async (page) => {
        await page.keyboard.press('/');
        await page.keyboard.type(query, { delay: 80 });
        await page.waitForFunction((wanted) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${wanted}”`), query);
        await page.waitForLoadState('networkidle');
      });
      typed.push(fetched.reduce((sum, [, bytes]) => sum + bytes, 0));
    }
    const pasted = median(totals.slice(0, 10));
    row('typed at 80 ms a key: bytes until the last results, median', kb(median(typed)), '(reported)', true);
    row('typed / pasted, same 10 queries, medians', `${(median(typed) / pasted).toFixed(2)}x`, '<= 1.15x', median(typed) / pasted <= 1.15);

    // Keystroke to results once Pagefind is loaded: every query, twice, after a warm-up pass.
    const page = await browser.newPage();
    await page.goto(server.url);
    const quality = await measureSearchQuality(page);
    const times: number[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (const { query } of SEARCH_CASES) {
        // A string, so the bundler's helpers never leak into the page.
        times.push(await page.evaluate(timeOneQuery(query)));
      }
    }
    const typical = median(times);
    row('keystroke to results, median', `${typical.toFixed(1)} ms`, '< 50 ms', typical < 50);
    row('keystroke to results, 95th percentile', `${percentile(times, 0.95).toFixed(1)} ms`, '(reported)', true);
    const percent = (count: number) => `${Math.round((count / quality.cases) * 100)} %`;
    row(`quality: right entry first (${quality.cases} queries)`, percent(quality.first), '>= 75 %', quality.first / quality.cases >= 0.75);
    row('quality: right entry in the top 3', percent(quality.topThree), '>= 90 %', quality.topThree / quality.cases >= 0.9);
    const typos = await measureSearchQuality(page, TYPO_CASES);
    const typoPercent = (count: number) => `${Math.round((count / typos.cases) * 100)} %`;
    row(`typos: right entry first (${typos.cases} queries)`, typoPercent(typos.first), '(reported)', true);
    row('typos: right entry in the top 3', typoPercent(typos.topThree), '(reported)', true);

    // What the typo path adds: a misspelt query's first search against the same query spelt right.
    const extra: number[] = [];
    for (const { query, corrected } of TYPO_CASES) {
      const bytes = async (text: string) => (await fetchedOnFreshVisit(browser, server.url, (visit) => searchSlugs(visit, text))).reduce((sum, [, size]) => sum + size, 0);
      extra.push((await bytes(query)) - (await bytes(corrected)));
    }
    const vocabulary = gzipBytes(readFileSync(join(dist, 'pagefind', 'vocabulary-en.txt')));
    row('typo path: vocabulary', kb(vocabulary), '(reported)', true);
    row('typo path: extra bytes over the right spelling, largest', kb(Math.max(...extra)), '<= 20 KB', Math.max(...extra) <= 20 * 1024);
    row('typo path: extra bytes, median', kb(median(extra)), '(reported)', true);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** URL and gzip bytes of every response while `act` runs on a question page, in a fresh browser context. */
async function fetchedOnFreshVisit(browser: Browser, siteUrl: string, act: (page: Page) => Promise<unknown>): Promise<[string, number][]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${siteUrl}questions/cmd-vs-entrypoint/`);
  await page.waitForLoadState('networkidle');
  const fetched: Promise<[string, number]>[] = [];
  page.on('response', (response) => fetched.push(response.body().then((body) => [response.url(), gzipBytes(body)], () => [response.url(), 0])));
  await act(page);
  const result = await Promise.all(fetched);
  await context.close();
  return result;
}

const SEARCH_PARTS = ['engine', 'ui', 'meta', 'index', 'fragments', 'filters'] as const;
type SearchPart = (typeof SEARCH_PARTS)[number];

/** Which part of the first search a fetched URL is: Pagefind's code, our dialog, or the index. */
function searchPart(url: string): SearchPart {
  if (/\/pagefind\/(pagefind\.js|wasm\.)/.test(url)) return 'engine';
  if (/\/pagefind\/(pagefind-entry\.json|pagefind\..*\.pf_meta)/.test(url)) return 'meta';
  if (url.includes('/pagefind/index/')) return 'index';
  if (url.includes('/pagefind/fragment/')) return 'fragments';
  if (url.includes('/pagefind/filter/')) return 'filters';
  return 'ui';
}

/** Page-side code: time from an input event to the announced results for that query. */
function timeOneQuery(query: string): string {
  return `(async () => {
    const input = document.querySelector('[data-search-input]');
    const status = document.querySelector('[data-search-status]');
    const wanted = ${JSON.stringify(`“${query}”`)};
    input.value = '';
    input.dispatchEvent(new Event('input'));
    const started = performance.now();
    input.value = ${JSON.stringify(query)};
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => {
      if (status.textContent.includes(wanted)) return resolve();
      const observer = new MutationObserver(() => {
        if (status.textContent.includes(wanted)) { observer.disconnect(); resolve(); }
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    return performance.now() - started;
  })()`;
}

function benchBuild(): void {
  const seconds: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = process.hrtime.bigint();
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  say('\nBuild');
  row('npm run build, median of 3', `${median(seconds).toFixed(1)} s`, '<= 30 s on 2 cores', median(seconds) <= 30);
}

/** A copy of content/ with every question written `times` times under new names. */
function scaledContent(folder: string, times: number): string {
  const content = join(folder, 'content');
  for (const part of ['sources', 'corrections', 'topics']) cpSync(join(root, 'content', part), join(content, part), { recursive: true });
  const questions = join(root, 'content', 'questions');
  for (const file of readdirSync(questions, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'))) {
    const text = readFileSync(join(questions, file), 'utf8');
    for (let copy = 0; copy < times; copy++) {
      const target = join(content, 'questions', copy === 0 ? file : file.replace(/\.mdx$/, `-copy${copy}.mdx`));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return content;
}

async function benchScale(): Promise<void> {
  const seconds = async (times: number) => {
    const folder = mkdtempSync(join(tmpdir(), `bench-scale-${times}-`));
    try {
      const content = scaledContent(folder, times);
      const started = process.hrtime.bigint();
      await buildSite(join(folder, 'dist'), { CONTENT_DIR: content });
      return Number(process.hrtime.bigint() - started) / 1e9;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
  const once = await seconds(1);
  const tenfold = await seconds(10);
  say('\nBuild as content grows (astro build + pagefind, one run each)');
  row('content as it is', `${once.toFixed(1)} s`, '(reported)', true);
  row('content copied 10 times', `${tenfold.toFixed(1)} s`, 'at most linear growth', tenfold / once <= 10);
  say(`      ratio: ${(tenfold / once).toFixed(1)}x the time for 10x the entries`);
}

if (process.argv.includes('--build')) benchBuild();
if (process.argv.includes('--scale')) await benchScale();
if (!existsSync(join(dist, 'questions')) || !existsSync(join(dist, 'pagefind'))) {
  console.error(`No built site in ${relative(process.cwd(), dist) || 'dist'}/: run \`npm run build\` first, or \`npm run bench -- --build\`, which builds it.`);
  process.exit(1);
}
// The date and machine go with the figures, so a copy of them says where they came from.
console.log(`Measuring ${relative(process.cwd(), dist) || 'dist'}/ on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`);
benchPages();
benchCommandsPage();
benchProgressDisplay();
await benchPractice();
await benchSearch();
printReport();
