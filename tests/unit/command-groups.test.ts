import { describe, expect, it } from 'vitest';
import { groupCommands, parseLine } from '../../src/lib/command-groups.ts';
import { parseReference } from '../../src/lib/command-reference.ts';

const reference = parseReference(
  `
families:
  - id: containers
    name: Container lifecycle
  - id: compose
    name: Compose
common-flags:
  "--help": Prints usage.
commands:
  docker run:
    family: containers
    text: Runs a container.
    docs: container/run
    command-follows: true
    flags:
      "-d, --detach": Background.
      "-i, --interactive": STDIN.
      "-t, --tty": Terminal.
      "--name NAME": Names it.
      "-m, --memory LIMIT": Memory.
  docker compose up:
    family: compose
    text: Starts services.
    docs: compose/up
`,
  'commands.yaml',
);
const entry = (id: string) => ({ id, title: id.toUpperCase() });

describe('reading a command line', () => {
  it('finds the subcommand and its flags, -it as -i and -t, values skipped', () => {
    const parsed = parseLine('docker run -it --name web -m 512m nginx', reference)!;
    expect(parsed.key).toBe('docker run');
    expect(parsed.flags.map((flag) => flag.label)).toEqual(['-i, --interactive', '-t, --tty', '--name NAME', '-m, --memory LIMIT']);
    expect(parsed.unknownFlags).toEqual([]);
  });

  it("stops at the image: the container command's own flags are not docker's", () => {
    expect(parseLine('docker run -d nginx bash -c "ls -l"', reference)!.flags.map((flag) => flag.label)).toEqual(['-d, --detach']);
  });

  it('reports flags the data file does not describe', () => {
    expect(parseLine('docker run --privileged nginx', reference)!.unknownFlags).toEqual(['--privileged']);
  });

  it('shows docker-compose (Compose v1) as docker compose', () => {
    const parsed = parseLine('docker-compose up', reference)!;
    expect(parsed).toMatchObject({ key: 'docker compose up', shown: 'docker compose up', legacy: true });
  });
});

describe('grouping', () => {
  it('folds lines with the same flags into one row; the form most entries use leads, the others are its variants', () => {
    const [family] = groupCommands(
      [
        { line: 'docker run -d --name web nginx', entry: entry('a'), file: 'a.mdx' },
        { line: 'docker run -d --name <name> <image>', entry: entry('b'), file: 'b.mdx' },
        { line: 'docker run -d --name <name> <image>', entry: entry('c'), file: 'c.mdx' },
        { line: 'docker run nginx', entry: entry('a'), file: 'a.mdx' },
      ],
      reference,
    );
    const rows = family!.commands[0]!.rows;
    expect(rows.map((row) => row.command)).toEqual(['docker run nginx', 'docker run -d --name <name> <image>']);
    expect(rows[1]!.variants).toEqual(['docker run -d --name web nginx']);
    expect(rows[1]!.entries.map((link) => link.id).sort()).toEqual(['a', 'b', 'c']);
    expect(family!.commands[0]!.flags.map((flag) => flag.label)).toEqual(['-d, --detach', '--name NAME']);
    // Each row knows its own flags, so the filter matches a flag's description only on the lines that use it.
    expect(rows.map((row) => row.flags.map((flag) => flag.label))).toEqual([[], ['-d, --detach', '--name NAME']]);
  });

  it('groups by family in the data file order and marks a subcommand some answers spell docker-compose', () => {
    const families = groupCommands(
      [
        { line: 'docker-compose up', entry: entry('a'), file: 'a.mdx' },
        { line: 'docker run nginx', entry: entry('b'), file: 'b.mdx' },
      ],
      reference,
    );
    expect(families.map((family) => family.id)).toEqual(['containers', 'compose']);
    expect(families[1]!.commands[0]).toMatchObject({ legacy: true, rows: [{ command: 'docker compose up' }] });
  });

  it('lists a command the data file does not describe under "Other commands", with a warning naming the entry, instead of failing', () => {
    const warnings: string[] = [];
    const families = groupCommands(
      [
        { line: 'docker frobnicate --all x', entry: entry('a'), file: 'content/questions/a.mdx' },
        { line: 'docker compose frob web', entry: entry('b'), file: 'content/questions/b.mdx' },
        { line: 'docker run nginx', entry: entry('b'), file: 'content/questions/b.mdx' },
      ],
      reference,
      (message) => warnings.push(message),
    );
    expect(families.map((family) => family.name)).toEqual(['Container lifecycle', 'Other commands']);
    const other = families[1]!.commands;
    expect(other.map((block) => block.info.key)).toEqual(['docker compose frob', 'docker frobnicate']);
    expect(other[1]).toMatchObject({ undescribed: true, id: 'docker-frobnicate', rows: [{ command: 'docker frobnicate --all x', entries: [entry('a')] }] });
    expect(warnings).toEqual([
      expect.stringMatching(/^content\/questions\/a\.mdx: "docker frobnicate --all x" uses a docker command that src\/data\/commands\.yaml does not describe; it is listed under "Other commands"/),
      expect.stringMatching(/^content\/questions\/b\.mdx: "docker compose frob web"/),
    ]);
  });
});

describe('the data file', () => {
  it('names file and line for a record it cannot use', () => {
    const bad = 'families:\n  - id: containers\n    name: Containers\ncommands:\n  docker run:\n    family: nowhere\n    text: Runs.\n    docs: container/run\n';
    expect(() => parseReference(bad, 'commands.yaml')).toThrow(/^commands\.yaml:6: docker run: family must be one of containers/);
    expect(() => parseReference('families: [\n', 'commands.yaml')).toThrow(/^commands\.yaml:\d+:/);
  });
});
