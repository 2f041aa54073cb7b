/**
 * Step: tag an entry with the docker subcommands and Dockerfile instructions
 * it is about: those named in its title, then those its answer uses most.
 * A tag is earned by the text: the command or instruction itself must be
 * written in the entry; concepts ("layers", "volumes") only rank the tags
 * that are.
 */
import type { RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

const MAX_TAGS = 6;
const DOCKER_COMMANDS = new Set([
  'attach', 'build', 'buildx', 'commit', 'compose', 'container', 'context', 'cp', 'create', 'diff', 'events', 'exec', 'export',
  'history', 'image', 'images', 'import', 'info', 'init', 'inspect', 'kill', 'load', 'login', 'logout', 'logs', 'network', 'node',
  'pause', 'port', 'ps', 'pull', 'push', 'rename', 'restart', 'rm', 'rmi', 'run', 'save', 'scout', 'search', 'secret', 'service',
  'stack', 'start', 'stats', 'stop', 'swarm', 'system', 'tag', 'top', 'trust', 'unpause', 'update', 'version', 'volume', 'wait',
]);
const INSTRUCTIONS = ['FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'];
/** Concepts and the command a learner uses for them; weaker evidence than the command itself. */
const CONCEPT_COMMANDS: [RegExp, string][] = [
  [/\bvolumes?\b|\bpersist/gi, 'docker volume'],
  [/\bnetwork(s|ing)?\b/gi, 'docker network'],
  [/\bswarm\b/gi, 'docker swarm'],
  [/\bcompose\b/gi, 'docker compose'],
  [/\bhealth\s?checks?\b/gi, 'HEALTHCHECK'],
  [/\bmulti-stage\b/gi, 'FROM'],
  [/\bregistr(y|ies)\b|\bdocker hub\b/gi, 'docker push'],
  [/\b(re)?build(s|ing)?\b/gi, 'docker build'],
  [/\bdockerfiles?\b/gi, 'docker build'],
  [/\blayers?\b/gi, 'docker history'],
  [/\bvulnerab\w*|\bscan(s|ning|ners?)?\b/gi, 'docker scout'],
  [/\brolling updates?\b|\bcanary\b|\breplicas?\b/gi, 'docker service'],
  [/\bdaemon\b|\bdockerd\b|\bdocker\.sock\b/gi, 'dockerd'],
  [/\bcontainers?\b/gi, 'docker run'],
];
const CONCEPT_WEIGHT = 0.25;
const DOCKER_COMMAND = /\bdocker(?:-compose|\s+compose)?\s+([a-z][a-z-]*)/g;
const INSTRUCTION = new RegExp(`(?<![\\w-])(${INSTRUCTIONS.join('|')})(?![\\w-])`, 'g');

export function extractTags(title: string, body: RootContent[]): string[] {
  const counts = new Map<string, number>();
  const written = new Set<string>();
  const add = (tag: string, weight: number) => counts.set(tag, (counts.get(tag) ?? 0) + weight);
  const mention = (tag: string, weight: number) => {
    written.add(tag);
    add(tag, weight);
  };

  for (const tag of tagsIn(title, true)) mention(tag, 100);
  for (const [pattern, tag] of CONCEPT_COMMANDS) add(tag, 10 * (title.match(pattern)?.length ?? 0));
  for (const node of body) {
    visit(node, (child) => {
      if (child.type === 'inlineCode') for (const tag of tagsIn(child.value, true)) mention(tag, 1);
      if (child.type === 'text') {
        for (const tag of tagsIn(child.value, false)) mention(tag, 1);
        for (const [pattern, tag] of CONCEPT_COMMANDS) add(tag, CONCEPT_WEIGHT * (child.value.match(pattern)?.length ?? 0));
      }
      if (child.type === 'code') {
        // Diagrams name commands in passing: they count, but less than real code.
        const weight = child.lang === 'text' ? 0.5 : 1;
        for (const tag of tagsIn(child.value, child.lang === 'dockerfile' || child.lang === 'text')) mention(tag, weight);
      }
    });
  }
  const ranked = [...counts.entries()].filter(([tag, weight]) => written.has(tag) && weight >= 1).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked.slice(0, MAX_TAGS).map(([tag]) => tag);
}

/** `instructions`: whether upper-case instruction names count here (in prose they are often just emphasis). */
function tagsIn(text: string, instructions: boolean): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(DOCKER_COMMAND)) {
    const command = match[1]!;
    if (match[0].includes('compose')) found.push('docker compose');
    else if (DOCKER_COMMANDS.has(command)) found.push(`docker ${command}`);
  }
  if (/(?<![\w-])dockerd(?![\w-])/.test(text)) found.push('dockerd');
  if (instructions || /\b(instruction|Dockerfile)\b/.test(text)) {
    for (const match of text.matchAll(INSTRUCTION)) found.push(match[1]!);
  }
  return found;
}
