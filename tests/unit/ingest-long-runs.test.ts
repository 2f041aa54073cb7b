/**
 * Property: long runs of one character (spaces, tabs, dots, blank lines, "#",
 * ">", "-", "|", backticks, box drawing), the shapes that made regexes
 * backtrack quadratically, go through each ingest step and the whole ingest
 * with the text kept where it should be, and nothing stops the ingest but an
 * IngestError. This checks the output, not the time: tests/unit/regex-linear
 * keeps the regexes linear; a quadratic one would show here as a timeout.
 */
import fc from 'fast-check';
import type { Code, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { alignBoxText } from '../../src/ingest/steps/align-boxes.ts';
import { cleanTitle, isQuestion, MAX_TITLE_LENGTH, shortenTitle } from '../../src/ingest/steps/clean-title.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { fenceCode } from '../../src/ingest/steps/fence-code.ts';
import { parseMarkdown } from '../../src/ingest/formats/markdown.ts';
import { parsePdfText } from '../../src/ingest/formats/pdf-text/index.ts';
import { parsePlainQa } from '../../src/ingest/formats/plain-qa.ts';
import { runIngest } from '../../src/ingest/index.ts';
import { withInlineCode } from '../../src/ingest/steps/inline-code.ts';
import { isLeadIn } from '../../src/ingest/steps/lead-in.ts';
import { lintCode } from '../../src/ingest/steps/lint-code.ts';
import { removeDebris } from '../../src/ingest/steps/remove-debris.ts';
import { repairCodeText } from '../../src/ingest/steps/repair-code.ts';
import { structureAnswer } from '../../src/ingest/steps/structure.ts';
import { deriveSummary } from '../../src/ingest/steps/summary.ts';
import { titleSimilarity } from '../../src/ingest/steps/title-terms.ts';
import { terms } from '../../src/lib/similarity.ts';
import { queryWords } from '../../src/scripts/search-words.ts';
import { inputWith } from '../helpers/ingest-input.ts';

const RUN_CHARACTERS = [' ', '\t', '.', '\n', '#', '>', '-', '|', '`', '─', '│', '┌', '┐', '└', '┘', '├', '┤', '+', ':', '?'];
/** A document is at most four runs, so at most about 200 KB. */
const LONGEST_RUN = 50_000;
const run = fc.tuple(fc.constantFrom(...RUN_CHARACTERS), fc.integer({ min: 1, max: LONGEST_RUN })).map(([character, n]) => character.repeat(n));
/** Runs with a word between them. The word keeps a run off the start of a line, where ">" or "-" would nest blocks. */
const runs = fc.array(run, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' x '));
/** Runs as they are, for code, where nothing nests. */
const rawRuns = fc.array(fc.oneof(run, fc.constantFrom('docker run --rm x', 'CMD ["a", "b"]', 'Docker ps', '`# comment')), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const OPTIONS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 12) };
/** Always tried too: the runs that made the ingest take minutes (a 50,000-character run, then a word). */
const WORST_RUNS = [' ', '.', '\n', '\t.', '│'].map((run) => `${run.repeat(LONGEST_RUN / run.length)} x`);
/** OPTIONS with the worst runs as examples, in the first `runArguments` arguments of the property. */
function withWorstRuns(runArguments: number, ...rest: unknown[]) {
  return { ...OPTIONS, examples: WORST_RUNS.map((run) => [...Array<string>(runArguments).fill(run), ...rest]) };
}

/** Runs a step, allowing only an IngestError to stop it; undefined when one did. */
function unlessIngestError<T>(step: () => T): T | undefined {
  try {
    return step();
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return undefined;
  }
}

const codeNode = (value: string, lang: string | null = null): Code => ({ type: 'code', lang, meta: null, value });

describe('each ingest step on long runs of one character', () => {
  it('cleanTitle keeps the words of a heading and ends a question with "?"', () => {
    fc.assert(
      fc.property(runs, (filler) => {
        const { title } = cleanTitle(`What is MARKER ${filler} volume?`);
        expect(title).toMatch(/^What is MARKER\b/);
        expect(title).toMatch(/\bvolume\?$/);
        expect(isQuestion(title)).toBe(true);
        expect(shortenTitle(title).length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
      }),
      withWorstRuns(1),
    );
  });

  it('inline code marking keeps every character of the text', () => {
    fc.assert(
      fc.property(runs, runs, (before, after) => {
        const text = `${before} Use docker run --rm -p 80:80 <image_name> here ${after}.`;
        const nodes = withInlineCode(text);
        expect(nodes.map((node) => ('value' in node ? node.value : '')).join('')).toBe(text);
        expect(nodes).toContainEqual({ type: 'inlineCode', value: 'docker run --rm -p 80:80 <image_name>' });
      }),
      withWorstRuns(2),
    );
  });

  it('code repair changes only capitals and a stray backtick before a comment', () => {
    fc.assert(
      fc.property(rawRuns, (code) => {
        const repaired = repairCodeText(code, { dashes: 0, quotes: 0, capitals: 0 });
        const bare = (text: string) => text.replaceAll('`', '').toLowerCase();
        expect(bare(repaired)).toBe(bare(code));
      }),
      withWorstRuns(1),
    );
  });

  it('box alignment moves only padding', () => {
    fc.assert(
      fc.property(rawRuns, rawRuns, (top, body) => {
        const text = `┌──────┐\n${top}\n│ box  │\n${body}\n└──────┘\n+----+\n| ${body.slice(0, 20)} |`;
        const aligned = alignBoxText(text);
        const content = (box: string) => box.replace(/[ ─-]/g, '');
        expect(content(aligned)).toBe(content(text));
        expect(aligned.split('\n')).toHaveLength(text.split('\n').length);
      }),
      withWorstRuns(2),
    );
  });

  it('fencing and linting code keep its text and name each problem by line', () => {
    fc.assert(
      fc.property(rawRuns, fc.constantFrom('bash', 'dockerfile', 'yaml', 'json', null), (value, lang) => {
        const nodes: RootContent[] = [codeNode(value, lang), codeNode(`CMD [${value}`, 'dockerfile'), codeNode(`docker run ${value}`, 'bash')];
        fenceCode(nodes);
        expect((nodes[0] as Code).value).toBe(value);
        for (const warning of lintCode(nodes)) expect(warning.message).not.toBe('');
      }),
      withWorstRuns(1, 'dockerfile'),
    );
  });

  it('structure and summary keep the answer, and the summary stays short', () => {
    fc.assert(
      fc.property(runs, runs, (label, body) => {
        const tree = unlessIngestError(() => parseMarkdown(`**Short Answer:** MARKER ${label}\n\n**${label.slice(0, 60)}:**\n\nAnswer ${body}\n\n- item ${body}\n- b\n`, 'doc.md'));
        if (!tree) return;
        const structured = structureAnswer(tree.children);
        expect(structured.summary ?? '').toMatch(/^MARKER/);
        expect(structured.body.map((node) => toString(node)).join('\n')).toContain('Answer');
        expect(deriveSummary(structured.body).length).toBeLessThanOrEqual(240);
      }),
      withWorstRuns(2),
    );
  });

  it('debris removal strips a heading anchor after any run and keeps the heading', () => {
    fc.assert(
      fc.property(runs, (filler) => {
        const heading = `Title MARKER ${filler.replaceAll('\n', ' ')}`;
        const tree: Root = { type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: `${heading} {#anchor}` }] }] };
        removeDebris(tree);
        expect(toString(tree.children[0]!)).toBe(heading.trimEnd());
      }),
      withWorstRuns(1),
    );
  });

  it('lead-ins, title terms, similarity terms and query words take any run', () => {
    fc.assert(
      fc.property(runs, (text) => {
        expect(typeof isLeadIn(`${text}:`)).toBe('boolean');
        expect(titleSimilarity(`What is MARKER ${text}?`, 'What is MARKER?')).toBeGreaterThan(0);
        expect(terms(`MARKER ${text}`)).toContain('marker');
        const query = `marker ${text}`;
        const words = queryWords(query);
        expect(words).toContain('marker');
        for (const word of words) expect(query).toContain(word);
      }),
      withWorstRuns(1),
    );
  });

  it('the PDF-text and plain Q&A readers keep a paragraph after any run', () => {
    fc.assert(
      fc.property(runs, (filler) => {
        const plain = unlessIngestError(() => parsePlainQa(`What is MARKER?\n${filler}\nThe answer is CLOSING.\n`, 'doc.txt'));
        if (plain) expect(toString(plain)).toContain('CLOSING');
        const pdf = unlessIngestError(() => parsePdfText(`What is MARKER?\n\n${filler}\n\nThe answer is CLOSING.\n`, []).tree);
        if (pdf) expect(toString(pdf)).toContain('CLOSING');
      }),
      withWorstRuns(1),
    );
  });
});

describe('the whole ingest on a source with long runs of one character', () => {
  it('writes the question, its answer and its code, or stops with an IngestError', () => {
    fc.assert(
      fc.property(runs, runs, rawRuns, (heading, body, code) => {
        const text = `# Doc\n\n## What is MARKERA ${heading.replaceAll('\n', ' ')}?\n\nAnswer MARKERB ${body}\n\n~~~bash\nMARKERD\n${code}\n~~~\n\nClosing MARKERC.\n`;
        const result = unlessIngestError(() => runIngest(inputWith([{ source: { file: 'doc.md', entryDepth: 2 }, bytes: text }])));
        if (!result) return;
        const written = [...result.files.values()].join('\n');
        for (const marker of ['What is MARKERA', 'MARKERB', 'MARKERC', 'MARKERD']) expect(written).toContain(marker);
      }),
      withWorstRuns(3),
    );
  });

  it('reads a PDF-text or plain Q&A source of long runs, or stops with an IngestError', () => {
    fc.assert(
      fc.property(runs, fc.constantFrom('pdf-text', 'plain-qa'), (filler, format) => {
        const text = `What is MARKERA?\n\n${filler}\n\nThe answer is MARKERB.\n`;
        const result = unlessIngestError(() => runIngest(inputWith([{ source: { file: 'doc.txt', format }, bytes: text }])));
        if (result) expect([...result.files.values()].join('\n')).toContain('MARKERB');
      }),
      withWorstRuns(1, 'pdf-text'),
    );
  });
});
