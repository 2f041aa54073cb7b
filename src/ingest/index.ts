/**
 * The ingest, as a story: raw documents in, content files out. Pure: it is
 * handed the bytes of every input and returns the files to write, so each
 * step can be tested alone and cli.ts alone touches the disk.
 *
 * Rooms: formats/ reads each source format into mdast; steps/ holds the text and tree steps run below, in order;
 * review/ our reviewed records (sources.json, corrections, our answers, survey, URL ledger) and how they apply; emit/ writes and proves the output.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { chooseTopic, guessLevel } from './steps/classify.ts';
import { cleanTitle, isQuestion, MAX_TITLE_LENGTH, shortenTitle } from './steps/clean-title.ts';
import { alignBoxes } from './steps/align-boxes.ts';
import { cleanNotes } from './steps/clean-notes.ts';
import { applyCorrections, CALLOUT, POINTER } from './review/apply-corrections.ts';
import { lineAt, parseCorrections, type Corrections, type EntryCorrection, type Review } from './review/corrections.ts';
import { linkCrossReferences } from './steps/cross-references.ts';
import { decodeSource } from './steps/decode.ts';
import { dedupe, type Group, type Prepared } from './steps/dedupe.ts';
import { withoutEmoji } from './steps/emoji.ts';
import { emit, entryPath, GENERATED_MARK, structureElements, type ContentFiles } from './emit/emit.ts';
import { IngestError } from './errors.ts';
import { fenceCode } from './steps/fence-code.ts';
import { chooseFormat, givenByLine } from './formats/index.ts';
import { packFolder } from './formats/folder.ts';
import { dropHeadingEmoji } from './steps/heading-emoji.ts';
import { attachAnswers, ownEntries, parseAnswers } from './review/our-answers.ts';
import { proveInert } from './emit/prove-inert.ts';
import { formatLedger, LEDGER_PATH, parseLedger, updateLedger } from './review/published-urls.ts';
import { findRelated } from './steps/related.ts';
import { lintCode } from './steps/lint-code.ts';
import { removeDebris } from './steps/remove-debris.ts';
import { repairCode } from './steps/repair-code.ts';
import { repairMojibake } from './steps/repair-mojibake.ts';
import { questionLikeLines } from './steps/question-lines.ts';
import { formatReport, newSourceReport, type SourceReport } from './emit/report.ts';
import { resolveRelativeLinks } from './steps/relative-links.ts';
import { rewriteLinks } from './steps/rewrite-links.ts';
import { segment } from './steps/segment.ts';
import { unpublishable } from './steps/unpublishable.ts';
import { slugify } from './steps/slug.ts';
import { parseSourceList } from './review/source-list.ts';
import { structureAnswer } from './steps/structure.ts';
import { askedCounts } from './review/survey.ts';
import { deriveSummary, shorten } from './steps/summary.ts';
import { extractTags } from './steps/tags.ts';
import type { Entry, Level, RawEntry, SourceConfig } from './types.ts';

export interface IngestInput {
  /** Text of content/sources/sources.json. */
  sourceList: string;
  /** Raw bytes of each source, by file name. */
  sources: Map<string, Uint8Array>;
  /** Text of each content/corrections/*.yaml, by file name. */
  corrections: Record<string, string>;
  /** Text of content/urls/published.json, the URLs published so far; absent on a new site. */
  publishedUrls?: string;
  /** Text of each of our answers, content/answers/<slug>.md, by path. */
  answers?: Record<string, string>;
  /** Text of content/survey/questions.yaml: which banks ask what. */
  survey?: string;
}

export interface IngestResult {
  files: ContentFiles;
  reports: SourceReport[];
  summary: string;
}

/** Limits that keep a wrong file (a log, a dump) from taking minutes and gigabytes. */
export const MAX_SOURCE_BYTES = 4 * 2 ** 20;
export const MAX_ENTRIES_PER_SOURCE = 2000;

export function runIngest(input: IngestInput): IngestResult {
  const sources = parseSourceList(input.sourceList);
  const corrections = parseCorrections(input.corrections);
  const ourAnswers = parseAnswers(input.answers ?? {});
  const asked = askedCounts(input.survey);
  checkEverySourceListed(sources, input.sources);
  checkSourceIds(sources, corrections, input.corrections);
  const reports = new Map<string, SourceReport>();
  const prepared: Prepared[] = [];
  const repairedTexts = new Map<string, string>();

  for (const source of sources) {
    const file = `content/sources/${source.file}`;
    // A reader's own notes (no `reviewed` in sources.json): what would stop on our documents is skipped or repaired with a warning.
    const theirs = source.reviewed !== true;
    const report = newSourceReport(source.id, source.file, !theirs);
    reports.set(source.id, report);
    const bytes = input.sources.get(source.file) ?? packFolder(source.file, input.sources);
    if (!bytes) throw new IngestError(file, undefined, 'is listed in sources.json but does not exist');
    if (bytes.length > MAX_SOURCE_BYTES) {
      throw new IngestError(file, undefined, `is ${(bytes.length / 2 ** 20).toFixed(1)} MiB; a source may be at most ${MAX_SOURCE_BYTES / 2 ** 20} MiB (the largest here is 0.3 MiB): split it into several documents`);
    }

    // 1. Bytes to text: reject binary and broken UTF-8, normalise BOM and CRLF.
    const decoded = decodeSource(bytes, file);
    report.normalised = decoded.normalised;
    // 2. Undo mojibake, restoring bytes that Windows-1252 could not hold.
    const repaired = repairMojibake(decoded.text);
    report.charactersRepaired = repaired.repaired;
    report.lostBytesRestored = repaired.lostBytesRestored;
    for (const line of repaired.unrepairedLines) report.warnings.push(`line ${line} still looks like mojibake`);
    const copyOf = [...repairedTexts].find(([, text]) => text === repaired.text)?.[0];
    if (copyOf) report.copyOf = copyOf;
    repairedTexts.set(source.id, repaired.text);

    // 3. Parse the document's own format into mdast.
    const { format, why, warning } = chooseFormat(source, repaired.text, file);
    report.format = why;
    if (warning) report.warnings.push(warning);
    const { tree, repairs, entryDepth } = format.parse(repaired.text, { file, layout: corrections.layout.filter((record) => record.source === source.id), entryDepth: source.entryDepth });
    const given = givenByLine(tree);
    // 4. A user's notes lose their HTML, badges, adverts, shortcodes and front matter (steps/clean-notes.ts);
    //    then debris: tables of contents, separators, chat leftovers, and the emoji of headings.
    report.debrisRemoved = { ...nonZero(repairs), ...cleanNotes(tree), ...removeDebris(tree) };
    const headingEmoji = dropHeadingEmoji(tree);
    if (headingEmoji > 0) report.debrisRemoved['emoji in headings'] = headingEmoji;
    // 5. Links: chat links lose their link, raw HTML becomes text.
    const links = rewriteLinks(tree);
    report.linksRewritten = links.rewritten;
    for (const html of links.rawHtml) report.warnings.push(`line ${html.line}: raw HTML shown as text: ${html.html.slice(0, 60)}`);
    // 6. Cut into one raw entry per question.
    const { entries: cut, preamble, unanswered } = segment(tree, source, source.entryDepth ?? entryDepth ?? format.entryDepth, file, { skipUnanswered: theirs });
    for (const raw of cut) if (given.has(raw.line)) raw.given = given.get(raw.line)!;
    if (preamble > 0) report.debrisRemoved['document title and intro'] = preamble;
    for (const skipped of unanswered) report.warnings.push(`line ${skipped.line}: "${skipped.heading}" has no answer, so it is not published; write one under it`);
    const entries = theirs ? cut.filter((raw) => unpublishable(raw) === undefined) : cut;
    for (const raw of cut.filter((raw) => !entries.includes(raw))) report.warnings.push(`line ${raw.line}: ${unpublishable(raw)}`);
    if (theirs) {
      const headings = new Set([...cut.map((raw) => raw.line), ...unanswered.map((skipped) => skipped.line)]);
      const questionLike = questionLikeLines(repaired.text);
      const missed = questionLike.filter((line) => !headings.has(line));
      if (questionLike.length >= 3 && headings.size * 2 < questionLike.length && missed.length > 0) {
        report.warnings.push(
          `line ${missed[0]}: ${questionLike.length} lines look like questions (ending in "?", "Q:", numbered bold) but only ${headings.size} entries were cut; the first that is no entry is this line: check the format and entryDepth in sources.json`,
        );
      }
    }
    if (entries.length > MAX_ENTRIES_PER_SOURCE) {
      throw new IngestError(file, entries[MAX_ENTRIES_PER_SOURCE]!.line, `holds more than ${MAX_ENTRIES_PER_SOURCE} entries; split it into several documents`);
    }

    for (const raw of entries) {
      // 7. Structure the answer and lift the short answer; 8. repair code, align box diagrams, fence and check code; 9. clean the title.
      const structured = structureAnswer(raw.body);
      const repairedCode = repairCode(structured.body);
      for (const key of ['dashes', 'quotes', 'capitals'] as const) report.codeRepairs[key] += repairedCode[key];
      const boxes = alignBoxes(structured.body);
      report.boxes.edges += boxes.edges;
      report.boxes.emoji += boxes.emoji;
      const fenced = fenceCode(structured.body);
      for (const warning of lintCode(structured.body)) report.warnings.push(`line ${warning.line}: ${warning.message}`);
      report.codeBlocks.changed += fenced.changed;
      for (const [language, n] of Object.entries(fenced.byLanguage)) {
        report.codeBlocks.byLanguage[language as keyof typeof fenced.byLanguage] = (report.codeBlocks.byLanguage[language as keyof typeof fenced.byLanguage] ?? 0) + n;
      }
      const { title, scenario } = cleanTitle(raw.heading);
      if (title.length > MAX_TITLE_LENGTH && !corrections.entries.some((correction) => correction.at === `${source.id}:${raw.line}` && correction.title)) {
        report.warnings.push(`line ${raw.line}: the heading is over ${MAX_TITLE_LENGTH} characters, so its title is cut and the whole heading shown as asked; give it a title in content/corrections/entries.yaml`);
      }
      prepared.push({ address: `${source.id}:${raw.line}`, raw, title, scenario, body: structured.body, summary: structured.summary });
    }
  }

  // 10. Merge copies and questions asked by several sources.
  const groups = dedupe(prepared, corrections.merges);
  // 11. Classify, tag and summarise each merged entry.
  checkCorrectionAddresses(prepared, corrections.entries);
  checkCorrectionAddresses(prepared, corrections.reviews);
  // Entries of our own join those from the sources; every entry gets its answer.
  // Ours (from a reviewed source, or our own) come first and never change for a reader's notes: theirs take what is left.
  const reviewedIds = new Set(sources.filter((source) => source.reviewed === true).map((source) => source.id));
  const built = groups.map((group) => buildEntry(group, corrections));
  const ours = [...built.filter((entry) => isOurs(entry, reviewedIds)), ...ownEntries(ourAnswers, corrections.topics)];
  const theirs = built.filter((entry) => !isOurs(entry, reviewedIds));
  assertUniqueSlugs(ours);
  const previousLedger = parseLedger(input.publishedUrls);
  giveUniqueSlugs(theirs, ours, previousLedger, reports);
  const entries = [...ours, ...theirs];
  attachAnswers(entries, ourAnswers);
  for (const entry of entries) entry.asked = asked.get(entry.slug) ?? 0;
  assertSummaries(ours);
  fillSummaries(theirs, reports);
  // The ledger keeps our URLs; a reader's entries follow their headings (their lines move as the notes are edited).
  const ledger = updateLedger(previousLedger, ours, input.publishedUrls);
  countMerges(groups, reports);
  // 12. Link references in words, and related entries (ours among ours, so a reader's notes change none of our pages).
  const topicSlugs = corrections.topics.map((topic) => topic.slug);
  for (const [list, targets] of [[ours, ours], [theirs, entries]] as const) {
    const crossReferences = linkCrossReferences(list, corrections.links, topicSlugs, undefined, targets);
    for (const [source, n] of Object.entries(crossReferences.linked)) reports.get(source)!.linksRewritten += n;
    for (const warning of crossReferences.warnings) reports.get(warning.source)!.warnings.push(warning.message);
  }
  // Relative links into a reader's own repository: to the entry they name, or plain text.
  const relative = resolveRelativeLinks(entries);
  for (const [source, n] of Object.entries(relative.linked)) reports.get(source)!.linksRewritten += n;
  for (const [source, n] of Object.entries(relative.madeText)) reports.get(source)!.debrisRemoved['relative links made text'] = n;
  const related = new Map([...findRelated(entries), ...findRelated(ours)]);
  for (const entry of entries) entry.related = related.get(entry.slug) ?? [];
  assignOrder(entries, sources, reviewedIds);
  // 13. Our corrections, as callouts right after the text they correct (a repeat points to the first).
  const callouts = new Map(entries.map((entry) => [entry, applyCorrections(entry, entry.fixes ?? [])]));

  // 14. Write entries and topics as MDX and markdown.
  const files = emit(entries, corrections.topics);
  // Every URL published before keeps working: renamed and merged slugs redirect.
  files.set(LEDGER_PATH, formatLedger(ledger));
  // 15. Prove it: parsed as MDX, no file holds code the pipeline did not write.
  for (const [entry, count] of callouts) {
    const elements = new Map([[CALLOUT, count.callouts], [POINTER, count.pointers], ...structureElements(entry)]);
    proveInert(`content/${entryPath(entry)}`, files.get(entryPath(entry))!, { marker: `/* ${GENERATED_MARK} */`, elements });
  }
  const reportList = [...reports.values()];
  const totals = {
    entries: entries.length,
    topics: corrections.topics.length,
    reviewed: entries.filter((entry) => entry.reviewed).length,
    derivedSummaries: entries.filter((entry) => entry.summaryDerived).length,
    corrections: [...callouts.values()].reduce((sum, n) => sum + n.callouts, 0),
    answered: entries.filter((entry) => entry.ours).length,
    ours: entries.filter((entry) => entry.sources.length === 0).length,
  };
  return { files, reports: reportList, summary: formatReport(reportList, totals) };
}

function buildEntry(group: Group, corrections: Corrections): Entry {
  const members = group.members;
  const primary = members[0]!;
  const correctionOf = (address: string) => corrections.entries.find((correction) => correction.at === address);
  const memberCorrections = members.map((member) => correctionOf(member.address)).filter((c): c is EntryCorrection => c !== undefined);
  const pick = <K extends keyof EntryCorrection>(key: K) => memberCorrections.find((c) => c[key] !== undefined)?.[key];
  const finalTitle = (member: Prepared) => correctionOf(member.address)?.title ?? member.title;

  const title = shortenTitle(finalTitle(primary));
  // The review records of every member: merged entries keep all their corrections, and the first short answer.
  const reviews = members.map((member) => corrections.reviews.find((record) => record.at === member.address)).filter((record): record is Review => record !== undefined);
  const review = reviews.find((record) => record.summary !== undefined);
  if (review && pick('summary')) {
    throw new IngestError('content/corrections/entries.yaml', undefined, `"${primary.address}" has a summary here and a short answer in ${review.file}; keep one (the review)`);
  }
  const sourceSummary = pick('summary') ?? members.find((member) => member.summary)?.summary;
  // Ours first; a source's own short answer, or its first sentences, only until an entry is reviewed.
  const summary = review?.summary?.trim() ?? sourceSummary ?? deriveSummary(primary.body);
  // A source's own short answer that is not the entry's summary opens that source's section, as
  // plain text: the page has one "Short answer", ours.
  const answers = members
    .filter((member) => !group.copies.has(member.address))
    .map((member) => ({ source: member.raw.source, title: finalTitle(member), body: member.summary && member.summary !== summary ? [sourceShortAnswer(member.summary), ...member.body] : member.body }));
  const bodyText = answers.map((answer) => answer.body.map((node) => toString(node)).join('\n')).join('\n');
  // Other phrasings of the question; a study note's title is a subject, not a phrasing.
  const aliases = [...new Set(members.map(finalTitle))].filter((alias) => alias !== title && isQuestion(alias));
  const classifyInput = { title: [title, ...aliases].join(' '), section: primary.raw.section, body: bodyText, scenario: primary.scenario };

  const topic = pick('topic') ?? givenTopic(primary.raw.given, corrections.topics) ?? chooseTopic(classifyInput, corrections.topics);
  if (!corrections.topics.some((t) => t.slug === topic)) {
    throw new IngestError('content/corrections/entries.yaml', undefined, `"${primary.address}" is filed under unknown topic "${topic}"`);
  }
  const reworded = correctionOf(primary.address)?.title !== undefined;
  const longHeading = primary.scenario || primary.title.split(/(?<=[.?!])\s+/).length > 1 || primary.title.split(/\s+/).length > 20;

  return {
    slug: pick('slug') ?? slugify(primary.title),
    title,
    kind: pick('kind') ?? (isQuestion(title) ? 'question' : 'note'),
    topic,
    order: 0,
    summary,
    level: pick('level') ?? givenLevel(primary.raw.given) ?? guessLevel(classifyInput),
    tags: extractTags(title, answers.flatMap((answer) => answer.body)),
    aliases,
    related: [],
    sources: members.map((member) => ({
      source: member.raw.source.id,
      locator: member.raw.locator,
      line: member.raw.line,
      heading: member.raw.sourceHeading,
      ...(group.copies.has(member.address) ? { copy: true } : {}),
    })),
    ...((reworded && longHeading) || title !== finalTitle(primary) ? { scenario: primary.title } : {}),
    answers,
    reviewed: review !== undefined,
    fixes: reviews.flatMap((record) => record.corrections),
    summaryDerived: !review && !sourceSummary,
    asked: 0,
  } satisfies Entry;
}

/** The topic a source gives a question, when it names one of ours by slug or title. */
function givenTopic(given: RawEntry['given'], topics: Corrections['topics']): string | undefined {
  const name = given?.topic?.trim().toLowerCase();
  return name ? topics.find((topic) => topic.slug === name || topic.title.toLowerCase() === name)?.slug : undefined;
}

/** The level a source gives a question: ours, or the usual easy/medium/hard. */
function givenLevel(given: RawEntry['given']): Level | undefined {
  const levels: Record<string, Level> = { basic: 'basic', easy: 'basic', beginner: 'basic', intermediate: 'intermediate', medium: 'intermediate', advanced: 'advanced', hard: 'advanced', expert: 'advanced' };
  return levels[given?.level?.trim().toLowerCase() ?? ''];
}

function sourceShortAnswer(text: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

function assertUniqueSlugs(entries: Entry[]): void {
  const seen = new Map<string, Entry>();
  for (const entry of entries) {
    const other = seen.get(entry.slug);
    if (other && (entry.sources.length === 0 || other.sources.length === 0)) {
      const own = entry.sources.length === 0 ? entry : other;
      throw new IngestError(own.ours!.file, 1, `"${entry.slug}" is already the URL of an entry from the sources; an entry of our own needs a slug of its own`);
    }
    if (other) {
      const here = entry.sources[0]!;
      const there = other.sources[0]!;
      throw new IngestError(
        `content/sources/${entry.answers[0]!.source.file}`,
        here.line,
        `"${here.heading}" would get the same URL (/questions/${entry.slug}/) as "${there.heading}" (${there.source}, line ${there.line}); reword one or merge them in content/corrections`,
      );
    }
    seen.set(entry.slug, entry);
  }
}

/** An entry from a reviewed source, or one of our own: the entries our editorial rules and our URLs cover. */
export function isOurs(entry: Pick<Entry, 'sources'>, reviewedIds: Set<string>): boolean {
  return entry.sources.length === 0 || entry.sources.some((ref) => reviewedIds.has(ref.source));
}

/**
 * A reader's entry whose URL is taken (by ours, by a URL we published, or by
 * another of theirs) gets the next free suffix, "-2", and a warning.
 */
function giveUniqueSlugs(theirs: Entry[], ours: Entry[], ledger: ReturnType<typeof parseLedger>, reports: Map<string, SourceReport>): void {
  const taken = new Map<string, Entry | undefined>([...Object.keys(ledger).map((slug) => [slug, undefined] as const), ...ours.map((entry) => [entry.slug, entry] as const)]);
  for (const entry of theirs) {
    const wanted = entry.slug;
    if (taken.has(wanted)) {
      let n = 2;
      while (taken.has(`${wanted}-${n}`)) n++;
      entry.slug = `${wanted}-${n}`;
      const here = entry.sources[0]!;
      const other = taken.get(wanted);
      const there = other?.sources[0];
      const holder = other === undefined ? 'a URL published before' : there ? `"${there.heading}" (${there.source}, line ${there.line})` : `"${other.title}" (content/answers)`;
      reports.get(here.source)!.warnings.push(`line ${here.line}: "${here.heading}" would get the same URL (/questions/${wanted}/) as ${holder}, so it is published as /questions/${entry.slug}/; reword it or give it a slug in content/corrections/entries.yaml`);
    }
    taken.set(entry.slug, entry);
  }
}

/** A reader's entry with no short answer to be found shows the start of its answer, and the report says so. */
function fillSummaries(theirs: Entry[], reports: Map<string, SourceReport>): void {
  for (const entry of theirs.filter((candidate) => candidate.summary.trim() === '')) {
    const text = entry.answers.flatMap((answer) => answer.body.map((node) => toString(node))).join(' ').replace(/\s+/g, ' ').trim();
    entry.summary = shorten(text) || entry.title;
    entry.summaryDerived = true;
    const first = entry.sources[0]!;
    reports.get(first.source)!.warnings.push(`line ${first.line}: "${first.heading}" yields no short answer, so the page opens with the start of its answer; start the answer with a sentence that answers the question`);
  }
}

/** The site shows every entry's summary; an entry without one needs a correction. */
function assertSummaries(entries: Entry[]): void {
  const empty = entries.find((entry) => entry.summary.trim() === '' && entry.sources.length > 0);
  if (empty) {
    const first = empty.sources[0]!;
    throw new IngestError(`content/sources/${empty.answers[0]!.source.file}`, first.line, `"${first.heading}" yields no summary; add one in content/corrections/entries.yaml`);
  }
}

/** Every correction must address an entry heading, and quote the start of that heading. */
function checkCorrectionAddresses(prepared: Prepared[], corrections: (Pick<EntryCorrection, 'at' | 'heading'> & { file?: string; line?: number | undefined })[]): void {
  // Emoji aside: records written before headings lost theirs quote them with it.
  const normalise = (text: string) => withoutEmoji(text).replace(/`/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  for (const correction of corrections) {
    const entry = prepared.find((candidate) => candidate.address === correction.at);
    const file = correction.file ?? 'content/corrections/entries.yaml';
    if (!entry) throw new IngestError(file, correction.line, `no entry heading at "${correction.at}"`);
    if (!normalise(entry.raw.sourceHeading).startsWith(normalise(correction.heading))) {
      throw new IngestError(file, correction.line, `the heading at "${correction.at}" is "${entry.raw.sourceHeading}", which does not start with "${correction.heading}"`);
    }
  }
}

/** A file in content/sources that sources.json does not describe would be silently skipped. */
function checkEverySourceListed(sources: SourceConfig[], files: Map<string, Uint8Array>): void {
  for (const name of files.keys()) {
    if (!sources.some((source) => source.file === name || name.startsWith(`${source.file}/`))) {
      throw new IngestError(`content/sources/${name}`, undefined, 'is not listed in content/sources/sources.json; describe it there (README: "Adding a source document") or move it out of content/sources');
    }
  }
}

/** Link and layout records name their source; an unknown id would silently match nothing. */
function checkSourceIds(sources: SourceConfig[], corrections: Corrections, texts: Record<string, string>): void {
  const known = new Set(sources.map((source) => source.id));
  const records = [
    { name: 'links.yaml', list: corrections.links },
    { name: 'layout.yaml', list: corrections.layout },
  ];
  for (const { name, list } of records) {
    list.forEach((record, index) => {
      if (known.has(record.source)) return;
      const line = lineAt(texts[name]!, [index, 'source']);
      throw new IngestError(`content/corrections/${name}`, line, `unknown source id "${record.source}"; the ids in content/sources/sources.json are ${[...known].join(', ')}`);
    });
  }
}

function countMerges(groups: Group[], reports: Map<string, SourceReport>): void {
  for (const group of groups) {
    const [primary, ...others] = group.members;
    reports.get(primary!.raw.source.id)!.entriesMade++;
    for (const member of others) {
      if (!group.copies.has(member.address)) reports.get(member.raw.source.id)!.duplicatesMerged++;
    }
  }
}

const LEVEL_RANK: Record<Level, number> = { basic: 0, intermediate: 1, advanced: 2 };

/**
 * Within a topic: basic before advanced, the most-asked first (content/survey/),
 * then in the order the sources ask, then our own entries by slug.
 */
function assignOrder(entries: Entry[], sources: SourceConfig[], reviewedIds: Set<string>): void {
  const sourceRank = new Map(sources.map((source, index) => [source.id, index]));
  const rank = (entry: Entry) => (entry.sources[0] ? sourceRank.get(entry.sources[0].source)! : sources.length);
  const line = (entry: Entry) => entry.sources[0]?.line ?? 0;
  // A reader's entries come after ours in every topic, so ours keep their places.
  const theirs = (entry: Entry) => Number(!isOurs(entry, reviewedIds));
  const byTopic = new Map<string, Entry[]>();
  for (const entry of entries) byTopic.set(entry.topic, [...(byTopic.get(entry.topic) ?? []), entry]);
  for (const group of byTopic.values()) {
    group.sort(
      (a, b) =>
        theirs(a) - theirs(b) ||
        LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        b.asked - a.asked ||
        rank(a) - rank(b) ||
        line(a) - line(b) ||
        a.slug.localeCompare(b.slug),
    );
    group.forEach((entry, index) => (entry.order = index + 1));
  }
}

function nonZero(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}
