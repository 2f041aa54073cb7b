/**
 * The docker commands in an entry's MDX: lines of bash or console code blocks
 * that run docker, without prompts, comments or trailing comments, grouped by
 * subcommand for the commands page.
 */
const FENCE = /^(\s*)```(bash|console)\n([\s\S]*?)^\1```/gm;

export function commandsIn(mdx: string): string[] {
  const found: string[] = [];
  for (const match of mdx.matchAll(FENCE)) {
    const indent = match[1]!.length;
    for (const raw of match[3]!.split('\n')) {
      const line = raw.slice(indent).replace(/^\$\s+/, '').replace(/\s+#.*$/, '').trim();
      if (/^(sudo\s+)?docker(-compose)?\s+[a-z]/.test(line) && !line.endsWith('\\')) found.push(line.replace(/^sudo\s+/, ''));
    }
  }
  return found;
}

export interface CommandGroup {
  id: string;
  name: string;
  commands: { command: string; entries: { id: string; title: string }[] }[];
}

/** Groups by the word after docker ("docker image prune" under "docker image"); one row per distinct command. */
export function groupCommands(uses: { command: string; entry: { id: string; title: string } }[]): CommandGroup[] {
  const groups = new Map<string, Map<string, { id: string; title: string }[]>>();
  for (const { command, entry } of uses) {
    const words = command.replace(/^docker-compose/, 'docker compose').split(/\s+/);
    const name = `docker ${words[1]}`;
    const rows = groups.get(name) ?? new Map();
    const users = rows.get(command) ?? [];
    if (!users.some((user: { id: string }) => user.id === entry.id)) users.push(entry);
    rows.set(command, users);
    groups.set(name, rows);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, rows]) => ({
      id: name.replace(/\s+/g, '-'),
      name,
      commands: [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([command, entries]) => ({ command, entries })),
    }));
}
