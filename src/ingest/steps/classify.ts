/**
 * Step: file an entry under a topic and guess its level. Topics come from
 * content/corrections/topics.yaml; an entry goes to the topic whose keywords
 * its title mentions most, with its group heading and answer as tie-breakers.
 * content/corrections/entries.yaml overrides either choice.
 *
 * A keyword that is also a Dockerfile instruction ("from", "copy", "add",
 * "user"…) counts only where it reads as one: in upper case (FROM) or in
 * code (`copy`), so "How is X different from Y?" is not a Dockerfile question.
 */
import type { TopicConfig } from '../review/corrections.ts';
import type { Level } from '../types.ts';

export interface ClassifyInput {
  title: string;
  section?: string | undefined;
  body: string;
  scenario: boolean;
}

/** The question comes first: one title mention outweighs any group heading and answer (they only break ties). */
const TITLE_WEIGHT = 100;
const SECTION_WEIGHT = 3;
/** Body mentions count a little, and only up to a cap per topic, so a long answer cannot outvote its title. */
const BODY_WEIGHT = 0.5;
const BODY_CAP = 8;

export function chooseTopic(input: ClassifyInput, topics: TopicConfig[]): string {
  let best = topics[0]!.slug;
  let bestScore = 0;
  for (const topic of [...topics].sort((a, b) => a.order - b.order)) {
    const score = topicScore(input, topic);
    if (score > bestScore) {
      best = topic.slug;
      bestScore = score;
    }
  }
  return best;
}

export function topicScore(input: ClassifyInput, topic: TopicConfig): number {
  let score = 0;
  let bodyMentions = 0;
  for (const keyword of topic.keywords) {
    const instruction = INSTRUCTIONS.has(keyword.toLowerCase());
    const pattern = instruction ? instructionPattern(keyword) : keywordPattern(keyword);
    score += TITLE_WEIGHT * count(input.title, pattern);
    score += SECTION_WEIGHT * count(input.section ?? '', pattern);
    bodyMentions += count(input.body, pattern);
  }
  return score + BODY_WEIGHT * Math.min(BODY_CAP, bodyMentions);
}

const ADVANCED =
  /\b(namespaces?|cgroups?|union file ?system|overlay(fs|2)|copy-on-write|runc|containerd|storage drivers?|seccomp|capabilities|step[- ]by[- ]step|end to end|under the hood|behind the scenes|internals|service mesh|canary|kernel|stored on disk|layers stored|runtime interface|content trust|image signing|security profiles?)\b/i;
const INTERMEDIATE =
  /\b(troubleshoot\w*|debug\w*|crash\w*|unresponsive\w*|errors?|exit codes?|rate limiting|plugins?|immutable|microservices|non-root|entrypoint|multi-stage|compose|network\w*|volumes?|secur\w+|health|optimi[sz]\w*|ci\/cd|pipeline|production|swarm|kubernetes|lifecycle|strateg\w+|how would you|dangling|layers?|commit|ports?|restart\w*)\b/i;

export function guessLevel(input: ClassifyInput): Level {
  if (ADVANCED.test(input.title)) return 'advanced';
  if (input.scenario || INTERMEDIATE.test(input.title)) return 'intermediate';
  return 'basic';
}

const patterns = new Map<string, RegExp>();

/** Whole-word, case-insensitive; "word" characters include "-" and "." so "-p" and ".dockerignore" work. */
function keywordPattern(keyword: string): RegExp {
  let pattern = patterns.get(keyword);
  if (!pattern) {
    const escaped = keyword.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
    pattern = new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'gi');
    patterns.set(keyword, pattern);
  }
  return pattern;
}

/** Dockerfile instructions that are also plain English ("different from", "copy a file"); RUN, VOLUME and the like name their own topics as words. */
const INSTRUCTIONS = new Set(['from', 'cmd', 'entrypoint', 'copy', 'add', 'arg', 'env', 'workdir', 'expose', 'user', 'label', 'onbuild', 'stopsignal', 'maintainer']);

/** The instruction in upper case ("FROM"), or in code in any case ("`copy`", "`from node`"). */
function instructionPattern(keyword: string): RegExp {
  const key = `instruction:${keyword}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const upper = keyword.toUpperCase();
    const lower = keyword.toLowerCase();
    pattern = new RegExp(`(?<![\\w-])${upper}(?![\\w-])|\`(?:${lower}|${upper})(?:\\s[^\`]*)?\``, 'g');
    patterns.set(key, pattern);
  }
  return pattern;
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}
