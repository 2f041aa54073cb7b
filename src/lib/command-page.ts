/** The commands page's data: every entry's command lines, grouped with their descriptions. */
import referenceText from '../data/commands.yaml?raw';
import { commandLines } from './command-lines';
import { groupCommands, type FamilyGroup } from './command-groups';
import { parseReference } from './command-reference';
import { getEntries, type Entry } from './content';

export const REFERENCE_FILE = 'src/data/commands.yaml';

export function commandGroups(entries: Entry[]): FamilyGroup[] {
  const reference = parseReference(referenceText, REFERENCE_FILE);
  const uses = entries.flatMap((entry) =>
    commandLines(entry.body ?? '').map((line) => ({ line, entry: { id: entry.id, title: entry.data.title }, file: entry.filePath ?? entry.id })),
  );
  return groupCommands(uses, reference);
}

let placesCache: Promise<Map<string, string>> | undefined;

/**
 * Where each command has its place on the commands page ("docker logs" ->
 * "docker-logs", the id to link to), for the commands the page lists; made
 * once per build, since every question page asks.
 */
export function commandPlaces(): Promise<Map<string, string>> {
  placesCache ??= getEntries().then((entries) => new Map(commandGroups(entries).flatMap((family) => family.commands.map((block) => [block.info.key, block.id] as const))));
  return placesCache;
}
