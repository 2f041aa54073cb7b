/** The commands page's data: every entry's command lines, grouped with their descriptions. */
import referenceText from '../data/commands.yaml?raw';
import { commandLines } from './command-lines';
import { groupCommands, type FamilyGroup } from './command-groups';
import { parseReference } from './command-reference';
import type { Entry } from './content';

export const REFERENCE_FILE = 'src/data/commands.yaml';

export function commandGroups(entries: Entry[]): FamilyGroup[] {
  const reference = parseReference(referenceText, REFERENCE_FILE);
  const uses = entries.flatMap((entry) =>
    commandLines(entry.body ?? '').map((line) => ({ line, entry: { id: entry.id, title: entry.data.title }, file: entry.filePath ?? entry.id })),
  );
  return groupCommands(uses, reference);
}
