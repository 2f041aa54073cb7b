/**
 * Step: give every code block the language it is written in, so Shiki
 * highlights it and the copy button knows what a command is. Declared
 * languages are trusted, except that a "bash" block holding a `$ ` session
 * is a console session. Undeclared blocks are recognised by their content.
 */
import type { Code, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

declare module 'mdast' {
  interface CodeData {
    /** Set by a format parser that made this block out of unfenced lines. */
    fencedFromBareLines?: boolean;
  }
}

export type CodeLanguage = 'bash' | 'console' | 'dockerfile' | 'yaml' | 'json' | 'ini' | 'text' | 'python' | 'javascript' | 'go';

export interface FenceReport {
  /** Blocks by final language. */
  byLanguage: Partial<Record<CodeLanguage, number>>;
  /** Blocks whose language was added or corrected. */
  changed: number;
}

const ALIASES: Record<string, CodeLanguage> = {
  bash: 'bash', sh: 'bash', shell: 'bash', zsh: 'bash',
  console: 'console', 'shell-session': 'console', shellsession: 'console',
  dockerfile: 'dockerfile', docker: 'dockerfile',
  yaml: 'yaml', yml: 'yaml', json: 'json', ini: 'ini', toml: 'ini', env: 'ini',
  text: 'text', txt: 'text', plaintext: 'text', plain: 'text',
  python: 'python', py: 'python', javascript: 'javascript', js: 'javascript', go: 'go',
};

const DOCKERFILE_INSTRUCTION = /^(FROM|RUN|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL|MAINTAINER)\s/;
const SHELL_COMMAND =
  /^(sudo\s+)?([A-Z_][A-Z0-9_]*=\S*\s+)*(docker(-compose)?|dmesg|strace|pgrep|perf|iotop|dstat|vmstat|iostat|podman|kubectl|helm|apt(-get)?|yum|dnf|apk|brew|curl|wget|echo|cat|ls|cd|mkdir|rm|cp|mv|chmod|chown|export|source|git|npm|npx|node|pip3?|python3?|systemctl|service|journalctl|grep|tail|head|ps|kill|ping|netstat|ss|lsof|ip|iptables|nslookup|dig|tar|df|du|free|top|htop|trivy|grype|hadolint|dive|make|go|java|mvn|terraform|aws|az|gcloud|openssl|ssh|scp|usermod|useradd|groupadd|newgrp|exit|for|while|if|set|env|printf|sleep|watch|nsenter|unshare|chroot|mount|umount|find|xargs|sed|awk|sort|uniq|wc|tee|touch|ln|id|whoami|runc|ctr|containerd|dockerd|crictl|nerdctl|skopeo|buildah|cosign|notary|swarm)(\s|$)/;
/** A shell prompt: "$ cmd" or "root@host:/dir# cmd". */
const PROMPT = /^\s*(\$|[\w.-]+@[\w.-]+:[^\s]*[#$])\s/;
/** Characters of diagrams and marked-up output, never of source code. */
const DIAGRAM = /[\u2190-\u21FF\u2500-\u259F\u25A0-\u25FF\u2700-\u27BF✓✗]|\p{Extended_Pictographic}/u;

export function fenceCode(nodes: RootContent[]): FenceReport {
  const report: FenceReport = { byLanguage: {}, changed: 0 };
  for (const node of nodes) {
    visit(node, 'code', (code: Code) => {
      const language = languageOf(code.value, code.lang ?? undefined);
      // A parser that fenced bare lines itself marks the block; it counts as fenced here.
      if (language !== code.lang || code.data?.fencedFromBareLines) report.changed++;
      code.lang = language;
      code.meta = null;
      report.byLanguage[language] = (report.byLanguage[language] ?? 0) + 1;
    });
  }
  return report;
}

export function languageOf(value: string, declared?: string): CodeLanguage {
  const named = declared ? ALIASES[declared.toLowerCase()] : undefined;
  const lines = value.split('\n').filter((line) => line.trim() !== '');
  if (named === 'bash' || named === 'console') return hasPrompt(lines) ? 'console' : 'bash';
  if (named) return named;
  if (lines.length === 0) return 'text';
  if (hasPrompt(lines)) return DIAGRAM.test(value) && !lines.every(isPromptOrComment) ? 'text' : 'console';
  if (DIAGRAM.test(value)) return 'text';
  if (isJson(value)) return 'json';
  const content = lines.filter((line) => !line.trim().startsWith('#'));
  if (content.length === 0) return 'bash';
  if (share(content, isDockerfileLine) >= 0.6 && DOCKERFILE_INSTRUCTION.test(content[0]!.trim())) return 'dockerfile';
  if (share(content, (line) => SHELL_COMMAND.test(line.trim()) || line.trim().endsWith('\\') || /^\s+\S/.test(line)) >= 0.6 && SHELL_COMMAND.test(content[0]!.trim())) return 'bash';
  // YAML needs nesting ("services:" over indented lines); flat "key: value" lines are usually log output.
  if (share(content, isYamlLine) >= 0.8 && content.some((line, i) => /^\s*[\w.-]+:\s*$/.test(line) && /^\s+\S/.test(content[i + 1] ?? ''))) return 'yaml';
  return 'text';
}

function hasPrompt(lines: string[]): boolean {
  return lines.some((line) => PROMPT.test(line));
}

function isPromptOrComment(line: string): boolean {
  return PROMPT.test(line) || line.trim().startsWith('#');
}

function isDockerfileLine(line: string, index: number, lines: string[]): boolean {
  return DOCKERFILE_INSTRUCTION.test(line.trim()) || (index > 0 && lines[index - 1]!.trimEnd().endsWith('\\'));
}

function isYamlLine(line: string): boolean {
  return /^\s*[\w.-]+:(\s|$)/.test(line) || /^\s*-\s/.test(line) || /^\s+\S/.test(line);
}

function isJson(value: string): boolean {
  const trimmed = value.trim();
  if (!/^[[{]/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

function share(lines: string[], test: (line: string, index: number, lines: string[]) => boolean): number {
  return lines.filter(test).length / lines.length;
}
