/**
 * Turns the command lines of every entry into the commands page: each line
 * read as subcommand + flags, lines with the same subcommand and flags folded
 * into one row (the others become its variants), rows under their
 * subcommand, subcommands under their family. docker-compose (Compose v1) is
 * shown as docker compose. A line whose subcommand src/data/commands.yaml does
 * not describe (a reader's own notes may use any) is listed under "Other
 * commands", undescribed, with a warning: it never fails the build.
 * tests/content/commands.test.ts keeps our reviewed entries fully described.
 */
import type { CommandInfo, Flag, Reference } from './command-reference';

export interface EntryLink {
  id: string;
  title: string;
}

export interface CommandUse {
  line: string;
  entry: EntryLink;
  /** The entry's file, to name in an error. */
  file: string;
}

export interface ParsedLine {
  key: string;
  /** The line as shown: docker-compose written as docker compose. */
  shown: string;
  legacy: boolean;
  flags: Flag[];
  unknownFlags: string[];
}

export interface CommandRow {
  command: string;
  variants: string[];
  entries: EntryLink[];
  /** The flags its lines use (every variant uses the same ones). */
  flags: Flag[];
}

export interface SubcommandBlock {
  info: CommandInfo;
  /** Not in src/data/commands.yaml: listed under "Other commands", with no description or reference link. */
  undescribed?: boolean;
  id: string;
  /** The flags its rows use, in the data file's order. */
  flags: Flag[];
  /** Some answers write it docker-compose. */
  legacy: boolean;
  rows: CommandRow[];
}

export interface FamilyGroup {
  id: string;
  name: string;
  commands: SubcommandBlock[];
}

const STOP = new Set(['|', '>', '>>', '<', '&&', '||', ';', '2>&1']);

/** Shell words, quotes kept as written ('{{.State}}' and $(docker ps -q) stay one word). */
export function words(line: string): string[] {
  const word = /(?:\$\([^)]*\)|(?:[^\s"'`$]|\$(?!\())+|"[^"]*"|'[^']*'|`[^`]*`)+/g;
  // After the line's last ")", "$(" closes nowhere: trying it there would rescan the rest of the line at each one.
  const wordAfterLastParenthesis = /(?:(?:[^\s"'`$]|\$(?!\())+|"[^"]*"|'[^']*'|`[^`]*`)+/g;
  const lastParenthesis = line.lastIndexOf(')');
  const found: string[] = [];
  for (let from = 0; ; ) {
    let match: RegExpExecArray | null;
    if (from <= lastParenthesis) {
      word.lastIndex = from;
      match = word.exec(line);
      from = word.lastIndex;
    } else {
      wordAfterLastParenthesis.lastIndex = from;
      match = wordAfterLastParenthesis.exec(line);
      from = wordAfterLastParenthesis.lastIndex;
    }
    if (!match) return found;
    found.push(match[0]);
  }
}

export function parseLine(line: string, reference: Reference): ParsedLine | undefined {
  let tokens = words(line);
  const legacy = tokens[0] === 'docker-compose';
  if (legacy) tokens = ['docker', 'compose', ...tokens.slice(1)];
  // Compose's own flags come before its subcommand (docker compose -f ci.yaml up): set them aside.
  const composeFlags = reference.commands.get('docker compose')?.flags ?? [];
  const global: string[] = [];
  if (tokens[0] === 'docker' && tokens[1] === 'compose') {
    while (tokens[2]?.startsWith('-')) {
      const flag = composeFlags.find((candidate) => candidate.names.includes(tokens[2]!.split('=')[0]!));
      if (!flag) break;
      const taken = flag.takesValue && !tokens[2].includes('=') ? 2 : 1;
      global.push(tokens[2]);
      tokens.splice(2, taken);
    }
  }
  const key = [3, 2].map((length) => tokens.slice(0, length).join(' ')).find((candidate) => reference.commands.has(candidate));
  if (!key) return undefined;
  const info = reference.commands.get(key)!;
  const known = [...info.flags, ...(key === 'docker compose' ? [] : composeFlags.filter((flag) => global.some((name) => flag.names.includes(name.split('=')[0]!)))), ...reference.common];
  const byName = (name: string) => known.find((flag) => flag.names.includes(name));
  const flags: Flag[] = [];
  const unknownFlags: string[] = [];
  const use = (name: string) => {
    const flag = byName(name);
    if (!flag) unknownFlags.push(name);
    else if (!flags.includes(flag)) flags.push(flag);
    return flag;
  };
  for (const name of global) use(name.split('=')[0]!);
  const rest = tokens.slice(key.split(' ').length);
  for (let index = 0; index < rest.length; index++) {
    const token = rest[index]!;
    if (STOP.has(token) || token === '--') break;
    if (token.startsWith('--')) {
      const [name] = token.split('=');
      if (use(name!)?.takesValue && !token.includes('=')) index++;
    } else if (/^-[a-zA-Z]/.test(token)) {
      const letters = token.slice(1);
      // -it is -i -t; -m512m is -m with its value.
      for (let at = 0; at < letters.length; at++) {
        if (use(`-${letters[at]}`)?.takesValue) {
          if (at === letters.length - 1) index++;
          break;
        }
      }
    } else if (info.commandFollows) break; // the image or container: what follows is its command
  }
  return { key, shown: legacy ? line.replace(/^docker-compose\b/, 'docker compose') : line, legacy, flags, unknownFlags };
}

export const OTHER_FAMILY = { id: 'other-commands', name: 'Other commands' };

/** The build log's warnings, once each (the page and every question page's chips group the same lines). */
const warned = new Set<string>();
const warnOnce = (message: string) => {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`warning: ${message}`);
};

export function groupCommands(uses: CommandUse[], reference: Reference, warn: (message: string) => void = warnOnce): FamilyGroup[] {
  type Block = { legacy: boolean; rows: Map<string, { flags: Flag[]; variants: Map<string, EntryLink[]> }>; flags: Set<Flag> };
  const blocks = new Map<string, Block>();
  const others = new Map<string, Map<string, EntryLink[]>>();
  for (const use of uses) {
    const parsed = parseLine(use.line, reference);
    if (!parsed) {
      warn(`${use.file}: "${use.line}" uses a docker command that src/data/commands.yaml does not describe; it is listed under "${OTHER_FAMILY.name}" until it is described there`);
      const key = otherKey(use.line, reference);
      const lines = others.get(key) ?? new Map<string, EntryLink[]>();
      const entries = lines.get(use.line) ?? [];
      if (!entries.some((entry) => entry.id === use.entry.id)) entries.push(use.entry);
      lines.set(use.line, entries);
      others.set(key, lines);
      continue;
    }
    const block: Block = blocks.get(parsed.key) ?? { legacy: false, rows: new Map(), flags: new Set() };
    block.legacy ||= parsed.legacy;
    parsed.flags.forEach((flag) => block.flags.add(flag));
    const shape = parsed.flags.map((flag) => flag.label).sort().join(' ');
    const row = block.rows.get(shape) ?? { flags: parsed.flags, variants: new Map<string, EntryLink[]>() };
    const entries: EntryLink[] = row.variants.get(parsed.shown) ?? [];
    if (!entries.some((entry) => entry.id === use.entry.id)) entries.push(use.entry);
    row.variants.set(parsed.shown, entries);
    block.rows.set(shape, row);
    blocks.set(parsed.key, block);
  }
  const described = reference.families
    .map((family) => ({
      ...family,
      commands: [...reference.commands.values()]
        .filter((info) => info.family === family.id && blocks.has(info.key))
        .map((info) => {
          const block = blocks.get(info.key)!;
          const all = [...info.flags, ...reference.common];
          return {
            info,
            id: info.key.replace(/\s+/g, '-'),
            flags: all.filter((flag) => block.flags.has(flag)),
            legacy: block.legacy,
            rows: [...block.rows.entries()]
              .sort(([a], [b]) => (a ? a.split(' ').length : 0) - (b ? b.split(' ').length : 0) || a.localeCompare(b))
              .map(([, row]) => toRow(row.variants, all.filter((flag) => row.flags.includes(flag)))),
          };
        }),
    }))
    .filter((family) => family.commands.length > 0);
  if (others.size === 0) return described;
  const other: FamilyGroup = {
    ...OTHER_FAMILY,
    commands: [...others.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, lines]) => ({
        info: { key, family: OTHER_FAMILY.id, text: 'Not described here yet.', docs: '', commandFollows: false, flags: [] },
        id: key.replace(/\s+/g, '-'),
        undescribed: true,
        flags: [],
        legacy: false,
        rows: [...lines.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([command, entries]) => ({ command, variants: [], entries, flags: [] })),
      })),
  };
  return [...described, other];
}

/**
 * "docker frobnicate --all x" is "docker frobnicate", "docker compose frob x" is
 * "docker compose frob": the command words, a third only after a management command.
 */
function otherKey(line: string, reference: Reference): string {
  const tokens = words(line);
  const management = new Set([...reference.commands.keys()].filter((key) => key.split(' ').length === 3).map((key) => key.split(' ').slice(0, 2).join(' ')));
  const key: string[] = [];
  for (const token of tokens.slice(0, 3)) {
    if (!/^[a-z][a-z0-9-]*$/.test(token)) break;
    key.push(token);
    if (key.length === 2 && !management.has(key.join(' '))) break;
  }
  return key.join(' ') || tokens[0] || line;
}

/** One row: the form most entries use (a placeholder form on a tie, then the shortest), the others as variants. */
function toRow(variants: Map<string, EntryLink[]>, flags: Flag[]): CommandRow {
  const ranked = [...variants.entries()].sort(
    ([a, aEntries], [b, bEntries]) =>
      bEntries.length - aEntries.length || Number(b.includes('<')) - Number(a.includes('<')) || a.length - b.length || a.localeCompare(b),
  );
  const entries: EntryLink[] = [];
  for (const [, users] of ranked) for (const user of users) if (!entries.some((entry) => entry.id === user.id)) entries.push(user);
  return { command: ranked[0]![0], variants: ranked.slice(1).map(([command]) => command), entries, flags };
}
