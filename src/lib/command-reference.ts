/**
 * Reads src/data/commands.yaml, what the commands page says about each docker
 * subcommand and its flags. A malformed record stops the build with the file
 * and line named.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

export interface Flag {
  /** As written in the data file and shown on the page: "-d, --detach". */
  label: string;
  names: string[];
  takesValue: boolean;
  text: string;
}

export interface CommandInfo {
  key: string;
  family: string;
  text: string;
  docs: string;
  sameAs?: string | undefined;
  commandFollows: boolean;
  flags: Flag[];
}

export interface Reference {
  families: { id: string; name: string }[];
  commands: Map<string, CommandInfo>;
  /** Flags every command takes (--help). */
  common: Flag[];
}

export const DOCS_BASE = 'https://docs.docker.com/reference/cli/docker/';

export function parseReference(text: string, file: string): Reference {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const fail = (node: Node | null | undefined, message: string): never => {
    const line = node?.range ? lines.linePos(node.range[0]).line : 1;
    throw new Error(`${file}:${line}: ${message}`);
  };
  const [error] = doc.errors;
  if (error) throw new Error(`${file}:${error.linePos?.[0].line ?? 1}: ${error.message.split('\n')[0]}`);
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'expected a map with families and commands');

  const familiesNode = root.get('families', true);
  if (!isSeq(familiesNode)) return fail(root, 'families: expected a list');
  const families = familiesNode.items.map((item) => {
    const id = isMap(item) ? item.get('id') : undefined;
    const name = isMap(item) ? item.get('name') : undefined;
    if (typeof id !== 'string' || typeof name !== 'string') return fail(item as Node, 'a family needs an id and a name');
    return { id, name };
  });
  const familyIds = new Set(families.map((family) => family.id));

  const flagsOf = (node: unknown, where: string): Flag[] => {
    if (node === undefined || node === null) return [];
    if (!isMap(node)) return fail(node as Node, `${where}: flags must be a map of "flag": description`);
    return node.items.map((pair) => {
      const label = String((pair.key as { value?: unknown })?.value ?? '');
      const description = (pair.value as { value?: unknown } | null)?.value;
      if (typeof description !== 'string' || !description.trim()) return fail(pair.key as Node, `${where}: flag "${label}" needs a description`);
      return toFlag(label, description, () => fail(pair.key as Node, `${where}: "${label}" is not written "-x, --long VALUE"`));
    });
  };

  const commandsNode = root.get('commands', true);
  if (!isMap(commandsNode)) return fail(root, 'commands: expected a map');
  const commands = new Map<string, CommandInfo>();
  for (const pair of commandsNode.items) {
    const key = String((pair.key as { value?: unknown }).value);
    const node = pair.value;
    if (!/^docker( [a-z-]+){1,2}$/.test(key)) fail(pair.key as Node, `"${key}" is not a docker command`);
    if (!isMap(node)) return fail(pair.key as Node, `${key}: expected family, text and docs`);
    const field = (name: string) => node.get(name);
    const family = field('family');
    const description = field('text');
    const docs = field('docs');
    const sameAs = field('same-as');
    const follows = field('command-follows');
    if (typeof family !== 'string' || !familyIds.has(family)) fail(node, `${key}: family must be one of ${[...familyIds].join(', ')}`);
    if (typeof description !== 'string' || !description.trim()) fail(node, `${key}: text is missing`);
    if (typeof docs !== 'string' || !/^[a-z-]+(\/[a-z-]+)*$/.test(docs)) fail(node, `${key}: docs must be a reference path such as container/run`);
    if (sameAs !== undefined && typeof sameAs !== 'string') fail(node, `${key}: same-as must be a command`);
    if (follows !== undefined && typeof follows !== 'boolean') fail(node, `${key}: command-follows must be true or false`);
    commands.set(key, {
      key,
      family: family as string,
      text: description as string,
      docs: docs as string,
      sameAs: sameAs as string | undefined,
      commandFollows: follows === true,
      flags: flagsOf(node.get('flags', true), key),
    });
  }
  return { families, commands, common: flagsOf(root.get('common-flags', true), 'common-flags') };
}

function toFlag(label: string, text: string, bad: () => never): Flag {
  const match = /^((?:-[a-zA-Z]|--[a-z][a-z-]*)(?:, --[a-z][a-z-]*)?)(?: ([A-Z][A-Z=_]*))?$/.exec(label);
  if (!match) return bad();
  return { label, names: match[1]!.split(', '), takesValue: match[2] !== undefined, text };
}
