/**
 * npm run ingest            rebuild content/topics and content/questions from content/sources
 * npm run ingest -- --check fail, naming the files, if the committed content is not what the ingest makes
 */
import { resolve } from 'node:path';
import { compare, readInputs, writeAtomically } from './cli-files.ts';
import { IngestError } from './errors.ts';
import { runIngest } from './index.ts';

const contentDir = resolve(process.argv.find((arg) => arg.startsWith('--content='))?.slice('--content='.length) ?? 'content');
const check = process.argv.includes('--check');

try {
  const result = runIngest(readInputs(contentDir));
  console.log(result.summary);
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
