/**
 * `npm run bench`: measures the built site against the budgets in ../shared/DESIGN.md.
 * Sizes are exact (gzip of the files a page loads); times are medians over
 * repeated runs, because the machine is shared and noisy. Never a test.
 *
 *   npm run bench                 page weight and search, over the current dist/
 *   npm run bench -- --build      also times `npm run build` (3 runs, median)
 *   npm run bench -- --scale      instead builds synthetic corpora 1x, 10x and 30x our content
 *                                 (bench-scale.ts) and reports how build, pages and search grow
 *   npm run bench -- --scale --quick   the same for 1x and 10x only
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { launch } from '../tests/helpers/browser.ts';
import { fetchedOnFreshVisit, gzipBytes, kb, median, pageWeight as pageWeightIn, percentile, total, typeQuery } from './bench-measure.ts';
import { benchScale } from './bench-scale.ts';
import { measureSearchQuality, searchSlugs } from '../tests/helpers/search.ts';
import { serveDist } from '../tests/helpers/static-server.ts';
import { SEARCH_CASES, TYPO_CASES } from '../tests/search/queries.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const dist = join(root, 'dist');
const pageWeight = (htmlFile: string) => pageWeightIn(dist, htmlFile);
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
      typed.push(total(await fetchedOnFreshVisit(browser, server.url, (page) => typeQuery(page, query))));
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
    const vocabularies = readdirSync(join(dist, 'pagefind')).filter((name) => /^vocabulary-en-\d+\.txt$/.test(name));
    const vocabulary = Math.max(...vocabularies.map((name) => gzipBytes(readFileSync(join(dist, 'pagefind', name)))));
    row('typo path: vocabulary for one word length, largest', kb(vocabulary), '(reported)', true);
    row('typo path: extra bytes over the right spelling, largest', kb(Math.max(...extra)), '<= 20 KB', Math.max(...extra) <= 20 * 1024);
    row('typo path: extra bytes, median', kb(median(extra)), '(reported)', true);
  } finally {
    await browser.close();
    await server.close();
  }
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

if (process.argv.includes('--build')) benchBuild();
if (process.argv.includes('--scale')) {
  // A report of its own: three cold builds of each synthetic corpus, about a quarter of an hour.
  await benchScale(process.argv.includes('--quick') ? [1, 10] : [1, 10, 30]);
  process.exit(0);
}
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
