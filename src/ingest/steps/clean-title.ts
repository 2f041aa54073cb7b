/**
 * Step: turn a source heading into the question a reader would ask. Removes
 * numbering, emoji and "Scenario" labels, spoken filler ("um", "okay so",
 * doubled words), the lead-in before the real question ("Consider there is a
 * Docker image, can you…"), expands "Diff b/w" shorthand, and spells product
 * names as their makers do. Rewording beyond that is a human decision and
 * lives in content/corrections/entries.yaml.
 */
export interface CleanTitle {
  title: string;
  /** The source labelled the heading as a scenario. */
  scenario: boolean;
}

/** "1.", "Q1:", "Q:", "Question 3:", "#4 -": numbering, and a "Q" label without a number. */
const NUMBERING = /^(?:q(?:uestion)?(?: ?#?\d+)?|#?\d+)(?: ?[.:)\]]| [–—-](?= ))\s*/i;
/** Difficulty marks before or after the question: "★★", "(Easy)", "[Hard]". */
const STARS = '★☆✩✪✫✬✭✮✯⭐\uFE0F';
const STARS_END = new RegExp(`(?<![${STARS}])[${STARS}]+$`, 'u');
const STARS_START = new RegExp(`^[${STARS}]+`, 'u');
const MARK_END = /[([]\s?(?:easy|medium|hard|basic|beginner|intermediate|advanced|expert)\s?[)\]]$/i;
const MARK_START = /^[([]\s?(?:easy|medium|hard|basic|beginner|intermediate|advanced|expert)\s?[)\]]/i;
const LEADING_SYMBOLS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s*#>-]+/u;
const SCENARIO_LABEL = /^scenario\b\s*:?\s*/i;
const FILLER = /\b(?:u+m+|u+h+|e+r+m*|h+m+|okay so|ok so|all right|alright|okay|ok)\b[,.]?\s*/gi;
const DOUBLED_WORD = /\b(\w+)(\s+\1\b)+/gi;
const INTERROGATIVE = '(?:how|what|why|when|which|where|who|can|could|would|will|should|do|does|did|have|has|is|are)';
/** A short clause before the real question: "Consider a real-time scenario, how would you…". */
const LEAD_IN = /^(?:consider|imagine|suppose|let's say|lets say|if you have faced)\b(?:\s+\S+){0,7}?\s+(?=(?:how|what|why|when|which|where|who|(?:can|could|would|will|do|did|have) you)\s)/i;
/** Run on a title whose white space is single spaces: a run of them between the two lazy parts would backtrack quadratically. */
const DIFFERENCE = /^(?:what(?:'s| is) the )?(?:diff(?:erence)?\.?|differences?) (?:b\/w|btw|b\/t|between) (.+?) (?:vs\.?|versus|and|&) (.+?)\??$/i;
const IMPERATIVE = /^(explain|describe|tell|list|name|compare|walk|give|show|outline|define)\b/i;
const QUESTION_START = new RegExp(`^${INTERROGATIVE}\\b`, 'i');
const DOCKER_SUBCOMMANDS =
  /^(run|build|ps|stop|kill|commit|exec|pull|push|rm|rmi|start|restart|logs|inspect|save|load|cp|create|pause|unpause|attach|top|prune|buildx|events|stats|history|tag|login)\b/;
/** "docker volume create": a management command is a command when its subcommand follows. */
const MANAGEMENT_COMMAND = /^(volume|network|system|image|container|plugin|compose|swarm|service|secret|node|context)$/;
const MANAGEMENT_SUBCOMMAND = /^(create|ls|rm|prune|inspect|connect|disconnect|df|up|down|init|join|update|install|enable)\b/;
const UNAMBIGUOUS_INSTRUCTIONS = /\b(entrypoint|cmd|workdir|healthcheck|onbuild|stopsignal|maintainer)\b/gi;

export function cleanTitle(heading: string): CleanTitle {
  let text = withoutDifficulty(heading.replace(/`/g, '')).replace(NUMBERING, '').replace(LEADING_SYMBOLS, '');
  const scenario = SCENARIO_LABEL.test(text);
  text = text.replace(SCENARIO_LABEL, '');
  text = text.replace(FILLER, '').replace(DOUBLED_WORD, '$1');
  text = text.replace(LEAD_IN, '');
  text = text.replace(/\s+/g, ' ').replace(/ ([?.,!])(?= |$)/g, '$1').trim();

  const difference = DIFFERENCE.exec(text);
  if (difference) text = `What is the difference between ${difference[1]} and ${difference[2]}?`;

  text = spellNames(text);
  // A study section named after a Dockerfile instruction ("FROM") is about that instruction.
  if (/^(FROM|RUN|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL|MAINTAINER)$/.test(text)) {
    return { title: `The ${text} instruction`, scenario };
  }
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return { title: punctuate(text), scenario };
}

/** The heading without difficulty marks at either end ("Q1: … ⭐⭐", "(Easy) …"). */
function withoutDifficulty(heading: string): string {
  let text = heading.trim();
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(STARS_START, '').replace(MARK_START, '').trimStart();
    text = text.replace(STARS_END, '').replace(MARK_END, '').trimEnd();
  }
  return text;
}

/** Longer than this, a heading is a paragraph that lost its line break, not a title. */
export const MAX_TITLE_LENGTH = 150;

/** Cuts an over-long title at a word boundary and marks the cut with "…". */
export function shortenTitle(title: string): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const head = title.slice(0, MAX_TITLE_LENGTH - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > MAX_TITLE_LENGTH / 2 ? head.slice(0, space) : head).replace(/(?<![\s,;:.!?-])[\s,;:.!?-]+$/, '')}…`;
}

/** "docker" is Docker unless it starts a command; Dockerfile and friends are one word. */
function spellNames(text: string): string {
  return text
    .replace(/\bdocker[\s-]?file\b/gi, 'Dockerfile')
    .replace(/\bdocker\b(\s+)(\S+)(\s+\S+)?/gi, (whole, space: string, next: string, after = '') =>
      DOCKER_SUBCOMMANDS.test(next) || (MANAGEMENT_COMMAND.test(next) && MANAGEMENT_SUBCOMMAND.test(after.trim())) ? whole : `Docker${space}${next}${after}`,
    )
    .replace(/\bdocker\b(?!\s)/gi, (word, offset: number, all: string) => (all.slice(offset + word.length).startsWith('-') ? word : 'Docker'))
    .replace(/\bDocker (compose|swarm|hub|desktop)\b/gi, (_, name: string) => `Docker ${name[0]!.toUpperCase()}${name.slice(1).toLowerCase()}`)
    .replace(/\bkubernetes\b/gi, 'Kubernetes')
    .replace(UNAMBIGUOUS_INSTRUCTIONS, (word) => word.toUpperCase());
}

/** Ends the last sentence as what it is: a question with "?", an instruction with ".". */
function punctuate(text: string): string {
  const bare = text.replace(/(?<![?.!:])[?.!:]+$/, '');
  const last = bare.split(/(?<=[?.!])\s+/).at(-1) ?? bare;
  if (IMPERATIVE.test(last)) return `${bare}.`;
  if (QUESTION_START.test(last) || text.endsWith('?')) return `${bare}?`;
  return text;
}

/** A title is a question when it asks or tells the reader to explain something. */
export function isQuestion(title: string): boolean {
  return title.endsWith('?') || IMPERATIVE.test(title) || QUESTION_START.test(title);
}
