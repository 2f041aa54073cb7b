/**
 * npm run ingest            rebuild content/topics and content/questions from content/sources
 * npm run ingest -- --check fail, naming the files, if the committed content is not what the ingest makes
 * npm run ingest -- --strict fail (writing nothing) if a document that is not reviewed has warnings
 *
 * Warnings never stop a run: the report lists every one, by file and line, and
 * the run exits 0. Only input that would corrupt the site stops it (IngestError).
 */
import { resolve } from 'node:path';
import { compare, readInputs, writeAtomically } from './emit/cli-files.ts';
import { IngestError } from './errors.ts';
import { runIngest } from './index.ts';
import { unreviewedWarnings } from './emit/report.ts';

const contentDir = resolve(process.argv.find((arg) => arg.startsWith('--content='))?.slice('--content='.length) ?? 'content');
const check = process.argv.includes('--check');
const strict = process.argv.includes('--strict');

try {
  const result = runIngest(readInputs(contentDir));
  console.log(result.summary);
  const warned = unreviewedWarnings(result.reports);
  if (strict && warned > 0) {
    console.error(`\ningest --strict: ${warned} ${warned === 1 ? 'warning' : 'warnings'} about documents that are not reviewed (listed above); nothing was written`);
    process.exit(1);
  }
  if (check) {
    const differences = compare(contentDir, result.files);
    if (differences.length > 0) {
      console.error(`\nThe committed content differs from what the ingest produces (run npm run ingest):\n${differences.join('\n')}`);
      process.exit(1);
    }
    console.log('\nThe committed content is up to date.');
  } else {
    writeAtomically(contentDir, result.files);
    console.log(`\nWrote ${result.files.size} files under ${contentDir}.`);
  }
} catch (error) {
  if (error instanceof IngestError) {
    console.error(`ingest stopped, nothing was written: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
