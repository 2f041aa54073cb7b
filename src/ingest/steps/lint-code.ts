/**
 * Step: find commands that are wrong in the source itself (a typo in an
 * image name, a flag that does not exist, invalid exec-form JSON). They are
 * left exactly as written, because the source said them, and listed as
 * warnings in the ingest report so a person can decide.
 */
import type { Code, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { LineCounter, parseDocument } from 'yaml';

/** Long options of the docker subcommands we check (subcommands not listed are not checked). */
const LONG_OPTIONS: Record<string, string> = {
  run: 'add-host annotation attach blkio-weight blkio-weight-device cap-add cap-drop cgroup-parent cgroupns cidfile cpu-count cpu-percent cpu-period cpu-quota cpu-rt-period cpu-rt-runtime cpu-shares cpus cpuset-cpus cpuset-mems detach detach-keys device device-cgroup-rule device-read-bps device-read-iops device-write-bps device-write-iops disable-content-trust dns dns-option dns-search domainname entrypoint env env-file expose gpus group-add health-cmd health-interval health-retries health-start-period health-start-interval health-timeout help hostname init interactive ip ip6 ipc isolation kernel-memory label label-file link link-local-ip log-driver log-opt mac-address memory memory-reservation memory-swap memory-swappiness mount name net network network-alias no-healthcheck oom-kill-disable oom-score-adj pid pids-limit platform privileged publish publish-all pull quiet read-only restart rm runtime security-opt shm-size sig-proxy stop-signal stop-timeout storage-opt sysctl tmpfs tty ulimit user userns uts volume volume-driver volumes-from workdir',
  build: 'add-host allow annotation attest build-arg build-context builder cache-from cache-to call cgroup-parent check compress cpu-period cpu-quota cpu-shares cpuset-cpus cpuset-mems disable-content-trust file force-rm help iidfile isolation label load memory memory-swap metadata-file network no-cache no-cache-filter output platform progress provenance pull push quiet rm sbom secret security-opt shm-size squash ssh tag target ulimit',
  ps: 'all filter format help last latest no-trunc quiet size',
  images: 'all digests filter format help no-trunc quiet tree',
  logs: 'details follow help since tail timestamps until',
  exec: 'detach detach-keys env env-file help interactive privileged tty user workdir',
  inspect: 'format help size type',
  stop: 'help signal time timeout',
  restart: 'help signal time timeout',
  kill: 'help signal',
  rm: 'force help link volumes',
  rmi: 'force help no-prune platform',
  pull: 'all-tags disable-content-trust help platform quiet',
  push: 'all-tags disable-content-trust help platform quiet',
  save: 'help output platform',
  load: 'help input platform quiet',
  commit: 'author change help message pause',
  events: 'filter format help since until',
  stats: 'all format help no-stream no-trunc',
  start: 'attach checkpoint checkpoint-dir detach-keys help interactive',
  'image prune': 'all filter force help',
  'system prune': 'all filter force help volumes',
  'container prune': 'filter force help',
  'volume prune': 'all filter force help',
  'network prune': 'filter force help',
  'volume create': 'driver help label name opt',
  'volume ls': 'filter format help quiet',
  'volume inspect': 'format help',
  'volume rm': 'force help',
  'network create': 'attachable aux-address config-from config-only driver gateway help ingress internal ip-range ipam-driver ipam-opt ipv4 ipv6 label opt scope subnet',
  'network ls': 'filter format help no-trunc quiet',
  'network inspect': 'format help verbose',
  'container update': 'blkio-weight cpu-period cpu-quota cpu-rt-period cpu-rt-runtime cpu-shares cpus cpuset-cpus cpuset-mems help memory memory-reservation memory-swap pids-limit restart',
  'plugin install': 'alias disable disable-content-trust grant-all-permissions help',
  'plugin ls': 'filter format help no-trunc quiet',
};
/** Subcommands that do nothing without a container or image named. */
const NEEDS_ARGUMENT = new Set(['restart', 'stop', 'kill', 'start', 'pause', 'unpause', 'logs', 'inspect', 'rm', 'rmi', 'exec']);
const KNOWN_IMAGES = ['python', 'node', 'nginx', 'ubuntu', 'alpine', 'debian', 'busybox', 'redis', 'mysql', 'postgres', 'golang', 'maven', 'openjdk', 'httpd', 'mongo', 'centos'];

export interface CodeWarning {
  line: number;
  message: string;
}

export function lintCode(nodes: RootContent[]): CodeWarning[] {
  const warnings: CodeWarning[] = [];
  for (const node of nodes) {
    visit(node, 'code', (code: Code) => {
      const line = code.position?.start.line ?? 0;
      const warn = (message: string) => warnings.push({ line, message });
      if (code.lang === 'yaml') yamlProblem(code.value, warn);
      if (code.lang === 'json' && !code.value.includes('...')) jsonProblem(code.value, warn);
      for (const text of code.value.split('\n')) {
        const statement = text.trim().replace(/^\$\s+/, '');
        if (code.lang === 'dockerfile' || /^(FROM|CMD|ENTRYPOINT|ARG|RUN|COPY|ADD|USER)\s/.test(statement)) dockerfileProblems(statement, warn);
        if (/^(sudo\s+)?docker\s/.test(statement)) dockerCommandProblems(statement.replace(/^sudo\s+/, ''), warn);
      }
    });
  }
  return warnings;
}

function dockerfileProblems(statement: string, warn: (message: string) => void): void {
  if ((statement.match(/"/g)?.length ?? 0) % 2 === 1) warn(`unbalanced double quote: ${statement}`);
  if (/^`/.test(statement)) warn(`stray backtick: ${statement}`);
  const exec = execForm(statement);
  if (exec !== undefined && !validJson(exec)) warn(`exec form is not a valid JSON array: ${statement}`);
  if (/^ARG\s+[A-Za-z_]\w*:/.test(statement)) warn(`ARG default written with ":" instead of "=": ${statement}`);
  const from = /^FROM\s+(\S+)/.exec(statement);
  if (from) imageProblems(from[1]!, statement, warn);
}

/**
 * The exec form of "CMD ["a", "b"]", without the note in parentheses that syntax summaries add
 * ("CMD ["a", "b"]  (exec form)"). Found by hand, not by /(\[.*?)(\s+\([^)]*\))?$/, which
 * backtracks quadratically on a long run of spaces; the same text either way.
 */
function execForm(statement: string): string | undefined {
  const head = /^(?:CMD|ENTRYPOINT|RUN|SHELL|VOLUME)\s+(?=\[)/.exec(statement);
  if (!head) return undefined;
  const form = statement.slice(head[0].length);
  const json = form.slice(0, noteStart(form));
  // The form is one line: it does not run on past a line separator.
  return /[\n\r\u2028\u2029]/.test(json) ? undefined : json;
}

/** Where a closing "  (note)" starts in an exec form: the earliest one after the "[", or the end. */
function noteStart(form: string): number {
  if (!form.endsWith(')')) return form.length;
  // The note holds no ")" but its last, and white space comes before its "(".
  for (let open = form.indexOf('(', form.lastIndexOf(')', form.length - 2) + 1); open !== -1; open = form.indexOf('(', open + 1)) {
    let start = open;
    while (start > 1 && /\s/.test(form[start - 1]!)) start--;
    if (start < open) return start;
  }
  return form.length;
}

function dockerCommandProblems(statement: string, warn: (message: string) => void): void {
  const words = statement.split(/\s+/).slice(1);
  const sub = LONG_OPTIONS[`${words[0]} ${words[1]}`] ? `${words[0]} ${words[1]}` : words[0] ?? '';
  const options = LONG_OPTIONS[sub];
  if (options) {
    for (const option of ownOptions(statement, sub)) {
      if (!options.split(' ').includes(option)) warn(`"docker ${sub}" has no option --${option}: ${statement}`);
    }
  }
  if (NEEDS_ARGUMENT.has(sub) && words.slice(1).filter((word) => !word.startsWith('-') && !word.startsWith('#')).length === 0 && !/\$\(/.test(statement)) {
    warn(`"docker ${sub}" needs a container or image to act on: ${statement}`);
  }
  if (['run', 'pull', 'push', 'create'].includes(sub)) {
    const image = words.slice(1).find((word, index, all) => !word.startsWith('-') && !/^-/.test(all[index - 1] ?? '') && /^[\w./:-]+$/.test(word));
    if (image) imageProblems(image, statement, warn);
  }
}

/**
 * The long options docker itself reads: quoted strings are values, and after
 * the first positional argument (an image or container) the rest is the
 * command run inside the container, with options of its own.
 */
function ownOptions(statement: string, sub: string): string[] {
  const tokens = statement.replace(/"[^"]*"|'[^']*'/g, 'VALUE').split(/\s+/).slice(1 + sub.split(' ').length);
  const options: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.startsWith('--')) options.push(token.slice(2).split('=')[0]!);
    else if (!token.startsWith('-') && !(tokens[i - 1] ?? '').startsWith('-') && token !== '\\') break;
  }
  return options.filter((option) => /^[a-z][\w-]*$/.test(option));
}

function imageProblems(image: string, statement: string, warn: (message: string) => void): void {
  const name = image.replace(/@sha256:.*$/, '');
  const lastSegment = name.split('/').at(-1) ?? '';
  if ((lastSegment.match(/:/g)?.length ?? 0) > 1) warn(`image tag "${name}" has more than one ":": ${statement}`);
  for (const word of lastSegment.split(/[^a-z]+/)) {
    const meant = KNOWN_IMAGES.find((known) => known !== word && word.length >= 4 && editDistance(known, word) === 1);
    if (meant) warn(`image name "${name}" looks like a misspelling of "${meant}": ${statement}`);
  }
}

/** Errors and warnings (an unknown !tag) go to the report with their line, never to Node's console. */
function yamlProblem(text: string, warn: (message: string) => void): void {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, logLevel: 'silent' });
  // The first error is the one to fix; later ones usually follow from it.
  for (const problem of [...document.errors.slice(0, 1), ...document.warnings]) {
    const line = lineCounter.linePos(problem.pos[0]).line;
    const kind = problem.name === 'YAMLWarning' ? 'YAML warning' : 'YAML does not parse';
    warn(`${kind} at line ${line} of the block (${problem.message.split('\n')[0]})`);
  }
}

function jsonProblem(text: string, warn: (message: string) => void): void {
  if (!validJson(text)) warn('JSON does not parse');
}

function validJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
