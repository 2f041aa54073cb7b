/**
 * `npm run bench -- --scale`: how the build, the pages and search grow with
 * the content. Builds synthetic corpora of 1x, 10x and 30x our entries in a
 * scratch folder (never in content/), measures each, and prints one table
 * with the ratio 30x/1x. A benchmark, not a test: build times are the median
 * of BUILD_RUNS cold builds, because one build on a shared 2-core machine
 * varies by a tenth or more; sizes are exact.
 *
 * Copy 0 of every entry is the real entry, so the learner queries still find
 * their answers; copies 1… have the words of every prose line, title and
 * summary shuffled (seeded), so the index grows as it would with new text
 * rather than with repeats Pagefind could fold away.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { parse, stringify } from 'yaml';
import { launch } from '../tests/helpers/browser.ts';
import { searchSlugs } from '../tests/helpers/search.ts';
import { serveDist } from '../tests/helpers/static-server.ts';
import { SEARCH_CASES } from '../tests/search/queries.ts';
import { fetchedOnFreshVisit, gzipBytes, kb, median, pageWeight, total, typeQuery } from './bench-measure.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const KB = 1024;
/** Cold builds per scale; the table shows the median of each step and of the total. */
const BUILD_RUNS = 3;

/** A small seeded generator (mulberry32), so a corpus is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const PLAIN_WORD = /^[A-Za-z][A-Za-z']*[.,;:?]?$/;

/**
 * The line with its plain words (letters, maybe one closing punctuation mark)
 * shuffled among their own places. Everything else stays where it is: code
 * spans, links, markup and list markers, so the MDX stays valid. So does the
 * line's first word: "export" or "import" there would start JavaScript.
 */
function shuffleWords(line: string, next: () => number): string {
  const tokens = line.split(/(\s+)/);
  const first = tokens.findIndex((token) => token.trim());
  const places = tokens.flatMap((token, index) => (index !== first && PLAIN_WORD.test(token) ? [index] : []));
  const words = places.map((index) => tokens[index]!);
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  places.forEach((index, at) => (tokens[index] = words[at]!));
  return tokens.join('');
}

/** An entry's MDX with its prose shuffled: code blocks, JSX and expression lines are left as they are. */
export function shuffledEntry(text: string, seed: number): string {
  const next = random(seed);
  const [, frontmatter, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  if (frontmatter === undefined || body === undefined) throw new Error('an entry without frontmatter');
  const data = parse(frontmatter) as Record<string, unknown>;
  for (const field of ['title', 'summary']) if (typeof data[field] === 'string') data[field] = shuffleWords(data[field] as string, next);
  let fence: string | undefined;
  const lines = body.split('\n').map((line) => {
    const marker = line.match(/^\s*(`{3,}|~{3,})/)?.[1];
    if (fence) {
      if (marker?.startsWith(fence)) fence = undefined;
      return line;
    }
    if (marker) {
      fence = marker;
      return line;
    }
    return /[<>{}|]/.test(line) ? line : shuffleWords(line, next);
  });
  return `---\n${stringify(data)}---\n${lines.join('\n')}`;
}

/** content/ with every entry written `times` times (copy 0 unchanged), in `folder`. */
export function syntheticContent(folder: string, times: number): { content: string; entries: number } {
  const content = join(folder, 'content');
  for (const part of ['sources', 'corrections', 'topics', 'urls']) cpSync(join(root, 'content', part), join(content, part), { recursive: true });
  const questions = join(root, 'content', 'questions');
  let entries = 0;
  for (const file of readdirSync(questions, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'))) {
    const text = readFileSync(join(questions, file), 'utf8');
    for (let copy = 0; copy < times; copy++) {
      const target = join(content, 'questions', copy === 0 ? file : file.replace(/\.mdx$/, `-copy${copy}.mdx`));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, copy === 0 ? text : shuffledEntry(text, entries * 1000 + copy));
    }
    entries += times;
  }
  return { content, entries };
}

interface Step {
  name: string;
  seconds: number;
  /** Peak resident memory of the step's process, in MB, from /usr/bin/time. */
  peakMb: number;
}

/** The steps src/integrations/post-build.ts runs inside `astro build`, as it reports them ("<step> took N s"). */
const POST_BUILD_STEPS = ['pagefind', 'index split', 'offline worker'];

/**
 * `npm run build` (one `astro build`, whose integration also runs Pagefind, the
 * index split and the offline worker), under Node's default heap (NODE_OPTIONS
 * is cleared, so no --max-old-space-size leaks in). The post-build steps' times
 * come from the build's own log; "astro build" is the rest. Peak memory is the
 * one process's.
 */
async function build(content: string, outDir: string): Promise<Step[]> {
  const env = { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(outDir, '..', '.astro-cache'), NODE_OPTIONS: '' };
  const report = join(outDir, '..', 'time.txt');
  let log: string;
  try {
    const args = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir];
    ({ stdout: log } = await promisify(execFile)('/usr/bin/time', ['-f', '%e %M', '-o', report, process.execPath, ...args], { cwd: root, env, maxBuffer: 256 * 2 ** 20 }));
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`the build failed at this scale:\n${(stdout ?? '').slice(-2000)}${stderr?.slice(-2000) ?? error}`);
  }
  const [seconds, peakKb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  const peakMb = peakKb! / 1024;
  const after = POST_BUILD_STEPS.map((name) => {
    const match = new RegExp(`${name} took ([\\d.]+) s`).exec(log);
    if (!match) throw new Error(`the build log has no "${name} took … s" line (src/integrations/post-build.ts)`);
    return { name, seconds: Number(match[1]), peakMb };
  });
  const rest = seconds! - after.reduce((sum, step) => sum + step.seconds, 0);
  return [{ name: 'astro build', seconds: rest, peakMb }, ...after];
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => join(folder, name)).filter((file) => statSync(file).isFile());
}

/** A page that only sends a reader on from an old URL (src/pages/questions/[moved].astro). */
const isMovedPage = (file: string) => readFileSync(file, 'utf8').includes('http-equiv="refresh"');

interface Kind {
  pages: number;
  median: number;
  largest: number;
  htmlMedian: number;
  cssMedian: number;
  jsMedian: number;
}

function kindOf(dist: string, files: string[]): Kind {
  const weights = files.map((file) => pageWeight(dist, file));
  const sums = weights.map(({ html, css, js }) => html + css + js);
  return {
    pages: files.length,
    median: median(sums),
    largest: Math.max(...sums),
    htmlMedian: median(weights.map((weight) => weight.html)),
    cssMedian: median(weights.map((weight) => weight.css)),
    jsMedian: median(weights.map((weight) => weight.js)),
  };
}

interface Scale {
  times: number;
  entries: number;
  /** Each step's median over the runs (peak memory: the highest). */
  steps: Step[];
  /** Each run's total build time, in seconds. */
  runs: number[];
  html: number;
  dist: number;
  question: Kind;
  topic: Kind;
  home: Kind;
  homeFetched: number;
  practiceFetched: number;
  commands: Kind;
  indexBytes: number;
  indexFiles: number;
  listFile: number;
  largestChunk: number;
  pasted: number;
  typed: number;
}

/** Pagefind's files are gzip already: their size on disk is what a browser fetches. */
function measureIndex(dist: string): Pick<Scale, 'indexBytes' | 'indexFiles' | 'listFile' | 'largestChunk'> {
  const pagefind = join(dist, 'pagefind');
  const files = filesUnder(pagefind);
  const size = (file: string) => statSync(file).size;
  const meta = files.filter((file) => file.endsWith('.pf_meta'));
  const chunks = files.filter((file) => file.endsWith('.pf_index'));
  return {
    indexBytes: files.filter((file) => /\.pf_(meta|index|fragment|filter)$/.test(file)).reduce((sum, file) => sum + size(file), 0),
    indexFiles: files.length,
    listFile: Math.max(...meta.map(size)),
    largestChunk: Math.max(...chunks.map(size)),
  };
}

async function measureBrowser(dist: string): Promise<Pick<Scale, 'homeFetched' | 'practiceFetched' | 'pasted' | 'typed'>> {
  const server = await serveDist(dist);
  const browser = await launch();
  try {
    // Everything a first visit to the home page downloads (gzip), scripts and data included.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const fetched: Promise<number>[] = [];
    page.on('response', (response) => fetched.push(response.body().then(gzipBytes, () => 0)));
    await page.goto(server.url);
    await page.waitForLoadState('networkidle');
    const homeFetched = (await Promise.all(fetched)).reduce((sum, bytes) => sum + bytes, 0);
    // The practice page over one topic, until its first card is on screen.
    fetched.length = 0;
    await page.goto(`${server.url}practice/?topic=images`);
    await page.locator('.practice-card h2').waitFor();
    const practiceFetched = (await Promise.all(fetched)).reduce((sum, bytes) => sum + bytes, 0);
    await context.close();
    const queries = SEARCH_CASES.slice(0, 10).map(({ query }) => query);
    const pasted: number[] = [];
    const typed: number[] = [];
    for (const query of queries) {
      pasted.push(total(await fetchedOnFreshVisit(browser, server.url, (visit) => searchSlugs(visit, query))));
      typed.push(total(await fetchedOnFreshVisit(browser, server.url, (visit) => typeQuery(visit, query))));
    }
    return { homeFetched, practiceFetched, pasted: median(pasted), typed: median(typed) };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measureScale(times: number): Promise<Scale> {
  const folder = mkdtempSync(join(tmpdir(), `bench-scale-${times}x-`));
  try {
    const { content, entries } = syntheticContent(folder, times);
    const dist = join(folder, 'dist');
    const runs: Step[][] = [];
    for (let run = 1; run <= BUILD_RUNS; run++) {
      console.log(`${times}x: ${entries} entries, build ${run} of ${BUILD_RUNS}…`);
      // Each run starts cold: no earlier output and no content cache.
      for (const output of [dist, join(folder, '.astro-cache')]) rmSync(output, { recursive: true, force: true });
      runs.push(await build(content, dist));
    }
    const steps = runs[0]!.map(({ name }, index) => ({
      name,
      seconds: median(runs.map((run) => run[index]!.seconds)),
      peakMb: Math.max(...runs.map((run) => run[index]!.peakMb)),
    }));
    const files = filesUnder(dist);
    const pages = files.filter((file) => file.endsWith('.html'));
    const questionPages = pages.filter((file) => file.includes('/questions/') && !isMovedPage(file));
    const topicPages = pages.filter((file) => file.includes('/topics/'));
    return {
      times,
      entries,
      steps,
      runs: runs.map((run) => run.reduce((sum, step) => sum + step.seconds, 0)),
      html: pages.reduce((sum, file) => sum + statSync(file).size, 0),
      dist: files.reduce((sum, file) => sum + statSync(file).size, 0),
      question: kindOf(dist, questionPages),
      topic: kindOf(dist, topicPages),
      home: kindOf(dist, [join(dist, 'index.html')]),
      commands: kindOf(dist, [join(dist, 'commands', 'index.html')]),
      ...measureIndex(dist),
      ...(await measureBrowser(dist)),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const seconds = (scale: Scale) => median(scale.runs);
const peak = (scale: Scale) => Math.max(...scale.steps.map((step) => step.peakMb));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function printTable(scales: Scale[]): void {
  const first = scales[0]!;
  const last = scales.at(-1)!;
  const rows: [string, (scale: Scale) => number, (value: number) => string][] = [
    ['entries', (scale) => scale.entries, String],
    [`build, all steps, median of ${BUILD_RUNS}`, seconds, (value) => `${value.toFixed(1)} s`],
    ['  fastest run', (scale) => Math.min(...scale.runs), (value) => `${value.toFixed(1)} s`],
    ['  slowest run', (scale) => Math.max(...scale.runs), (value) => `${value.toFixed(1)} s`],
    ...first.steps.map((step, index): [string, (scale: Scale) => number, (value: number) => string] => [`  ${step.name}, median`, (scale) => scale.steps[index]!.seconds, (value) => `${value.toFixed(1)} s`]),
    ['build peak memory (one process)', peak, (value) => `${value.toFixed(0)} MB`],
    ['total HTML', (scale) => scale.html, mb],
    ['dist/', (scale) => scale.dist, mb],
    ['question page, median (gzip, HTML+CSS+JS)', (scale) => scale.question.median, kb],
    ['  its HTML, median', (scale) => scale.question.htmlMedian, kb],
    ['question page, largest', (scale) => scale.question.largest, kb],
    ['topic page, median', (scale) => scale.topic.median, kb],
    ['topic page, largest', (scale) => scale.topic.largest, kb],
    [`topic pages`, (scale) => scale.topic.pages, String],
    ['home page', (scale) => scale.home.largest, kb],
    ['home page, first visit, all it fetches', (scale) => scale.homeFetched, kb],
    ['commands page', (scale) => scale.commands.largest, kb],
    ['practice page until the first card', (scale) => scale.practiceFetched, kb],
    ['search index (meta, chunks, fragments, filters)', (scale) => scale.indexBytes, mb],
    ['  Pagefind list file (pf_meta)', (scale) => scale.listFile, kb],
    ['  largest index chunk', (scale) => scale.largestChunk, kb],
    ['first search, pasted, median', (scale) => scale.pasted, kb],
    ['first search, typed at 80 ms a key, median', (scale) => scale.typed, kb],
    ['  typed / pasted', (scale) => scale.typed / scale.pasted, (value) => `${value.toFixed(2)}x`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${'scale'.padEnd(width)} ${scales.map((scale) => `${scale.times}x`.padStart(10)).join(' ')} ${`${last.times}x/${first.times}x`.padStart(10)}`);
  for (const [label, value, format] of rows) {
    const cells = scales.map((scale) => format(value(scale)).padStart(10)).join(' ');
    const ratio = value(first) ? `${(value(last) / value(first)).toFixed(2)}x`.padStart(10) : '';
    console.log(`${label.padEnd(width)} ${cells} ${ratio}`);
  }
  console.log(`  (question page CSS / JS medians at ${last.times}x: ${kb(last.question.cssMedian)} / ${kb(last.question.jsMedian)})`);
}

function printBudgets(scales: Scale[]): void {
  const first = scales[0]!;
  const last = scales.at(-1)!;
  const check = (ok: boolean, what: string) => console.log(`${ok ? 'ok  ' : 'OVER'}  ${what}`);
  console.log(`\nBudgets at ${last.times}x (DESIGN.md and issue 14)`);
  check(true, `built within Node's default heap (${(getHeapStatistics().heap_size_limit / 2 ** 20).toFixed(0)} MB here); peak process memory ${peak(last).toFixed(0)} MB`);
  const growth = seconds(last) / seconds(first);
  check(growth <= 10, `build ${growth.toFixed(1)}x the 1x time for ${last.times}x the entries (at most 10x)`);
  const { htmlMedian, cssMedian, jsMedian } = last.question;
  check(htmlMedian <= 9 * KB && cssMedian <= 6 * KB && jsMedian <= 2 * KB, `median question page HTML ${kb(htmlMedian)} (<= 9), CSS ${kb(cssMedian)} (<= 6), JS ${kb(jsMedian)} (<= 2)`);
  const heaviest = Math.max(last.topic.largest, last.home.largest);
  check(heaviest <= 50 * KB, `largest topic or home page ${kb(heaviest)} (<= 50 KB)`);
  check(last.pasted <= 120 * KB, `first search pasted ${kb(last.pasted)} (<= 120 KB)`);
  check(last.typed <= 1.15 * last.pasted, `typed ${(last.typed / last.pasted).toFixed(2)}x pasted (<= 1.15x)`);
}

export async function benchScale(multiples: number[]): Promise<void> {
  if (!existsSync('/usr/bin/time')) throw new Error('The scale benchmark reads peak memory from /usr/bin/time: apt-get install -y time');
  console.log(`Scale benchmark on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`);
  const scales: Scale[] = [];
  for (const times of multiples) scales.push(await measureScale(times));
  printTable(scales);
  printBudgets(scales);
}
