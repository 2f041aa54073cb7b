/**
 * clean-title: a source heading becomes the question a reader would ask.
 * The headings below are quoted from the sources (each is checked to be there).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanTitle, isQuestion } from '../../src/ingest/steps/clean-title.ts';
import { repairMojibake } from '../../src/ingest/steps/repair-mojibake.ts';

const source = (file: string) => readFileSync(new URL(`../../content/sources/${file}`, import.meta.url), 'utf8');
const headingsOf = (text: string) => text.split('\n').flatMap((line) => /^#{2,3} (.+)$/.exec(line)?.slice(1) ?? []);
const realHeadings = new Set([
  ...headingsOf(source('000_8c57ad0391467279.txt')),
  ...headingsOf(repairMojibake(source('003_33d02d657b68ee83.txt')).text),
]);

/** [what the test is about, heading as written in 000 or 003, expected title, expected scenario flag] */
const REAL: [string, string, string, boolean][] = [
  // numbering
  ['drops "N. " numbering', '31. What is ARG?', 'What is ARG?', false],
  ['drops "QN: " numbering', 'Q5: How are Docker image layers stored on disk?', 'How are Docker image layers stored on disk?', false],
  ['drops numbering and inline-code backticks', 'Q10: What is the difference between `docker stop` and `docker kill`?', 'What is the difference between docker stop and docker kill?', false],
  // scenario labels
  ['drops the "🔹 Scenario" label and its emoji', '26. 🔹 Scenario Application Not Accessible from Host', 'Application Not Accessible from Host', true],
  ['drops the "🔹 Scenario" label before a title with a curly apostrophe', '27. 🔹 Scenario One Container Can’t Communicate with Another', 'One Container Can’t Communicate with Another', true],
  [
    'drops a "Scenario:" label',
    '18. Scenario: A critical security vulnerability has been discovered in one of your base images. How would you handle this situation?',
    'A critical security vulnerability has been discovered in one of your base images. How would you handle this situation?',
    true,
  ],
  // spoken filler and lead-ins
  [
    'drops "um" and the lead-in before the question',
    '2. Consider a real-time scenario um how would you ensure that a Docker container starts automatically when the docker host restarts?',
    'How would you ensure that a Docker container starts automatically when the Docker host restarts?',
    false,
  ],
  [
    'drops "okay so"',
    '3. Have you ever worked on Docker compose file or anything also okay so can you describe me the purpose of Docker compose file and any example scenario where you have used it',
    'Have you ever worked on Docker Compose file or anything also can you describe me the purpose of Docker Compose file and any example scenario where you have used it?',
    false,
  ],
  [
    'drops "uh", "okay" and "all right"',
    "8. Let's say uh there's a Docker container and you have installed Jenkins on it okay everything is running fine perfectly all right and after a few days there is a new joining in your team your Junior and he or she restarts that container okay and now you are not able to see anything inside Jenkins what went wrong over here?",
    "Let's say there's a Docker container and you have installed Jenkins on it everything is running fine perfectly and after a few days there is a new joining in your team your Junior and he or she restarts that container and now you are not able to see anything inside Jenkins what went wrong over here?",
    false,
  ],
  [
    'drops "Scenario", the lead-in and "uh"',
    '15. Scenario if you have faced uh can you describe a canary deployment strategy using docker?',
    'Can you describe a canary deployment strategy using Docker?',
    true,
  ],
  ['turns the lead-in "Consider there is a Docker image can you…" into "Can you…"', '5. Consider there is a Docker image can you make changes to existing Docker image?', 'Can you make changes to existing Docker image?', false],
  // doubled words
  [
    'collapses "what what"',
    '6. If I want to create a new image so what what can I do for that from the existing image?',
    'If I want to create a new image so what can I do for that from the existing image?',
    false,
  ],
  [
    'collapses "can can"',
    '14. Have you ever created or worked on any Docker multi-stage build and if yes then you can can you provide a scenario?',
    'Have you ever created or worked on any Docker multi-stage build and if yes then you can you provide a scenario?',
    false,
  ],
  // "Diff b/w" shorthand
  ['expands "Diff b/w X vs Y"', '29. Diff b/w COPY vs ADD?', 'What is the difference between COPY and ADD?', false],
  ['expands "Diff b/w X and Y" and spells ENTRYPOINT', '30. Diff b/w CMD and Entrypoint?', 'What is the difference between CMD and ENTRYPOINT?', false],
  ['expands "Diff b/w" under a reused number', '31. Diff b/w ENV vs ARG?', 'What is the difference between ENV and ARG?', false],
  ['expands a bare "Difference between X and Y"', '1. Difference between a Docker container and a virtual machine?', 'What is the difference between a Docker container and a virtual machine?', false],
  // names
  ['spells "docker file" as Dockerfile and "docker image" as Docker image', '33. What is docker file and docker image?', 'What is Dockerfile and Docker image?', false],
  ['spells "Docker swarm" as Docker Swarm', '11. Have you ever worked on Docker swarm?', 'Have you ever worked on Docker Swarm?', false],
  ['keeps the command "docker run" lower case', 'Q9: What happens when you run `docker run`? Explain step-by-step.', 'What happens when you run docker run? Explain step-by-step.', false],
  ['keeps the commands "docker commit" and "docker build" lower case', 'Q4: What is the difference between `docker commit` and `docker build`?', 'What is the difference between docker commit and docker build?', false],
  // punctuation
  ['ends an instruction with "." instead of "?"', '35. Explain the docker architecture?', 'Explain the Docker architecture.', false],
  ['ends "Tell me…?" with "."', '34. Tell me some docker commands?', 'Tell me some Docker commands.', false],
  ['ends a question that closes with an instruction with "."', 'Q1: What is a Docker image? Explain its structure.', 'What is a Docker image? Explain its structure.', false],
  ['leaves a clean question alone', 'Q7: What is the difference between image layers and container layers?', 'What is the difference between image layers and container layers?', false],
];

describe('cleanTitle on real headings', () => {
  it.each(REAL)('%s', (_, heading, title, scenario) => {
    expect(realHeadings.has(heading), `"${heading}" is a heading of 000 or 003`).toBe(true);
    expect(cleanTitle(heading)).toEqual({ title, scenario });
  });
});

describe('cleanTitle on constructed headings', () => {
  it('spells a lower-case "docker swarm" as Docker Swarm', () => {
    expect(cleanTitle('Have you ever worked on docker swarm?').title).toBe('Have you ever worked on Docker Swarm?');
  });

  it('keeps "docker run -d" a command while "docker host" becomes Docker host', () => {
    expect(cleanTitle('What does docker run -d do on the docker host?').title).toBe('What does docker run -d do on the Docker host?');
  });

  it('keeps "docker-compose" (the old command) as written', () => {
    expect(cleanTitle('What is docker-compose?').title).toBe('What is docker-compose?');
  });

  it('adds a missing "?" to a question', () => {
    expect(cleanTitle('Q12) What is a tag').title).toBe('What is a tag?');
  });

  it('leaves a title that is not a question without a question mark', () => {
    expect(cleanTitle('Image Management Questions').title).toBe('Image Management Questions');
  });

  it('drops filler only as whole words ("Umbrella" keeps its "um")', () => {
    expect(cleanTitle('Umbrella images for uh teams').title).toBe('Umbrella images for teams');
  });

  it('is not fooled by a word that starts like the one before it ("the theory")', () => {
    expect(cleanTitle('What is the theory behind layers?').title).toBe('What is the theory behind layers?');
  });

  // Regression (was a bug): only a fixed list of top-level subcommands counts as "a command", so
  // management commands (docker volume/network/system/image …) are capitalised
  // as if "docker" were the product name: "docker volume create" reads
  // "Docker volume create".
  it('keeps the management command "docker volume create" lower case', () => {
    expect(cleanTitle('What does docker volume create do?').title).toBe('What does docker volume create do?');
  });
});

describe('isQuestion', () => {
  it.each([
    'What is ARG?',
    'Explain the Docker architecture.',
    'Tell me some Docker commands.',
    'How do you list all Docker images and their sizes?',
    'Can you make changes to existing Docker image?',
    'Describe the lifecycle of a container',
  ])('"%s" is a question', (title) => {
    expect(isQuestion(title)).toBe(true);
  });

  it.each(['Application Not Accessible from Host', 'One Container Can’t Communicate with Another', 'Image Management Questions', 'Docker Guide'])(
    '"%s" is not a question',
    (title) => {
      expect(isQuestion(title)).toBe(false);
    },
  );

  it('agrees with cleanTitle: a "🔹 Scenario" heading is a note, a "Diff b/w" heading a question', () => {
    expect(isQuestion(cleanTitle('26. 🔹 Scenario Application Not Accessible from Host').title)).toBe(false);
    expect(isQuestion(cleanTitle('29. Diff b/w COPY vs ADD?').title)).toBe(true);
  });
});
