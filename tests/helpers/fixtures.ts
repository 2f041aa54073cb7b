/** Fixture folders: tests/fixtures/<step>/<case>/{input,expected}.txt, one case per defect class. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

export function fixtureCases(step: string): { name: string; input: string; expected: string }[] {
  const dir = join(fixturesDir, step);
  return readdirSync(dir).map((name) => ({
    name,
    input: readFileSync(join(dir, name, 'input.txt'), 'utf8'),
    expected: readFileSync(join(dir, name, 'expected.txt'), 'utf8'),
  }));
}
