/**
 * Every regular expression in the code that reads untrusted text (source
 * documents, corrections, answers, search queries) runs in linear time: a
 * regex that backtracks polynomially on a long run of spaces, dots or blank
 * lines would let one careless source stall the ingest for hours. ESLint runs
 * eslint-plugin-regexp's two super-linear rules over those folders, so a new
 * quadratic regex fails here with its file and line.
 */
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/ingest-input.ts';

/** Folders whose code runs on text a contributor or a reader writes. */
const UNTRUSTED_TEXT_CODE = ['src/ingest', 'src/search-index', 'src/answers', 'src/lib', 'src/scripts', 'src/markdown'];

function linter(): ESLint {
  return new ESLint({
    cwd: projectRoot,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { regexp },
        linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
        rules: {
          // "potential": also the cases that need a particular input to go wrong.
          'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
          // A sticky regex is tried at one place, but ours are tried at every place of a text in turn.
          'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: false, ignorePartial: false }],
        },
      },
    ],
  });
}

function describeProblems(results: ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.map((message) => `${relative(projectRoot, result.filePath)}:${message.line}:${message.column} ${message.message}`),
  );
}

describe('regular expressions on untrusted text', () => {
  it('are all linear (eslint-plugin-regexp finds no super-linear backtracking or move)', async () => {
    const results = await linter().lintFiles(UNTRUSTED_TEXT_CODE.map((folder) => `${folder}/**/*.ts`));
    expect(results.length).toBeGreaterThan(50);
    expect(describeProblems(results)).toEqual([]);
  });

  it('a quadratic regex fails the check, named by file and line', async () => {
    const code = "export const bare = (text: string) => text.replace(/[?.!:]+$/, '');\nexport const split = (text: string) => /^(\\w+)\\s*=\\s*(.*?)\\s*$/.exec(text);\n";
    const results = await linter().lintText(code, { filePath: `${projectRoot}/src/ingest/example.ts` });
    const problems = describeProblems(results);
    expect(problems.some((problem) => /^src\/ingest\/example\.ts:1:\d+ .*quadratic runtime/.test(problem))).toBe(true);
    expect(problems.some((problem) => /^src\/ingest\/example\.ts:2:\d+ .*polynomial backtracking/.test(problem))).toBe(true);
  });
});
