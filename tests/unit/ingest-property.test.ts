/**
 * Property: whatever markdown-ish document arrives, the ingest either writes
 * MDX that compiles and runs nothing, or stops with an IngestError about the
 * input; it never crashes otherwise, and never writes code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { runIngest } from '../../src/ingest/index.ts';
import { inputWith } from '../helpers/ingest-input.ts';
import { compileContentFile, renderMdx, splitFrontmatter } from '../helpers/mdx.ts';

/** Words that stress MDX: JSX-looking tags, braces, templates, markdown punctuation, mojibake. */
const word = fc.oneof(
  fc.constantFrom('docker', 'run', 'image', 'container', '<container_id>', '{{.Names}}', '${VAR}', '<script>', '</div>', '{', '}', '`x`', '*', '_', '|', '\\', '#', '&amp;', 'â€”', 'ðŸ”¹', 'ğŸ”’', 'Diff b/w', 'um', '--rm', '->', '<!--', '[a](b)', '$'),
  fc.string({ minLength: 1, maxLength: 6 }),
);
/** Lines MDX gives meaning to at the start of a block: ESM, expressions, JSX, comments, fences. */
const hostileLine = fc.constantFrom(
  "import cp from 'node:child_process'",
  'export const ran = (globalThis.__propertyRan = true)',
  'export default function Page() { globalThis.__propertyRan = true }',
  '{(globalThis.__propertyRan = true)}',
  '<Ran onLoad={() => (globalThis.__propertyRan = true)} />',
  '<!-- a comment -->',
  '```',
  '~~~',
  '`unclosed',
);
const sentence = fc.oneof(
  { weight: 4, arbitrary: fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(hostileLine, fc.array(word, { maxLength: 4 })).map(([line, words]) => [line, ...words].join(' ')) },
);
const block = fc.oneof(
  sentence,
  fc.tuple(sentence, hostileLine).map(([text, line]) => `${text}\n${line}`),
  sentence.map((text) => `> ${text}`),
  fc.tuple(fc.integer({ min: 1, max: 40 }), sentence).map(([n, text]) => `## ${n}. ${text}?`),
  sentence.map((text) => `### ${text}`),
  fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
  fc.tuple(fc.constantFrom('', 'bash', 'yaml', 'json', 'dockerfile', 'sh'), fc.array(sentence, { maxLength: 4 })).map(([lang, lines]) => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``),
  fc.tuple(sentence, sentence).map(([a, b]) => `| ${a} | ${b} |\n|---|---|\n| ${b} | ${a} |`),
  fc.constant('---'),
  sentence.map((text) => `- **Answer:**  \n  ${text}`),
  sentence.map((text) => `**Short Answer:** ${text}`),
);
const document = fc.array(block, { minLength: 1, maxLength: 14 }).map((blocks) => `# Doc\n\n${blocks.join('\n\n')}\n`);

describe('the ingest on random markdown-ish documents', () => {
  it('never crashes uncaught, and every MDX file it writes compiles', async () => {
    await fc.assert(
      fc.asyncProperty(document, fc.constantFrom(2, 3), async (text, entryDepth) => {
        let files: Map<string, string>;
        try {
          files = runIngest(inputWith([{ source: { file: 'random.txt', entryDepth }, bytes: text }])).files;
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
          // The proof that the output is inert must never be what stops a run: the emit escapes.
          expect((error as IngestError).reason).not.toMatch(/would run as MDX code|MDX does not parse|<\w+> element/);
          return;
        }
        for (const [path, mdx] of files) {
          if (!path.endsWith('.mdx')) continue;
          await compileContentFile(mdx);
          await renderMdx(splitFrontmatter(mdx).body);
          expect((globalThis as { __propertyRan?: boolean }).__propertyRan).toBeUndefined();
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });
});
