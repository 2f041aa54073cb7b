/**
 * Checks answer files as the content tests do, for quick feedback while writing:
 *   npx tsx scripts/check-answers.ts                      every file in content/answers/
 *   npx tsx scripts/check-answers.ts content/answers/x.md  only those
 * Prints one line per file (words, key points, follow-ups) or its problems; exits 1 on any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { checkAnswerFiles } from '../src/answers/check-answer-files.ts';

const ANSWERS = 'content/answers';
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(ANSWERS).filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => `${ANSWERS}/${name}`);
const results = await checkAnswerFiles(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
let failed = 0;
for (const result of results) {
  if (result.problems.length === 0) {
    console.log(`ok  ${result.file}: ${result.summary}`);
  } else {
    failed++;
    for (const problem of result.problems) console.log(`ERR ${problem}`);
  }
}
console.log(`${results.length - failed} of ${results.length} answer files pass`);
process.exitCode = failed > 0 ? 1 : 0;
