/**
 * Marks code inside prose for sources written without markdown: commands
 * ("docker image prune"), flags ("--rm", "-p"), placeholders ("<container_id>"),
 * file names ("docker-compose.yml", ".dockerignore"), paths and variable
 * assignments become inline code, the way a careful author would write them.
 */
import type { PhrasingContent } from 'mdast';
import { removeSpans } from '../../lib/spans.ts';

const SUBCOMMANDS = new Set([
  'attach', 'build', 'buildx', 'commit', 'compose', 'container', 'context', 'cp', 'create', 'diff', 'events', 'exec', 'export', 'history',
  'image', 'images', 'import', 'info', 'init', 'inspect', 'kill', 'load', 'login', 'logout', 'logs', 'network', 'node', 'pause', 'plugin',
  'port', 'ps', 'pull', 'push', 'rename', 'restart', 'rm', 'rmi', 'run', 'save', 'search', 'secret', 'service', 'stack', 'start', 'stats',
  'stop', 'swarm', 'system', 'tag', 'top', 'trust', 'unpause', 'update', 'version', 'volume', 'wait', 'ls', 'prune', 'up', 'down',
  'install', 'enable', 'disable', 'df', 'scale', 'config',
]);
/** "apt-get update && apt-get install -y curl": package-manager commands, chained with &&. */
const APT_STEP = String.raw`apt-get\s+(?:update|install|upgrade|remove|purge|autoremove|clean)(?:\s+(?!(?:and|or|the|then|to|with|for)\b)(?:-[\w-]+|<[\w-]+>|[a-z0-9][\w.+-]*))*`;
const APT_CHAIN = new RegExp(String.raw`^${APT_STEP}(?:\s+&&\s+${APT_STEP})*`);
/** A Dockerfile instruction written out in prose, optionally after "Example:", up to a closing note, an explanation after " — ", or the end. */
const INSTRUCTION_FORM = /^((?:Example|Syntax):\s+)?((?:FROM|RUN|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|HEALTHCHECK|SHELL)\s+(?:\[[^\]]*\]|[<"“\w/$.-][^()]*?))(?=(?<!\s)\s+\([A-Za-z]|(?<!\s)\s+—\s|$)/;
/** Commands that group subcommands ("docker image prune"); alone they are nouns in prose. */
const MANAGEMENT = new Set(['image', 'container', 'volume', 'network', 'system', 'plugin', 'node', 'service', 'swarm', 'secret', 'context', 'stack', 'trust', 'compose']);
/** An argument after a command: a flag, placeholder, quoted string, or a token with a path, tag or assignment in it. */
const ARGUMENT = /^(?:[-–]{1,2}[\w-]+(?:=\S+)?|<[^>]+>(?:[:=]<[^>]+>)?|"[^"]*"|'[^']*'|\$\([^)]*\)|\.|[A-Za-z0-9{}-]*[_:/=.@][\w./:@={}-]*|[a-z0-9]+[-_][\w-]*)$/;

const FLAG = /(?<=^|[\s(])[-–]{1,2}[a-zA-Z][\w-]*(?:=[^\s,)]+)?(?=[\s,.;:)]|$)/y;
const PLACEHOLDER = /<[a-zA-Z][\w-]*>(?:[:=]<[a-zA-Z][\w-]*>)?/y;
// Not after "-" either (matchAt never tries there): a run of "-" starts one scan, not one at each "-".
const FILE_NAME = /(?<![\w/-])(?:\.?[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.(?:ya?ml|json|txt|tar(?:\.gz)?|sh|log|cfg|conf|py|jar|pem|key|env)|\.dockerignore|\.gitignore|\.env|\.bashrc|\.zshrc)(?![\w])/y;
const PATH = /(?<![\w/])(?:unix:\/\/)?\/(?:[\w.{}-]+\/)+[\w.{}-]*(?::\/[\w.{}-]+(?:\/[\w.{}-]+)*\/?)?/y;
const ASSIGNMENT = /(?<![\w])[A-Z][A-Z0-9_]{2,}=\S+/y;

export function withInlineCode(text: string): PhrasingContent[] {
  const syntax = INSTRUCTION_FORM.exec(text);
  const prose = syntax && /\b(is|are|was|be|used|can|the|to|of|also|known|values?|provides?|defines?|sets|specifies|runs|which|when|that|command is|instruction)\b/.test(removeSpans(syntax[2]!, { '[': ']', '"': '"', '“': '”', '<': '>' }));
  if (syntax && !prose) {
    // "CMD ["executable", "param1"] (exec form)": the instruction is code, the note is prose.
    const before = syntax[1] ?? '';
    const code = syntax[2]!;
    return [...(before ? [{ type: 'text' as const, value: before }] : []), { type: 'inlineCode', value: code }, ...withInlineCode(text.slice(before.length + code.length))];
  }
  const nodes: PhrasingContent[] = [];
  const lastParenthesis = text.lastIndexOf(')');
  let plain = '';
  const flush = () => {
    if (plain) nodes.push({ type: 'text', value: plain });
    plain = '';
  };
  for (let i = 0; i < text.length; ) {
    const code = commandAt(text, i, lastParenthesis) ?? matchAt(text, i, [PLACEHOLDER, ASSIGNMENT, PATH, FILE_NAME, FLAG]);
    if (code) {
      const value = code.replace(/(?<![.,;:])[.,;:]+$/, (tail) => (code.endsWith(' .') ? tail : ''));
      flush();
      nodes.push({ type: 'inlineCode', value: value.trimEnd() });
      i += value.trimEnd().length;
      continue;
    }
    plain += text[i];
    i++;
  }
  flush();
  return joinArguments(nodes);
}

/** Programs that prose names right before their arguments: "du -sh /path", "python3 app.py --help". */
const PROGRAM_BEFORE = /(^|\s)(RUN|du|python3?|node|sh|bash|ls|cat|tail|grep|chmod|chown)\s$/;

/**
 * Spans found one pattern at a time can cut one command line in pieces:
 * "`/bin/sh` `-c`", "`-e` `<key>=<value>`", "`app.py` `--help`". A span that
 * is an argument (flag, placeholder, path) and follows another span after one
 * space joins it, and a program name just before the first span joins too.
 */
function joinArguments(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const gap = out.at(-1);
    const code = out.at(-2);
    if (node.type === 'inlineCode' && gap?.type === 'text' && gap.value === ' ' && code?.type === 'inlineCode' && /^(?:[-–]{1,2}\w|<\w|\/\w)/.test(node.value)) {
      out.splice(-2, 2, { type: 'inlineCode', value: `${code.value} ${node.value}` });
      continue;
    }
    out.push(node);
  }
  // "du `-sh /path/to/logs`": the program belongs in the span when arguments follow it.
  for (let i = 1; i < out.length; i++) {
    const before = out[i - 1]!;
    const code = out[i]!;
    if (code.type !== 'inlineCode' || before.type !== 'text' || !code.value.includes(' ')) continue;
    const program = PROGRAM_BEFORE.exec(before.value);
    if (!program) continue;
    before.value = before.value.slice(0, before.value.length - program[0].length + program[1]!.length);
    code.value = `${program[2]} ${code.value}`;
  }
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}

function matchAt(text: string, at: number, patterns: RegExp[]): string | undefined {
  if (at > 0 && /[\w-]/.test(text[at - 1]!) && text[at] !== '<') return undefined;
  for (const pattern of patterns) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match && match[0].length > 1) return match[0];
  }
  return undefined;
}

/**
 * The words of a text from a place on, keeping "$(…)" and quoted strings whole, read only as far
 * as they are asked for: a command is a few words, and matching every word of the rest of the text
 * at each "docker" in it would be quadratic in the text.
 */
class LazyWords {
  private readonly words: string[] = [];
  // A word starts after white space, where the last one ended.
  private readonly pattern = /(?<!\S)(?:\$\([^)]*\)\S*|"[^"]*"\S*|'[^']*'\S*|\S+)/g;
  /** After the text's last ")", "$(" closes nowhere; there the pattern goes without it, not rescanning the rest at each one. */
  private readonly patternAfterLastParenthesis = /(?<!\S)(?:"[^"]*"\S*|'[^']*'\S*|\S+)/g;
  private done = false;
  private from: number;

  /** `lastParenthesis`: where the text's last ")" is (-1 for none), found once for the whole text. */
  constructor(
    private readonly text: string,
    from: number,
    private readonly lastParenthesis: number,
  ) {
    this.from = from;
  }

  at(index: number): string | undefined {
    while (!this.done && this.words.length <= index) {
      const pattern = this.from <= this.lastParenthesis ? this.pattern : this.patternAfterLastParenthesis;
      pattern.lastIndex = this.from;
      const match = pattern.exec(this.text);
      if (match) {
        this.words.push(match[0]);
        this.from = pattern.lastIndex;
      } else this.done = true;
    }
    return this.words[index];
  }

  first(count: number): string[] {
    this.at(count - 1);
    return this.words.slice(0, count);
  }
}

/** "docker volume create my_volume": the program, its subcommands, then arguments. */
function commandAt(text: string, at: number, lastParenthesis: number): string | undefined {
  if (at > 0 && /[\w-]/.test(text[at - 1]!)) return undefined;
  const chain = APT_CHAIN.exec(text.slice(at));
  if (chain) return chain[0];
  const start = /^(docker-compose|docker)\s+/i.exec(text.slice(at));
  if (!start || start[1] !== start[1]!.toLowerCase()) return undefined;
  const words = new LazyWords(text, at + start[0].length, lastParenthesis);
  let taken = 0;
  while (taken < 3 && SUBCOMMANDS.has(words.at(taken)?.replace(/(?<![.,;:)])[.,;:)]+$/, '') ?? '')) taken++;
  if (taken === 0) return undefined;
  // "a docker image", "the docker container": a management command alone is prose, not a command.
  if (taken === 1 && MANAGEMENT.has(words.at(0)!.replace(/(?<![.,;:)])[.,;:)]+$/, '')) && !/^[-–]/.test(words.at(1) ?? '')) return undefined;
  const bare = (word: string) => {
    // Punctuation of the sentence, in any order ("<container_id>)."); a closing parenthesis belongs
    // to the prose unless the word opened one.
    let trimmed = word;
    for (let previous = ''; previous !== trimmed; ) {
      previous = trimmed;
      trimmed = trimmed.replace(/(?<=.)[,;:.]$/, '');
      if (trimmed.endsWith(')') && !trimmed.includes('(')) trimmed = trimmed.slice(0, -1);
    }
    return trimmed;
  };
  while (words.at(taken) !== undefined && ARGUMENT.test(bare(words.at(taken)!))) {
    if (bare(words.at(taken)!) !== words.at(taken) && words.at(taken) !== '.') {
      taken++;
      break;
    }
    taken++;
  }
  const command = `${start[0]}${words.first(taken).join(' ')}`;
  // The words were split on spaces; keep the text's own spacing when it differs.
  if (!text.slice(at).startsWith(command)) return undefined;
  const last = words.at(taken - 1) ?? '';
  return command.slice(0, command.length - last.length) + bare(last);
}
