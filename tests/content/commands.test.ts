/**
 * The commands page over the committed content: every docker line an answer
 * uses has its subcommand and every flag it uses described in
 * src/data/commands.yaml, so no line on the page goes unexplained.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../src/lib/command-groups.ts';
import { commandLines } from '../../src/lib/command-lines.ts';
import { parseReference } from '../../src/lib/command-reference.ts';
import { ourQuestions } from '../helpers/content.ts';

const reference = parseReference(readFileSync('src/data/commands.yaml', 'utf8'), 'src/data/commands.yaml');
// Ours: a command a reader's notes use and the file lacks goes to "Other commands" with a build warning (src/lib/command-groups.ts).
const uses = ourQuestions.flatMap((entry) => commandLines(entry.body).map((line) => ({ line, file: entry.path })));

describe('commands on the commands page', () => {
  it('the answers use many docker lines', () => {
    expect(uses.length).toBeGreaterThan(100);
  });

  it('every subcommand and every flag our answers use is described', () => {
    const missing = uses.flatMap(({ line, file }) => {
      const parsed = parseLine(line, reference);
      if (!parsed) return [`${file}: ${line} (no subcommand)`];
      return parsed.unknownFlags.map((flag) => `${file}: ${line} (${flag})`);
    });
    expect(missing).toEqual([]);
  });
});
