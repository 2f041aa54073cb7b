/**
 * What a single line is, judged on its own: a list item (and at what depth),
 * a shell command, a Dockerfile instruction, a code comment, YAML, JSON, or
 * prose. Context (what came before) is blocks.ts's job.
 */
import { removeSpans } from '../../../lib/spans.ts';

/** Quoted strings hold no prose words. */
const QUOTES = { '"': '"', "'": "'", '“': '”', '‘': '’' };

export interface ListMarker {
  /** 1 for "•" and numbers, 2 for "o" under them, 3 for "▪" under those. */
  depth: number;
  ordered: boolean;
  /** "1", "2", "a" … for ordered items. */
  label?: string;
  /** The text after the marker. */
  text: string;
}

// "(?!\s)": the text starts after all the white space, which a line separator (U+2028) in the rest
// would otherwise make "\s*" hand back one character at a time, rescanning the rest each time.
const BULLET_1 = /^(?:[\uF0B7•]\s*|\*\s+)(?!\s)(.*)$/;
const BULLET_3 = /^[\uF0A7▪]\s*(?!\s)(.*)$/;
const BULLET_O = /^o\s+(\S.*)$/;
const NUMBERED = /^(\d{1,2})[.)]\s+(\S.*)$/;
const LETTERED = /^([a-h])\)\s+(\S.*)$/;

export function listMarker(text: string): ListMarker | undefined {
  let match = BULLET_1.exec(text);
  if (match) return { depth: 1, ordered: false, text: match[1]!.trim() };
  match = BULLET_O.exec(text);
  if (match) return { depth: 2, ordered: false, text: match[1]!.trim() };
  match = BULLET_3.exec(text);
  if (match) return { depth: 3, ordered: false, text: match[1]!.trim() };
  match = NUMBERED.exec(text);
  if (match) return { depth: 1, ordered: true, label: match[1]!, text: match[2]!.trim() };
  match = LETTERED.exec(text);
  if (match) return { depth: 1, ordered: true, label: match[1]!, text: match[2]!.trim() };
  return undefined;
}

/** Programs whose name starts a command line in this material. */
const COMMANDS = new Set([
  'docker', 'docker-compose', 'sudo', 'apt', 'apt-get', 'yum', 'apk', 'curl', 'wget', 'echo', 'cat', 'cd', 'ls', 'mkdir', 'rm',
  'cp', 'mv', 'chmod', 'chown', 'export', 'source', 'journalctl', 'systemctl', 'service', 'df', 'du', 'free', 'top', 'htop', 'dmesg',
  'strace', 'ps', 'kill', 'ping', 'netstat', 'lsof', 'tar', 'kubectl', 'git', 'npm', 'pip', 'pip3', 'python', 'python3', 'node',
  'grep', 'tail', 'whoami', 'printenv', 'env', 'notary', 'trivy', 'useradd', 'groupadd', 'usermod',
]);
const ENV_PREFIX = /^[A-Z][A-Z0-9_]*=\S*\s+/;
/** Words that only prose puts after a command name ("docker image prune also deletes…"). */
const PROSE_WORDS =
  /\b(is|are|was|were|be|also|used|uses|use|will|can|could|should|would|which|that|this|these|the|to|of|for|and|or|but|when|while|because|command|commands|allows|helps|shows|lets|means)\b/i;
/** Word processors capitalise the first word of a line: "Docker build", "Apt-get install". */
const CAPITALISED_BY_WORD_PROCESSOR = /^(Docker|Apt-get|Apt|Rm|Sudo|Curl|Echo)$/;

/**
 * A shell command line: a known program (any capitalisation, since word
 * processors capitalise the first word), then arguments, and no prose.
 */
export function isCommandLine(text: string): boolean {
  const line = text.replace(ENV_PREFIX, '').replace(/^\$\s+/, '');
  const first = /^[\w.-]+/.exec(line)?.[0];
  if (!first || !COMMANDS.has(first.toLowerCase())) return false;
  if (first !== first.toLowerCase() && !CAPITALISED_BY_WORD_PROCESSOR.test(first)) return false;
  // A lone program name is a command only for programs that run without arguments.
  if (line === first) return ['top', 'df', 'free', 'htop', 'dmesg', 'whoami', 'printenv', 'env', 'ls', 'ps'].includes(first.toLowerCase());
  // "docker" must be followed by a subcommand, which is lower case ("Docker Daemon" is a title).
  if (first.toLowerCase() === 'docker' && !/^[a-z-]+$/.test(line.split(/\s+/)[1] ?? '')) return false;
  if (/[.!?]$/.test(line) && !/\s\.$/.test(line)) return false;
  // Quoted strings, placeholders, paths ("/path/to/logs") and a trailing "# comment" hold no prose words.
  const unquoted = removeSpans(removeSpans(line.replace(/\s#\s.*$/, ''), QUOTES), { '<': '>' }).replace(/(?<!\S)\S*\/\S*/g, '');
  return !PROSE_WORDS.test(unquoted.slice(first.length));
}

/**
 * A closing note in parentheses made of words: "(shell form)", "(exec form, this is preferred form)":
 * words with white space or commas after them, then words, spaces, commas, "/" and "-". Written
 * with one way to match (up to the last white space or comma before any "/" or "-"), as
 * /\s\((?:[A-Za-z]+[\s,]+)+[A-Za-z ,/-]*\)$/ had many, each rescanning the rest: polynomial.
 */
export const SYNTAX_NOTE = /\s\([A-Za-z][A-Za-z\s,]*[\s,][A-Za-z]*(?:[/-][A-Za-z ,/-]*)?\)$/;
const INSTRUCTION = /^(FROM|RUN|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL|MAINTAINER)\s+(\S.*)$/;

/** A Dockerfile instruction with arguments, not a sentence about one ("CMD command is used to…"). */
export function isInstructionLine(text: string): boolean {
  const match = INSTRUCTION.exec(text);
  if (!match) return false;
  const unquoted = removeSpans(match[2]!, QUOTES);
  // "CMD ["p1", "p2"] (as default parameters to ENTRYPOINT)": a syntax form with a note, listed in prose.
  if (SYNTAX_NOTE.test(unquoted)) return false;
  // "ARG (Build-time variables)": a title naming the instruction, with no arguments.
  if (/^\([^)]*\)$/.test(unquoted.trim())) return false;
  // "FROM ubuntu:20.04 — First layer (base image).": an instruction explained in a list, not code.
  if (/\s—\s/.test(unquoted)) return false;
  // "HEALTHCHECK [OPTIONS] CMD command": a syntax form with an option placeholder, whatever words follow.
  if (/^\[[A-Z][A-Z_ |]*\]\s/.test(unquoted)) return true;
  // "USER Namespace: Isolates…" is a labelled sentence about the keyword, not an instruction.
  if (/^[A-Z][\w-]*:\s/.test(unquoted) || (unquoted.split(/\s+/).length >= 8 && /\b(the|a|an|and|of|to|in)\b/.test(unquoted))) return false;
  return !/\b(is|are|instruction|command|used|sets|defines|specifies|creates|copies)\b/.test(unquoted);
}

/** "# Create a volume": a comment when it sits with code. */
export function isCommentLine(text: string): boolean {
  return /^#+\s*\S/.test(text) && !/^#\d/.test(text);
}

/** "services:" or "version: '3'": a top-level YAML key. */
export function isYamlKeyLine(text: string): boolean {
  return /^[a-z_][\w.-]*:(\s+\S.*)?$/.test(text) && !/\.\s/.test(text);
}

/** Lines of a JSON document as exported: braces, brackets, "key": value. */
export function isJsonLine(text: string): boolean {
  return /^[[\]{}],?$/.test(text) || /^"[^"]+"\s*:/.test(text) || /^[}\]],?$/.test(text);
}

/** Prose: several words and the end of a sentence. */
export function isSentence(text: string): boolean {
  return text.split(/\s+/).length >= 5 && /[.!?]["')]?$/.test(text);
}

/** Ends a sentence (or introduces what follows); "Ex:" and "e.g." lead on to more text. */
export function endsSentence(text: string): boolean {
  if (/\b(ex|e\.g|i\.e|eg|etc|vs)[.:]?$/i.test(text) && !/\betc\.$/.test(text)) return false;
  return /[.!?:]["'”’)]*$/.test(text);
}

/** Text that visibly goes on: a comma, an open parenthesis, a hyphen, or a word that cannot end a sentence. */
export function leadsOn(text: string): boolean {
  if ((text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0)) return true;
  if (/\b(ex|e\.g|i\.e)[.:]?(\s+\S+)?$/i.test(text)) return true;
  return /([,(-]|\b(a|an|the|of|to|and|or|with|for|in|on|by|as|like|from|into|than|that|which|using|via|between|about|under|over|such|its|their|your|our|is|are|be|can|will)\b)$/i.test(text);
}
